// A supplier writes outside any negotiation: the owner hears it at once (who, what, the prices in it),
// and the prices are kept as this warung's supplier quotes (market_prices, source 'supplier').
import { formatRupiah } from '../../core/format.ts';
import type { HandleContext, Reply, Sender } from '../router/types.ts';
import { quotedPrices } from './quoted-prices.ts';
import { ownerPhones } from './store.ts';

type SupplierSender = Extract<Sender, { kind: 'supplier' }>;

export async function forwardToOwner(ctx: HandleContext, sender: SupplierSender, text: string): Promise<Reply[]> {
  const { tx, message } = ctx;
  const ack: Reply = { text: `Terima kasih, ${sender.name} 🙏 Pesannya sudah diteruskan ke pemilik warung.` };
  if (!text) return [ack];
  const prices = quotedPrices(text);
  let n = 0;
  for (const p of prices) {
    await tx.query(
      `insert into market_prices (tenant_id, commodity, region, unit, price, source, contact_id, observed_at, source_ref)
       select $1, $2, coalesce(t.city, '-'), $3, $4, 'supplier', $5, $6, $7 from tenants t where t.id = $1
       on conflict (source, source_ref) where source_ref is not null do nothing`,
      [sender.tenantId, p.commodity, p.unit, p.price, sender.contactId, ctx.now, `inbox:${message.inboxId}:${n++}`]);
  }
  const priceLine = prices.length ? `\nHarga: ${prices.map((p) => `${p.commodity} ${formatRupiah(p.price)}/${p.unit}`).join(', ')} (sudah dicatat).` : '';
  const note = `Pesan dari ${sender.name} (supplier):\n"${text.slice(0, 500)}"${priceLine}`;
  const owners = await ownerPhones(tx, sender.tenantId, null);
  return [ack, ...owners.map((phone) => ({ toPhone: phone, text: note }))];
}
