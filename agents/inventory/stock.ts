// stock_check, stock_in (goods in without money: add_stock), stock_out (goods gone without a sale: add_stock
// with the quantity taken off, at the average cost, a loss) and stock_set (opname: set_stock_count, the
// difference booked as an opname movement).
import { z } from 'zod';
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { Agent, AgentContext, AgentResult, ResolvedFrame, ResolvedItem } from '../router/types.ts';
import { dateText, loadProduct, occurredAt, sourceRef } from '../finance/context.ts';
import { callFn } from '../finance/sql.ts';
import { unitMismatchText } from '../finance/text.ts';
import { canonicalUnit } from '../router/catalogue/item-math.ts';
import { openingStock } from '../language/intent.ts';
import { wholeStockAsk } from '../language/lexicon.ts';
import { normalizeText } from '../language/normalize.ts';
import { reorderFacts } from './reorder-alert.ts';
import { learnedReorderPoint } from './reorder.ts';

const num = z.coerce.number();
const stockResult = z.object({ product_id: z.string(), level: num, created: z.boolean(), diff: num.optional(), movement_id: num, cogs: num.nullish() });

function known(frame: ResolvedFrame): ResolvedItem[] {
  return frame.items.filter((i) => i.productId !== null);
}

const askWhich = (verb: string): AgentResult => ({ replies: [{ text: `Barang apa yang mau ${verb}, Kak?` }] });

const lowRow = z.object({ name: z.string(), unit: z.string(), level: num, reorder_point: num.nullable() });
const LOW_SHOWN = 15;

/**
 * "stok apa aja yang mau habis", "sing kudu dikulak apa wae": no goods named, so the goods to restock, as Ringkasan's
 * "Stok menipis" lists them (report_low_stock: at or under the owner's point, else the one their sales suggest, or none left).
 */
async function lowStock(ctx: AgentContext): Promise<AgentResult> {
  const { rows } = await ctx.tx.query('select * from public.report_low_stock($1, $2, $3)', [ctx.tenant.id, LOW_SHOWN + 1, ctx.now]);
  const low = rows.map((r) => lowRow.parse(r));
  if (low.length === 0) return { replies: [{ text: 'Stok masih aman semua, Kak ✅ Belum ada yang habis atau di bawah batas stok. Cek satu barang: "stok gula berapa".' }] };
  const lines = low.slice(0, LOW_SHOWN).map((p, i) => `${i + 1}. ${p.name}: ${p.level <= 0 ? 'habis' : `sisa ${formatQty(p.level)} ${p.unit}`}${p.reorder_point !== null ? ` (batas ${formatQty(p.reorder_point)})` : ''}`);
  const more = low.length > LOW_SHOWN ? '\nDan lainnya: lihat halaman Stok → Stok menipis.' : '';
  return { replies: [{ text: `📦 Perlu kulakan (${low.length > LOW_SHOWN ? `${LOW_SHOWN}+` : low.length} barang):\n${lines.join('\n')}${more}` }] };
}

const listRow = z.object({ name: z.string(), unit: z.string(), level: num, sell_price: num.nullable(), kept: z.boolean(), low: z.boolean() });
const LIST_SHOWN = 60;

/** "stok", "daftar produk": every active product with its stock and price, the ones running low marked. */
async function wholeStock(ctx: AgentContext): Promise<AgentResult> {
  // The Stok page's own rows and its "Stok menipis" filter, so the chat and the page agree.
  const { rows: found } = await ctx.tx.query(`select p.name, p.unit, p.level, p.sell_price, p.kept, l.id is not null as low
      from public.dashboard_products($1) p left join public.dashboard_products($1, null, true) l on l.id = p.id
     where p.active order by lower(p.name)`, [ctx.tenant.id]);
  const rows = found.map((r) => listRow.parse(r));
  if (rows.length === 0) return { replies: [{ text: 'Belum ada produk, Kak. Catat kulakan atau penjualan pertama, nanti produknya tersimpan.' }] };
  const line = (p: z.infer<typeof listRow>) => {
    const stock = !p.kept ? 'stok belum dihitung' : p.level <= 0 ? 'habis ⚠️' : `${formatQty(p.level)} ${p.unit}${p.low ? ' ⚠️' : ''}`;
    return `• ${p.name}: ${stock}${p.sell_price ? ` · ${formatRupiah(p.sell_price)}/${p.unit}` : ''}`;
  };
  const more = rows.length > LIST_SHOWN ? `\nDan ${rows.length - LIST_SHOWN} lainnya: lihat halaman Stok.` : '';
  const lowNote = rows.some((p) => p.low) ? '\n⚠️ = menipis, waktunya kulakan.' : '';
  return { replies: [{ text: `📦 Stok (${rows.length} barang):\n${rows.slice(0, LIST_SHOWN).map(line).join('\n')}${more}${lowNote}` }] };
}

