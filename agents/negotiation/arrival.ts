// "barang dari toko makmur sudah datang": the ordered goods arrived, so the purchase is posted through
// post_transaction (a payable when the supplier gave tempo) and linked to the negotiation.
import { parseRupiah } from '../language/money.ts';
import { formatDate, formatQty, formatRupiah, localDate, localStart, type TenantZone } from '../../core/format.ts';
import type { AgentContext, AgentResult, ResolvedFrame } from '../router/types.ts';
import { canonicalUnit, toBase } from '../../core/units.ts';
import { findProduct, productById, type Product } from '../router/catalogue/resolve-items.ts';
import { inIndonesian } from '../router/catalogue/regional.ts';
import { dealOf, loadNegotiation, loadSuppliers } from './store.ts';
import { readAmount } from '../router/answers.ts';
import { readTerms } from './read-quote.ts';
import { canonicalUnit as packUnit, convertQty, unitWords, type SaidSize } from './units.ts';
import { capitalize } from '../finance/text.ts';
import { parse } from '../language/index.ts';
import { paymentWords } from '../language/lexicon.ts';
import type { Thread } from './thread.ts';
import { offeredProduct } from './offered.ts';
import { goodsTotal } from './landed.ts';

// What may follow the arrival after a comma: how it is paid, its price or delivery, how much came.
const terms = String.raw`(?:bayar|bayarnya|dibayar|tempo|belum|blm|durung|ongkir|ongkos|harga|harganya|tapi|tp|cuma|sisanya|lunas|cash|tunai|transfer|tf|utang|ngutang)\b`;
// "baru dateng": only now (it made a supplier "Sinar Jaya Baru").
const came = String.raw`(?:(?:sudah|udah|udh|dah|wis|wes|uwis|geus|atos|tos|baru|br|nembe|mentas|lagi)\s+)?(?:datang|dateng|dtg|sampai|sampe|nyampe|tiba|masuk|teko|tekan|rawuh|sumping|dongkap|dugi|nepi)\b`;
const fromRe = new RegExp(String.raw`\b(?:dari|dr|seko|soko|ti|saka|saking)\s+(.+?)\s+${came}`);
// "berase wis teko", "telurnya udah dateng": the goods, no supplier (jv/su possessive endings dropped).
// Nothing counted after it: "gula masuk 10 kg" is stock counted in, not the order.
// "gula juga udah dateng, bayarnya tempo 2 minggu": "also", and after a comma how it is paid (a helper's arrival was asked
// "Berapa?" and booked as an expense, the goods booked again later).
// After "came": fillers, then the end or a clause on how it is paid.
// "beras udah dateng tapi cuma 1 karung": only part came, said without a comma (it was a stock count, no purchase).
const cameEnd = String.raw`${came}(?:\s+(?:ya|yo|kak|mas|mbak|bos|semua|kabeh|sadaya))*(?:[\s.!]*$|\s*[,;.]\s*${terms}|\s+(?:tapi|tp|cuma|cuman|cm|hanya)\b)`;
const goodsRe = new RegExp(String.raw`^(?:(?:barang|kiriman|pesanan)\s+)?(\p{L}+?(?:\s+\p{L}+?){0,2}?)(?:nya|ne|e|na)?\s+(?:(?:juga|jg|uga|oge)\s+)?${cameEnd}`, 'u');
// "telur 10 kg udah sampe, bayar cash": the count and its unit between the goods and "came" (a haggling try booked it as
// a sale of 10 kg). Not "masuk": "gula 10 kg masuk" is stock counted in.
// "le minerale udah dateng 3 dus, bayar cash": the count after "came", then how it is paid (the order was left waiting, the
// goods stocked twice); "gula udah dateng 10 kg" alone is stock counted in.
const countedRe = new RegExp(String.raw`^(\p{L}+?(?:\s+\p{L}+?){0,2}?)(?:nya|ne|e|na)?\s+(?:\d+(?:[.,]\d+)?\s*\p{L}{1,8}\s+${cameEnd}|${came}\s+\d+(?:[.,]\d+)?\s*\p{L}{1,8}\s*[,;.]\s*${terms})`, 'u');
// "barang udah dateng", "pesanannya sudah sampai": the order, no goods or supplier named.
const anyRe = new RegExp(String.raw`^(?:barang|barangnya|kiriman|kirimannya|pesanan|pesanannya|pesenan|pesenane)\s+${cameEnd}`, 'u');
// "…sudah datang, belum dibayar", "bayar nanti": owed, with no day said.
// jv "durung dibayar", su "can dibayar" too.
// "…udah dateng, bayarnya nanti" (a helper's arrival was booked as paid); "bayarnya tempo" with no day (booked as cash).
// "…udah dateng 2 dus, utang dulu bayar jumat" (booked as paid in cash).
const unpaidRe = /\b(belum|blm|belom|durung|urung|dereng|can|acan) (?:di)?(?:bayar|mbayar|mayar)|\b(ngutang|ngebon|tempo|(?:utang|hutang|bon) (?:dulu|dl|ya|yo)|(?:di)?bayar(?:nya)? (?:nanti|ntar|kagek|engko|mengko|engke)|(?:nanti|ntar) (?:di)?bayar|bayar(?:nya)? belakangan)\b/;
const notGoods = /^(barang|kiriman|pesanan|pesenan|sudah|udah|udh|dah|wis|wes|uwis|geus|atos|tos)$/;
// "telur dari toko makmur udah nyampe": the goods named before the supplier (a helper's try booked the supplier's newer
// order, the sugar, instead).
const goodsFirst = /^(?:(?:barang|kiriman|pesanan|pesenan)\s+)?(\p{L}+?)(?:nya|ne|e|na)?\s+(?:\p{L}+\s+){0,3}?(?:dari|dr|seko|soko|ti|saka|saking)\s/u;

