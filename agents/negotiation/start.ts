// The negotiate intent ("cariin telur 10 kg maks 27rb/kg"): say back what was understood and whom
// Juragan will ask, and send each supplier a request for a quote. No price goes out yet.
import { formatQty, formatRupiah } from '../../core/format.ts';
import { canonicalUnit, isContainer } from '../../core/units.ts';
import { parse } from '../language/index.ts';
import type { Agent, Reply } from '../router/types.ts';
import { sayDeadline } from './deadline.ts';
import { phraseMessage, phraseWith } from './phrasing.ts';
import { pickSuppliers, priceRefs, suppliersNamedIn } from './pick-suppliers.ts';
import { targetPrice } from './policy.ts';
import { nudgeAt, readRequest, requestedGoods } from './request.ts';
import { logMessage } from './store.ts';
import { supplierText } from './templates.ts';
import { newThread } from './thread.ts';

export { DEADLINE_MS, NUDGE_MS } from './request.ts';

const askAgain = 'Siap, Kak! Sebutkan barang, jumlah, dan batas harganya ya. Contoh: "cariin telur 10 kg maks 27rb/kg besok pagi".';

/** The goods without the suppliers' names said among them ("makmur telur" → "telur"); lines that were only a name go. */
function withoutNames<F extends { items: { name: string }[] }>(frame: F, phrases: string[]): F {
  if (!phrases.length) return frame;
  const strip = (n: string) => phrases.reduce((s, p) => ` ${s} `.replace(` ${p} `, ' ').trim(), n.toLowerCase().replace(/\s+/g, ' '));
  const items = frame.items.map((i) => ({ ...i, name: strip(i.name) })).filter((i) => i.name.length > 0);
  return { ...frame, items };
}

/**
 * "cariin minyak sania 2 liter 3 dus": the size said after the goods, bought by the dus, is part of what is asked for (it
 * was dropped: suppliers were asked for "minyak sania" and the 1 L bottles' stock took the order).
 */
function withSize<F extends { items: { name: string; unit: string | null }[] }>(frame: F, text: string): F {
  const first = frame.items[0];
  if (!first?.unit || !isContainer(first.unit) || /\d/.test(first.name)) return frame;
  const esc = first.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${esc}\\s+(\\d+(?:[.,]\\d+)?)\\s*(liter|ltr|l|ml|kg|kilo|gram|gr|g)\\b`).exec(text.toLowerCase());
  if (!m) return frame;
  return { ...frame, items: [{ ...first, name: `${first.name} ${m[1]} ${m[2] === 'ltr' || m[2] === 'l' ? 'liter' : m[2]}` }, ...frame.items.slice(1)] };
}

/** What one pack holds as the owner said it with the request, in a measure ("karung 25 kg", "dus isi 12"), or null. */
function packAsked(text: string, unit: string): { size: number; base: string } | null {
  const said = parse(text).items[0];
  if (!said?.pack_size || !said.pack_base_unit || said.unit == null || canonicalUnit(said.unit) !== canonicalUnit(unit)) return null;
  return { size: said.pack_size, base: canonicalUnit(said.pack_base_unit) };
}

export const startNegotiation: Agent = async (ctx, frame) => {
  const { tx, tenant } = ctx;
  const named = await suppliersNamedIn(tx, tenant.id, ctx.text ?? '');
  const asked = withSize(withoutNames(frame, named.phrases), ctx.text ?? '');
  const goods = requestedGoods(asked);
  if (!goods || !frame.max_unit_price) return { replies: [{ text: askAgain }] };
  const refs = await priceRefs(tx, tenant.id, goods.item, goods.unit);
  // When the goods are needed is read from the message as written (or the voice note's transcript).
  const req = readRequest(asked, ctx.text ?? '', ctx.now, tenant.timezone, refs, packAsked(ctx.text ?? '', goods.unit));
  if (!req) return { replies: [{ text: askAgain }] };
  const { item, unit, ceiling, deadline } = req;
  const suppliers = await pickSuppliers(tx, tenant.id, item, refs.productId, frame.counterparty, named.ids);
  if (!suppliers.length) return { replies: [{ text: 'Belum ada nomor supplier yang tersimpan, Kak. Tambahkan supplier dulu di dashboard, ya 🙏' }] };

  const target = targetPrice({ ceiling, lastPrice: refs.lastPrice, market: refs.market });
  const { rows } = await tx.query<{ id: string }>(
    `insert into negotiations (tenant_id, product_id, item, qty, unit, target_price, max_price, deadline, nudge_at, last_price, market_price, source_ref, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (tenant_id, source_ref) where source_ref is not null do nothing returning id`,
    [tenant.id, refs.productId, item, req.qty, unit, target, ceiling, deadline, nudgeAt(ctx.now, deadline),
      refs.lastPrice, refs.market, `inbox:${ctx.inboxId}`, ctx.member.id]);
  const id = rows[0]?.id;
  if (!id) return { replies: [{ text: 'Permintaan ini sudah saya proses, Kak 🙏' }] };

  // "cariin beras karung 25 kg 4 karung": the pack's size asked goes to the suppliers and stocks the goods when they come
  // (it was dropped: 4 karung came in as 200 kg, the warung's usual 50 kg karung).
  const size = packAsked(ctx.text ?? '', unit);
  const ask = { item, qty: req.qty, unit, size };
  const when = sayDeadline(deadline, ctx.now, tenant.timezone);
  const replies: Reply[] = [{
    text: [
      `Siap, Kak! Saya carikan ${item} ${formatQty(req.qty)} ${unit}, batas ${formatRupiah(ceiling)}/${unit} (batasnya tidak saya sebut ke supplier), ` +
        (req.deadlineSaid ? `hasilnya saya kabari paling lambat ${when}.` : `paling lambat ${when}.`),
      `Saya tanya ke: ${suppliers.map((s) => s.name).join(', ')}.`,
      'Belum ada yang dipesan sebelum Kakak pilih.',
    ].join('\n'),
  }];
  for (const s of suppliers) {
    await tx.query(`insert into negotiation_suppliers (tenant_id, negotiation_id, contact_id, state) values ($1, $2, $3, $4)`,
      [tenant.id, id, s.id, JSON.stringify(newThread(size))]);
    const text = await phraseMessage({ kind: 'request' }, supplierText({ kind: 'request' }, ask, s.name), phraseWith(ctx.llm));
    await logMessage(tx, { tenantId: tenant.id, negotiationId: id, contactId: s.id }, { out: { kind: 'request' }, body: text });
    replies.push({ text, toPhone: s.phone });
  }
  return { replies };
};
