// The negotiate intent ("cariin telur 10 kg maks 27rb/kg"): say back what was understood and whom
// Juragan will ask, and send each supplier a request for a quote. No price goes out yet.
import { formatQty, formatRupiah, zoneOffsetMinutes } from '../../core/format.ts';
import type { Agent, Reply } from '../router/types.ts';
import { pickSuppliers, priceRefs } from './pick-suppliers.ts';
import { targetPrice } from './policy.ts';
import { logMessage } from './store.ts';
import { supplierText } from './templates.ts';
import { newThread } from './thread.ts';
import { canonicalUnit } from './units.ts';

/** How long suppliers have to answer before the owner gets what there is, and when the quiet ones are nudged. */
export const DEADLINE_MS = 2 * 60 * 60_000;
export const NUDGE_MS = 30 * 60_000;

const clock = (at: Date, zone: keyof typeof zoneOffsetMinutes) => {
  const d = new Date(at.getTime() + zoneOffsetMinutes[zone] * 60_000);
  const abbrev = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[zone];
  return `${String(d.getUTCHours()).padStart(2, '0')}.${String(d.getUTCMinutes()).padStart(2, '0')} ${abbrev}`;
};

export const startNegotiation: Agent = async (ctx, frame) => {
  const it = frame.items[0];
  const unit = canonicalUnit(it?.unit ?? null);
  const ceiling = frame.max_unit_price;
  if (!it || !it.qty || !unit || !ceiling) {
    return { replies: [{ text: 'Siap, Kak! Sebutkan barang, jumlah, dan batas harganya ya. Contoh: "cariin telur 10 kg maks 27rb/kg".' }] };
  }
  const item = it.name.trim().toLowerCase();
  const { tx, tenant } = ctx;
  const refs = await priceRefs(tx, tenant.id, item, unit);
  const suppliers = await pickSuppliers(tx, tenant.id, item, refs.productId, frame.counterparty);
  if (!suppliers.length) return { replies: [{ text: 'Belum ada nomor supplier yang tersimpan, Kak. Tambahkan supplier dulu di dashboard, ya 🙏' }] };

  const target = targetPrice({ ceiling, lastPrice: refs.lastPrice, market: refs.market });
  const deadline = new Date(ctx.now.getTime() + DEADLINE_MS);
  const { rows } = await tx.query<{ id: string }>(
    `insert into negotiations (tenant_id, product_id, item, qty, unit, target_price, max_price, deadline, nudge_at, last_price, market_price, source_ref, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (tenant_id, source_ref) where source_ref is not null do nothing returning id`,
    [tenant.id, refs.productId, item, it.qty, unit, target, ceiling, deadline, new Date(ctx.now.getTime() + NUDGE_MS),
      refs.lastPrice, refs.market, `inbox:${ctx.inboxId}`, ctx.member.id]);
  const id = rows[0]?.id;
  if (!id) return { replies: [{ text: 'Permintaan ini sudah saya proses, Kak 🙏' }] };

  const ask = { item, qty: it.qty, unit };
  const replies: Reply[] = [{
    text: [
      `Siap, Kak! Saya carikan ${item} ${formatQty(it.qty)} ${unit}, batas ${formatRupiah(ceiling)}/${unit} (batasnya tidak saya sebut ke supplier), paling lambat jam ${clock(deadline, tenant.timezone)}.`,
      `Saya tanya ke: ${suppliers.map((s) => s.name).join(', ')}.`,
      'Belum ada yang dipesan sebelum Kakak pilih.',
    ].join('\n'),
  }];
  for (const s of suppliers) {
    await tx.query(`insert into negotiation_suppliers (tenant_id, negotiation_id, contact_id, state) values ($1, $2, $3, $4)`,
      [tenant.id, id, s.id, JSON.stringify(newThread())]);
    const text = supplierText({ kind: 'request' }, ask, s.name);
    await logMessage(tx, { tenantId: tenant.id, negotiationId: id, contactId: s.id }, { out: { kind: 'request' }, body: text });
    replies.push({ text, toPhone: s.phone });
  }
  return { replies };
};