export type ArrivalSaid = { who: string; item?: string } | { item?: string };

/** Who the goods came from and which goods, as said: the ordered negotiation it closes. */
export function readArrival(text: string): ArrivalSaid | null {
  const t = text.toLowerCase().trim();
  const from = fromRe.exec(t);
  if (from) {
    const goods = goodsFirst.exec(t)?.[1];
    return goods && !notGoods.test(goods) ? { who: from[1]!.trim(), item: goods } : { who: from[1]!.trim() };
  }
  const goods = goodsRe.exec(t) ?? (/\bmasuk\b/.test(t) ? null : countedRe.exec(t));
  if (goods && !notGoods.test(goods[1]!)) return { item: goods[1]! };
  return anyRe.test(t) ? {} : null;
}

export async function postArrival(ctx: AgentContext, text: string): Promise<AgentResult | null> {
  const said = readArrival(text);
  if (!said || ctx.member.role === 'cashier') return null;
  const { tx, tenant } = ctx;
  // "endog", "telor" name the order's "telur" (the regional word in Indonesian; o and u as one, typed fast).
  // An order whose booking was undone ("batal" of an arrival booked wrong) waits again (a helper's try could never book it).
  const waiting = await waitingOrders(ctx, 'who' in said ? said.who : null, said.item ? inIndonesian(said.item) ?? said.item : null);
  const found = waiting[0];
  // "barang dari toko makmur sudah datang" with no order waiting (a try got "belum paham"): say so, and how to book it.
  // With a count or money it is a purchase said in full ("beras 2 karung dari toko makmur datang, 600rb"): the parser's.
  // Money said beside it ("…udah dateng, bayar 50rb sisanya ngutang") is no purchase in full: a helper's try paid a debt
  // with it, another booked the supplier's other order. Only goods counted and priced are.
  if (!found) {
    // "barang udah dateng" with no order waiting is not about an order: the parser's.
    if (!('who' in said) && !said.item) return null;
    const inFull = parse(text, { now: ctx.now }).items.some((i) => i.qty != null && (i.total != null || i.unit_price != null));
    if (inFull) return null;
    if ('who' in said) return { replies: [{ text: noOrderText(said.who, said.item) }] };
    // "kopinya udah nyampe" for the order of "kapal api": the orders waiting are named (a helper got "belum paham").
    const others = await waitingOrders(ctx, null, null);
    return others.length ? { replies: [{ text: `Belum ada pesanan ${said.item} yang ditunggu, Kak. ${whichOrderText(others)}` }] } : null;
  }
  // Two orders waiting and the goods not named: asked, not the newer one booked (a helper's try).
  if (waiting.length > 1 && !said.item) return { replies: [{ text: whichOrderText(waiting) }] };
  const neg = (await loadNegotiation(tx, found.id))!;
  const sup = (await loadSuppliers(tx, neg.id)).find((s) => s.contact_id === found.contact_id)!;
  const ordered = dealOf(neg);
  // "udah dateng tapi cuma 18 kg, 2 kg nyusul": only part came; that part is booked (all 20 kg were).
  const arrived = cameCount(text, ordered, sup.thread.sizes);
  // "stok cuma 1 karung, sy kirim 1 aja" after the order: what the supplier has is what came, unless the owner says a count.
  const has = sup.thread.available != null && sup.thread.available > 0 && sup.thread.available < ordered.qty ? sup.thread.available : null;
  const deal = { ...ordered, qty: arrived ?? has ?? ordered.qty };
  const part = arrived != null && arrived < ordered.qty ? arrived : null;
  // "…sudah datang, harganya 13rb/kg", "…10 dus @110rb", "…24 renteng total 310rb": the price the owner paid in the end (the
  // agreed one was booked regardless).
  const saidTotal = ownerTotal(text);
  const price = saidTotal != null ? Math.round(saidTotal / deal.qty) : ownerPrice(text, deal.qty, Number(found.price)) ?? Number(found.price);
  const goods = saidTotal ?? goodsTotal(price, deal.qty);
  // "…udah dateng, bayar 200rb sisanya ngutang dulu": part paid now, the rest owed (all of it was booked as owed).
  const paidNow = paidPart(text);
  // The owner's own words on arrival come first: "…sudah datang, bayarnya tempo seminggu" was booked as paid in cash. "bayar
  // 300rb tunai sisanya ngutang" says how the part was paid, not that all was (all of it left the drawer).
  const saidTerms = readTerms(text.toLowerCase());
  const own = paidNow != null && saidTerms?.kind === 'cash' ? null : saidTerms;
  const later = own === null ? payDay(text, ctx.now, tenant.timezone) : null;
  const owed = own === null && (unpaidRe.test(text.toLowerCase()) || later != null || paidNow != null);
  // "belum dibayar, bayarnya minggu depan": due then (it was due the day the goods came).
  const tempo = own?.kind === 'tempo' ? own.days : own?.kind === 'cash' ? null : later ?? (sup.thread.terms?.kind === 'tempo' ? sup.thread.terms.days : null);
  const due = tempo != null ? localDate(new Date(ctx.now.getTime() + tempo * 86_400_000), tenant.timezone) : null;
  // The product the supplier named in the haggle ("minyak sania 2L isi 6" for "minyak goreng") is what came; with a brand
  // offered, only that brand's product ("adanya minyak sania 2 liter": Sania 2 L, not Sania 1 L by its alias).
  // "minyakita kosong, adanya fortune": another brand bought is not the asked product's stock (a helper's Fortune went into
  // Minyakita's count).
  const offered = await offeredProduct(tx, tenant.id, neg.id, sup.contact_id, deal.item);
  const named = offered && (!sup.thread.brand || offered.name.toLowerCase().includes(sup.thread.brand.toLowerCase())) ? offered : null;
  const asked = named ?? (found.product_id ? await productById(ctx.tx, tenant.id, found.product_id) : null);
  const brand = sup.thread.brand && asked && !asked.name.toLowerCase().includes(sup.thread.brand.toLowerCase()) ? capitalize(sup.thread.brand) : null;
  // The other brand the warung already sells ("adanya sania" for Minyakita, with Minyak Goreng Sania 2 L on the shelf) is
  // that product's stock (a haggling try: paid, never stocked).
  const instead = brand ? await brandProduct(ctx, brand, deal.item) : null;
  const stocked = asked && !brand ? inProductUnit(asked, deal.qty, deal.unit, sup.thread.size)
    : instead ? inProductUnit(instead, deal.qty, deal.unit, sup.thread.size) : null;
  const stockedId = stocked ? (instead ?? asked)!.id : null;
  // The delivery lands on the goods, as a chat purchase's "ongkir" does: a line of its own was in neither the goods' cost
  // nor the expenses (a helper's day: gross profit too high by its share).
  // "…udah nyampe, ongkirnya 15rb": the owner's word on arrival comes first (a helper's try: it was dropped).
  const delivery = ownerDelivery(text) ?? sup.thread.delivery ?? 0;
  const landed = goods + (stocked ? delivery : 0);
  const lines: object[] = [stocked
    ? { product_id: stockedId, qty: stocked.qty, unit_price: Math.round(landed / stocked.qty), total: landed, said_qty: deal.qty, said_unit: deal.unit }
    : { product_id: null, description: brand ? `${deal.item} merk ${brand}` : deal.item, qty: deal.qty, unit: deal.unit, unit_price: price, total: goods }];
  if (delivery && !stocked) lines.push({ description: 'ongkir', qty: 1, unit_price: delivery });
  const doc = {
    kind: 'purchase', payment: tempo != null || owed ? 'credit' : paidVia(text), source: ctx.source === 'voice' ? 'voice' : 'chat',
    source_ref: `inbox:${ctx.inboxId}`, contact_id: sup.contact_id, created_by: ctx.member.id, due_date: due,
    note: `negosiasi ${neg.id}`, lines,
  };
  const posted = (await tx.query<{ r: { id: string; total: number } }>(`select public.post_transaction($1::jsonb) as r`, [JSON.stringify(doc)])).rows[0]!.r;
  const downPayment = doc.payment === 'credit' && paidNow != null && paidNow < Number(posted.total) ? paidNow : null;
  if (downPayment != null) await tx.query(`select public.record_down_payment($1, $2, $3)`, [tenant.id, posted.id, downPayment]);
  await tx.query(`update negotiations set transaction_id = $2, updated_at = now() where id = $1`, [neg.id, posted.id]);
  const owes = downPayment != null ? `, dibayar ${formatRupiah(downPayment)}, sisa ${formatRupiah(Number(posted.total) - downPayment)}` : '';
  // The due day as people read it ("11 Des 2026"), not as it is stored.
  const debt = due ? ` (utang ke ${sup.name}${owes}, jatuh tempo ${formatDate(localStart(due, tenant.timezone), tenant.timezone)})` : owed ? ` (utang ke ${sup.name}${owes})` : '';
  const stock = stocked
    ? `\nStok ${stocked.name} bertambah ${formatQty(stocked.qty)} ${stocked.unit}.`
    : brand
      ? `\nBarangnya merk ${brand}, jadi stok ${asked!.name} tidak saya tambah. Kalau ${brand} dijual, tambahkan sebagai produk di halaman Stok.`
      : found.product_id
      ? `\nStoknya belum saya tambah karena isi 1 ${deal.unit} belum diketahui. Ketik misalnya "${deal.item} masuk ${formatQty(deal.qty)} ${deal.unit} isi 25 kg".`
      // Goods not in the catalogue were paid and never stocked, and the reply said nothing (haggling try, four times).
      : await notStockedText(ctx, deal);
  // The supplier's pack size in the example: typed as shown, "1 karung" was the warung's usual 50 kg (25 came).
  const packSaid = sup.thread.size && sup.thread.size.base ? ` isi ${formatQty(sup.thread.size.size)} ${sup.thread.size.base}` : '';
  const rest = part != null
    ? `\nSisanya ${formatQty(ordered.qty - part)} ${deal.unit} belum datang. Kalau sudah datang, catat sebagai kulakan biasa, misalnya "kulakan ${deal.item} ${formatQty(ordered.qty - part)} ${deal.unit}${packSaid} ${typedRupiah(price * (ordered.qty - part))} dari ${sup.name.toLowerCase()}".`
    : '';
  const shortText = arrived == null && has != null
    ? `\n${sup.name} bilang stoknya cuma ${formatQty(has)} ${deal.unit}, jadi yang saya catat ${formatQty(has)} ${deal.unit}. Kalau yang datang lain, kirim misalnya "salah, ${formatQty(ordered.qty)} ${deal.unit}".`
    : '';
  // The goods as they came: the other brand's product, or its brand said.
  const goodsName = instead?.name ?? (brand ? `${deal.item} merk ${brand}` : named && named.id !== found.product_id ? named.name : deal.item);
  const what = `belanja ${goodsName} ${formatQty(deal.qty)} ${deal.unit} @ ${formatRupiah(price)} dari ${sup.name}, total ${formatRupiah(Number(posted.total))}`;
  const each = stocked ? Math.round(landed / stocked.qty) : price;
  // The chat's last event, so "batal" right after takes this purchase back whole, its down payment with it.
  const frame: ResolvedFrame = {
    intent: 'purchase', amount: Number(posted.total), counterparty: sup.name, contactId: sup.contact_id, direction: null, category: null,
    // Its due day and down payment too, so a correction books them again (both were dropped: Rp200.000 paid was owed again).
    date: due, period: null, max_unit_price: null, payment: doc.payment === 'credit' ? 'credit' : 'cash', ...(downPayment != null ? { paid_now: downPayment } : {}),
    // Its price a unit as stated, so "eh salah, baru dateng 25 kg, bukan 50" books 25 kg at that price (the total was kept:
    // Rp615.000 for 25 kg, twice the price).
    items: [{ productId: stockedId, name: stocked?.name ?? deal.item, qty: stocked?.qty ?? deal.qty, unit: stocked?.unit ?? deal.unit,
      unitPrice: each, total: Number(posted.total), stated: { unitPrice: each, total: null } }],
  };
  return {
    replies: [{ text: `Siap, Kak! Tercatat: ${what}${delivery ? ` (termasuk ongkir ${formatRupiah(delivery)})` : ''}${debt}.${stock}${rest}${shortText}` }],
    booked: { kind: 'transaction', id: posted.id, summary: `Pembelian ${what}`, frame },
  };
}

