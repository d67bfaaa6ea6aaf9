// A supplier writes outside any negotiation: the owner hears it at once (who, what, the prices in it),
// and the prices are kept as this warung's supplier quotes (market_prices, source 'supplier').
import { formatRupiah, type TenantZone } from '../../core/format.ts';
import { quoteAboveMarket } from '../market-intel/index.ts';
import type { HandleContext, Reply, Sender } from '../router/types.ts';
import { readYesNo } from '../router/answers.ts';
import { isThanks } from '../router/registry.ts';
import { quotedPrices } from './quoted-prices.ts';
import { ownerPhones } from './store.ts';

type SupplierSender = Extract<Sender, { kind: 'supplier' }>;

export async function forwardToOwner(ctx: HandleContext, sender: SupplierSender, text: string): Promise<Reply[]> {
  const { tx, message } = ctx;
  const ack: Reply = { text: `Terima kasih, ${sender.name} 🙏 Pesannya sudah diteruskan ke pemilik warung.` };
  if (!text) return [ack];
  const prices = quotedPrices(text);
  // Supplier try: "ok" after our thanks was forwarded to the owner and thanked again. A bare acknowledgement
  // says nothing to pass on, and answering it only keeps the ping-pong going.
  const short = text.split(/\s+/).length <= 3;
  if (!prices.length && ((short && (readYesNo(text) === true || isThanks(text))) || /^[\p{Extended_Pictographic}\s]+$/u.test(text))) return [];
  let n = 0;
  for (const p of prices) {
    await tx.query(
      `insert into market_prices (tenant_id, commodity, region, unit, price, source, contact_id, observed_at, source_ref)
       select $1, $2, coalesce(t.city, '-'), $3, $4, 'supplier', $5, $6, $7 from tenants t where t.id = $1
       on conflict (source, source_ref) where source_ref is not null do nothing`,
      [sender.tenantId, p.commodity, p.unit, p.price, sender.contactId, ctx.now, `inbox:${message.inboxId}:${n++}`]);
  }
  // A price more than 10 % above the market reference is said with it (once a week per commodity).
  const zone = (await tx.query<{ timezone: TenantZone }>(`select timezone from tenants where id = $1`, [sender.tenantId])).rows[0]?.timezone ?? 'Asia/Jakarta';
  const alerts: string[] = [];
  for (const p of prices) {
    const line = await quoteAboveMarket(tx, { tenantId: sender.tenantId, zone, item: p.commodity, price: p.price, unit: p.unit, at: ctx.now });
    if (line) alerts.push(line);
  }
  const priceLine = prices.length ? `\nHarga: ${prices.map((p) => `${p.commodity} ${formatRupiah(p.price)}/${p.unit}`).join(', ')} (sudah dicatat).` : '';
  const note = [`Pesan dari ${sender.name} (supplier):\n"${text.slice(0, 500)}"${priceLine}`, ...alerts].join('\n');
  const owners = await ownerPhones(tx, sender.tenantId, null);
  return [ack, ...owners.map((phone) => ({ toPhone: phone, text: note }))];
}