export const stockCheck: Agent = async (ctx, frame) => {
  const items = known(frame);
  if (frame.items.length === 0) return wholeStockAsk.test(normalizeText(ctx.text ?? '').trim()) ? wholeStock(ctx) : lowStock(ctx);
  if (items.length === 0) return askWhich('dicek stoknya');
  const lines: string[] = [];
  const facts = await reorderFacts(ctx.tx, ctx.tenant.id, items.map((i) => i.productId!), ctx.now);
  for (const i of items) {
    const p = facts.get(i.productId!);
    if (!p) continue;
    // The owner's point, else the one learned from the last 14 days' sales.
    const point = p.reorder_point ?? learnedReorderPoint(p.sold, p.lead_time_days);
    let line = `Stok ${p.name} tinggal ${formatQty(p.level)} ${p.unit}.`;
    // Goods no stock ever came in for (made to order, named at a sale) are not counted.
    if (!p.known && p.level <= 0) line = `Stok ${p.name} belum dihitung, Kak: belum pernah ada barang masuk. Kirim "stok ${p.name.toLowerCase()} sekarang …" kalau mau mulai dihitung.`;
    else if (p.level <= 0) line = `Stok ${p.name} habis (${formatQty(p.level)} ${p.unit}). Perlu kulakan, Kak.`;
    else if (point !== null && p.level <= point) line += ` Sudah menipis (batas ${formatQty(point)} ${p.unit}), waktunya kulakan.`;
    lines.push(line);
  }
  return { replies: [{ text: lines.join('\n') }] };
};

/** One stock call per product; a message naming several gets refs inbox:<id>:1, :2 … */
function refs(ctx: AgentContext, items: ResolvedItem[]): string[] {
  return items.map((_, n) => sourceRef(ctx, items.length > 1 ? n + 1 : undefined));
}

export const stockIn: Agent = async (ctx, frame) => {
  const items = known(frame).filter((i) => i.qty > 0);
  if (items.length === 0) return askWhich('ditambah stoknya');
  const added: string[] = [];
  const lines: string[] = [];
  const warnings: string[] = [];
  const ids: number[] = [];
  const r = refs(ctx, items);
  // "stok awal hari ini: beras 50 kg": the count the day starts from. Goods already in stock are counted, not added to
  // (a helper's try: Beras 50 + 50 = 100 kg, then a "Selisih stok" loss when put right).
  const opening = openingStock.test((ctx.text ?? '').toLowerCase());
  for (const [n, i] of items.entries()) {
    const unitCost = i.unitPrice ?? (i.total !== null ? i.total / i.qty : null);
    const before = opening ? await loadProduct(ctx.tx, ctx.tenant.id, i.productId!) : null;
    const counted = (before?.level ?? 0) > 0;
    const res = counted
      ? await callFn(ctx.tx, 'set_stock_count', [ctx.tenant.id, i.productId, i.qty, r[n], 'stok awal lewat chat'], stockResult)
      : await callFn(ctx.tx, 'add_stock', [ctx.tenant.id, i.productId, i.qty, r[n], unitCost, null], stockResult);
    const p = before ?? await loadProduct(ctx.tx, ctx.tenant.id, i.productId!); // its name and unit, read once
    const unit = p?.unit ?? i.unit ?? '';
    added.push(counted ? `${p?.name ?? i.name} ${formatQty(res.level)} ${unit}` : `${p?.name ?? i.name} +${formatQty(i.qty)} ${unit}`);
    const cost = unitCost !== null && !counted ? ` (modal ${formatRupiah(Math.round(unitCost))}/${unit})` : '';
    const diff = res.diff ?? 0;
    const kept = counted && unitCost !== null && before?.avg_cost != null ? `; modal tetap ${formatRupiah(Math.round(before.avg_cost))}/${unit} dari catatan` : '';
    lines.push(counted
      ? `${added[n]} (dihitung, ${diff === 0 ? 'cocok dengan catatan' : `${diff > 0 ? 'lebih' : 'kurang'} ${formatQty(Math.abs(diff))} ${unit} dari catatan`}${kept})`
      : `${added[n]}${cost}, stok sekarang ${formatQty(res.level)} ${unit}`);
    ids.push(res.movement_id);
    if (p && i.unit && canonicalUnit(i.unit) !== canonicalUnit(p.unit)) warnings.push(unitMismatchText(p.name, i.qty, i.unit, p.unit));
  }
  const text = [`Siap Kak, stok masuk tercatat ✅ ${lines.join('; ')}.`, ...warnings].join(' ');
  // The event id lists every movement, so "batal" takes all of them back.
  return { replies: [{ text }], booked: { kind: 'stock', id: ids.join(','), summary: `Stok masuk ${added.join(', ')}`, frame } };
};