const money = String.raw`(\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt)?)`;

/** "…24 renteng total 310rb": the whole paid for what came, said on arrival; else null. */
function ownerTotal(text: string): number | null {
  const t = text.toLowerCase();
  const m = new RegExp(String.raw`\b(?:total|totalnya|semuanya|jadinya)\s+${money}`).exec(t)
    // "…udah dateng, bayar 240rb cash": what was paid for all of it, when no rest is owed (a haggling try booked the agreed
    // Rp120.000: the supplier's price was per kilo, not per rak).
    ?? (paidPart(text) == null ? new RegExp(String.raw`\b(?:bayar|bayarnya|dibayar|mbayar|mayar)\s+(?:lunas\s+)?${money}`).exec(t) : null);
  const said = m ? readAmount(m[1]!) : null;
  return said != null && said >= 1000 ? said : null;
}

/**
 * A price the owner says with the arrival ("harganya 13rb/kg", "harga jadi 27.500", "10 dus @110rb", "8 rak, 58rb per
 * rak"): per unit, or the whole when far above.
 */
function ownerPrice(text: string, qty: number, agreed: number): number | null {
  const t = text.toLowerCase();
  // "isi 40 per dus" is what a pack holds, not a price (a haggling try booked 2 dus at Rp40, Rp209.920 short).
  const each = new RegExp(String.raw`@\s*${money}|(?<!\b(?:isi|isinya|isine|isina)\s+)${money}\s*(?:per|\/)\s*\p{L}`, 'u').exec(t);
  const per = each ? readAmount(each[1] ?? each[2]!) : null;
  if (per != null && per > 0) return per;
  const m = new RegExp(String.raw`\bharga(?:nya|ne)?\s+(?:jadi\s+|naik\s+|turun\s+)?${money}\s*(se\p{L}+|sa\p{L}+|per\s+\p{L}+|\/\s*\p{L}+)?`, 'u').exec(t);
  const said = m ? readAmount(m[1]!) : null;
  if (said == null || said <= 0) return null;
  // "harganya 50.400 sedus": said per unit, never the lot's (a helper's 3 dus were booked at Rp16.800 each).
  if (m![2]) return said;
  return said > agreed * 3 && qty > 1 ? Math.round(said / qty) : said;
}

/**
 * The count that came when it is not the order's: only part ("cuma 18 kg", "baru 3 dus", or "udah dateng 4 slop" of 5
 * ordered: a helper's try booked all 5), or more counted in the order's unit ("udah dateng 12 botol" of 10, the supplier's
 * minimum: 10 were booked); else null.
 */
function cameCount(text: string, order: { item: string; qty: number; unit: string }, sizes: SaidSize[]): number | null {
  const { qty: ordered, unit } = order;
  // jv "wis teko sakarung, sing sakarung maneh sesuk": one of the unit said "sa"/"se" (both karung of 2 were booked).
  // "harganya 300rb sekarung": "a sack" after money is its price per sack, no count (1 of 2 karung was booked).
  const packs = 'karung|dus|slop|renteng|renceng|bal|pak|krat|peti|tabung|galon|ikat|rak|kilo|kg|liter|lusin|botol|bungkus';
  const t = text.toLowerCase().replace(new RegExp(String.raw`(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?)\s*(?:se|sa)(?=(?:${packs})\b)`, 'g'), '$1 per ')
    .replace(new RegExp(String.raw`\b(?:se|sa)(${packs})\b`, 'g'), '1 $1');
  const only = /\b(?:cuma|cuman|cm|hanya|baru|br)\s+(?:datang\s+|dateng\s+)?(\d+(?:[.,]\d+)?)\b\s*(\p{L}+)?/u.exec(t);
  const counted = [...t.matchAll(/(\d+(?:[.,]\d+)?)\s*(\p{L}+)/gu)].find((m) => canonicalUnit(m[2]!) === canonicalUnit(unit));
  // "baru 1 karung 25 kg" of 50 kg: the count in another unit is not ours; the kilos said beside it are (it booked 1 kg).
  const otherUnit = only?.[2] && unitWords.includes(only[2]) && canonicalUnit(only[2]) !== canonicalUnit(unit);
  // "cuma 1 karung" of 50 kg when the supplier said a karung holds 25 kg: 25 kg came (all 50 were booked).
  // "udah dateng 1 peti" of 30 kg ordered as 2 peti: a count in the supplier's pack with no "cuma" too (all 30 kg were booked).
  const packSaid = otherUnit ? only : !only && !counted
    ? [...t.matchAll(/(\d+(?:[.,]\d+)?)\s*(\p{L}+)/gu)].find((m) => unitWords.includes(m[2]!) && canonicalUnit(m[2]!) !== canonicalUnit(unit)) ?? null : null;
  const inPacks = packSaid && !counted ? convertQty(order.item, Number(packSaid[1]!.replace(',', '.')), packUnit(packSaid[2]!)!, packUnit(unit)!, sizes) : null;
  if (inPacks != null) return inPacks > 0 && inPacks < ordered ? inPacks : null;
  const m = (otherUnit ? null : only) ?? counted;
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return n > 0 && (n < ordered || (m === counted && n > ordered)) ? n : null;
}