/** "telor pecah 3 butir", "roti basi 2 bks dibuang": goods gone without a sale, valued at their average cost. */
export const stockOut: Agent = async (ctx, frame) => {
  const items = known(frame).filter((i) => i.qty > 0);
  if (items.length === 0) return askWhich('dikurangi stoknya');
  const gone: string[] = [];
  const lines: string[] = [];
  const ids: number[] = [];
  let loss = 0;
  const r = refs(ctx, items);
  // "beras 2 kg dipake sendiri": taken for the family (frame.category 'pribadi'), not damaged.
  // "kasih bonus permen 5 biji": given away ('gratis').
  const what = frame.category === 'pribadi' ? 'dipakai sendiri' : frame.category === 'gratis' ? 'diberikan gratis' : 'rusak/hilang';
  // "kemarin telor pecah 2 kg": dated yesterday, so that day's "Selisih stok" has it.
  const at = frame.date ? occurredAt(ctx, frame) : null;
  const day = at ? dateText(ctx, at) : null;
  for (const [n, i] of items.entries()) {
    const res = await callFn(ctx.tx, 'add_stock', [ctx.tenant.id, i.productId, -i.qty, r[n], null, `${what} lewat chat`, at?.toISOString() ?? null], stockResult);
    const p = await loadProduct(ctx.tx, ctx.tenant.id, i.productId!);
    const unit = p?.unit ?? i.unit ?? '';
    // "3 butir (0,188 kg)": what was said beside the base unit, as a sale's reply shows it.
    const qty = i.said ? `${formatQty(i.said.qty)} ${i.said.unit} (${formatQty(i.qty)} ${unit})` : `${formatQty(i.qty)} ${unit}`;
    gone.push(`${p?.name ?? i.name} −${qty}`);
    lines.push(`${gone[n]}, stok sekarang ${formatQty(res.level)} ${unit}`);
    ids.push(res.movement_id);
    loss += res.cogs ?? 0; // the goods' value at the average cost, as "Selisih stok" counts it
  }
  const value = loss > 0 ? ` Nilai barangnya sekitar ${formatRupiah(loss)} (harga modal), masuk ke selisih stok.` : '';
  const text = `Siap Kak, barang ${what}${day ? ` (${day})` : ''} tercatat ✅ ${lines.join('; ')}.${value}`;
  return { replies: [{ text }], booked: { kind: 'stock', id: ids.join(','), summary: `Stok keluar ${gone.join(', ')}`, frame } };
};

export const stockSet: Agent = async (ctx, frame) => {
  const items = known(frame);
  if (items.length === 0) return askWhich('dihitung stoknya');
  const texts: string[] = [];
  const ids: number[] = [];
  const r = refs(ctx, items);
  for (const [n, i] of items.entries()) {
    const res = await callFn(ctx.tx, 'set_stock_count', [ctx.tenant.id, i.productId, i.qty, r[n], 'opname lewat chat'], stockResult);
    const p = await loadProduct(ctx.tx, ctx.tenant.id, i.productId!);
    const unit = p?.unit ?? i.unit ?? '';
    const diff = res.diff ?? 0;
    const before = res.level - diff;
    const diffText = diff === 0 ? 'cocok dengan catatan' : `${diff > 0 ? 'lebih' : 'kurang'} ${formatQty(Math.abs(diff))} ${unit} dari catatan (${formatQty(before)} ${unit})`;
    texts.push(`${p?.name ?? i.name} ${formatQty(res.level)} ${unit}, ${diffText}`);
    ids.push(res.movement_id);
  }
  const text = `Siap Kak, stok dihitung ulang ✅ ${texts.join('; ')}.`;
  const summary = `Stok opname ${texts.map((t) => t.split(',')[0]).join(', ')}`;
  return { replies: [{ text }], booked: { kind: 'stock', id: ids.join(','), summary, frame } };
};