/** "bayar 200rb sisanya ngutang", "dp 100rb, kurangnya minggu depan" said on arrival: the part paid now; else null. */
// "bayar sejuta dulu", "bayar dua ratus ribu": the money in words too (a haggling try booked the whole Rp1.848.000 as owed).
function paidPart(text: string): number | null {
  const m = /\b(?:bayar|bayarnya|dibayar|mbayar|mayar|dp)\s+(?:dulu\s+|baru\s+|cuma\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?|sejuta|(?:\p{L}+\s+){1,3}(?:ribu|rebu|ewu|juta))(?=[\s,.]).*?\b(?:sisa|sisanya|sisane|kurang|kurangnya|kurange|ngutang|utang|nyusul)\b/u
    .exec(text.toLowerCase());
  return m ? readAmount(m[1]!) ?? parseRupiah(m[1]!) : null;
}

/** "ongkirnya 15rb", "ongkos kirim 10rb" said on arrival: the delivery paid, in rupiah; else null. */
function ownerDelivery(text: string): number | null {
  const m = /\b(?:ongkir|ongkirnya|ongkire|ongkos kirim|ongkos antar|biaya kirim)\s*(?:nya\s*)?(\d[\d.,]*\s*(?:rb|ribu|rebu|k)?)/.exec(text.toLowerCase());
  return m ? readAmount(m[1]!) : null;
}

/** "…udah dateng, bayar transfer", "pake qris": paid from the account, not the drawer (it was booked as cash out). */
function paidVia(text: string): 'cash' | 'transfer' | 'qris' {
  const said = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).map((w) => paymentWords[w]).find((p) => p === 'qris' || p === 'transfer');
  return said === 'qris' || said === 'transfer' ? said : 'cash';
}

// Sunday only as "hari minggu": "minggu" alone is a week ("2 minggu", "minggu depan").
const weekdays: [RegExp, number][] = [[/\bhari minggu\b|\bahad\b/, 0], [/\bsenin\b|\bsenen\b/, 1], [/\bselasa\b|\bseloso\b/, 2],
  [/\brabu\b|\brebo\b/, 3], [/\bkamis\b|\bkemis\b/, 4], [/\bjum'?at\b|\bjemuah\b|\bjumah\b/, 5], [/\bsabtu\b|\bsetu\b/, 6]];

/** "bayarnya minggu depan", "bayar besok", "bayar jumat": the days until the owner pays, when a day is said; else null. */
function payDay(text: string, now: Date, timezone: TenantZone): number | null {
  const t = text.toLowerCase();
  if (!/\b(?:bayar|bayarnya|dibayar|lunasin)\b/.test(t)) return null;
  // A weekday: the next one after today, in the warung's own calendar (the haggling try's "bayar jumat" was not read).
  const day = weekdays.find(([re]) => re.test(t))?.[1];
  if (day != null) {
    const today = new Date(`${localDate(now, timezone)}T00:00:00Z`).getUTCDay();
    return ((day - today + 6) % 7) + 1;
  }
  const days: [RegExp, number][] = [[/\bbesok\b|\bsesuk\b|\bisukan\b/, 1], [/\blusa\b/, 2], [/\bminggu depan\b|\bpekan depan\b|\bseminggu\b/, 7],
    [/\bdua minggu\b|\b2 minggu\b/, 14], [/\bbulan depan\b|\bsebulan\b/, 30]];
  return days.find(([re]) => re.test(t))?.[1] ?? null;
}

/**
 * The catalogue's one product of that brand, of the size asked when it says one ("minyakita 2 liter": Sania 2 L), or of the
 * kind the asked goods' other words say ("indomie goreng": Mie Sedaap Goreng, not Soto); else null.
 */
async function brandProduct(ctx: AgentContext, brand: string, item: string): Promise<Product | null> {
  const size = /\b\d+(?:[.,]\d+)?\s*(?:liter|ltr|l|ml|kg|gram|gr)\b/.exec(item.toLowerCase())?.[0];
  const kind = item.toLowerCase().split(/\s+/).slice(1).join(' ');
  for (const typed of [size ? `${brand} ${size}` : null, kind && !size ? `${brand} ${kind}` : null, brand]) {
    if (!typed) continue;
    const found = await findProduct(ctx.tx, ctx.tenant.id, typed);
    if (found.kind === 'match') return productById(ctx.tx, ctx.tenant.id, found.item.id);
  }
  return null;
}

/**
 * The order in the product's own unit: "beras 2 karung" of Beras Medium kept per kg, when the supplier said what a
 * karung holds, the warung knows its karung (product_units), or the unit converts by definition. Null when it
 * cannot be known: the purchase is then booked without moving the stock, and the owner is told.
 */
function inProductUnit(product: Product, qty: number, unit: string, said: Thread['size']): { name: string; qty: number; unit: string; size: number } | null {
  // The supplier's "karung isi 25 kg" over the warung's usual karung: it is what came.
  const conv = toBase({ qty, unit, size: said?.size ?? null, sizeUnit: said?.base ?? null }, product);
  if (conv.kind === 'unknown') return null;
  const size = conv.kind === 'base' ? 1 : conv.size;
  return { name: product.name, qty: conv.qty, unit: product.unit, size };
}

/**
 * Goods the order named no one product of: several fit ("beras 25 kg" with Beras Medium and Premium, a haggling try said
 * "belum ada di daftar barang"), or none does.
 */
async function notStockedText(ctx: AgentContext, deal: { item: string; qty: number; unit: string }): Promise<string> {
  const plain = deal.item.replace(/\s*\d+(?:[.,]\d+)?\s*\p{L}*/gu, '').trim() || deal.item;
  const found = await findProduct(ctx.tx, ctx.tenant.id, plain);
  if (found.kind === 'ambiguous' && !found.weak) {
    const names = found.choices.slice(0, 4).map((p) => p.name);
    return `\n${capitalize(plain)} di daftar barang ada beberapa (${names.join(', ')}), jadi stoknya belum saya tambah. Ketik misalnya "${names[0]!.toLowerCase()} masuk ${formatQty(deal.qty)} ${deal.unit}".`;
  }
  return `\n${capitalize(deal.item)} belum ada di daftar barang, jadi stoknya tidak saya tambah. Kalau mau dijual, tambahkan di halaman Stok.`;
}

/** Money as an owner types it: "258rb", else "Rp258.500". */
const typedRupiah = (n: number) => (n % 1000 === 0 ? `${n / 1000}rb` : formatRupiah(n));

const noOrderText = (who: string, item?: string) =>
  `Belum ada pesanan ${item ? `${item} ` : ''}lewat Juragan ke ${who.replace(/\b\p{L}/gu, (c) => c.toUpperCase())} yang menunggu datang, Kak. Kalau itu kulakan biasa, tulis barang dan harganya, misalnya "kulakan gula 10 kg 170rb dari ${who}".`;

const whichOrderText = (orders: { item: string; name: string }[]) =>
  `Ada ${orders.length} pesanan yang menunggu datang, Kak: ${orders.map((o) => `${o.item} dari ${o.name}`).join(', ')}. Yang datang yang mana? Tulis misalnya "${orders[0]!.item} dari ${orders[0]!.name.toLowerCase()} sudah datang".`;

/**
 * Orders placed through a haggle and not booked yet (an undone booking waits again), newest first, locked. The goods said
 * may be the brand the supplier had instead ("mie sedaap dari toko makmur udah dateng" for an Indomie order filled with Mie
 * Sedaap was "Belum ada pesanan"), or the asked product's category ("rokok dari sinar jaya udah dateng"); a later word of the
 * goods asked is enough ("terigu" for "tepung terigu").
 */
async function waitingOrders(ctx: AgentContext, who: string | null, item: string | null) {
  return (await ctx.tx.query<{ id: string; contact_id: string; price: string; product_id: string | null; item: string; name: string }>(
    `select n.id, o.contact_id, o.price, n.product_id, n.item, c.name
       from negotiations n join negotiation_offers o on o.id = n.agreed_offer_id join contacts c on c.id = o.contact_id
       left join negotiation_suppliers s on s.negotiation_id = n.id and s.contact_id = o.contact_id
      where n.tenant_id = $1 and n.status = 'ordered'
        and (n.transaction_id is null or exists (select 1 from transactions t where t.id = n.transaction_id and t.status = 'voided'))
        and ($2::text is null or lower(c.name) like '%' || $2 || '%' or $2 = any (c.aliases))
        and ($3::text is null or translate(' ' || lower(n.item), 'o', 'u') like '% ' || translate($3, 'o', 'u') || '%'
             or lower(s.state ->> 'brand') like $3 || '%' or $3 like lower(s.state ->> 'brand') || '%'
             or exists (select 1 from products p where p.id = n.product_id and lower(p.category) = $3))
      order by n.updated_at desc limit 5 for update of n`, [ctx.tenant.id, who, item])).rows;
}
