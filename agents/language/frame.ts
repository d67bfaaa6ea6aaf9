// Frame assembly: what each intent keeps, derived prices, amount, direction, payment, confidence and ask.
import type { FrameItem, ParseResult, Payment } from '../../core/frame.ts';
import type { Counterparty } from './counterparty.ts';
import { cues } from './cues.ts';
import type { DateRead } from './dates.ts';
import { allOwed, consigned, givenAway, saysCredit, type IntentRead } from './intent.ts';
import { expenseMoney } from './frame-expense.ts';
import { bare, priced, round, rp, sameGoodsOnce } from './frame-lines.ts';
import type { ItemsRead } from './items.ts';
import type { DownPayment } from './down-payment.ts';
import type { SplitPay } from './split-pay.ts';
import type { TenderSplit } from './tender-split.ts';
import { expenseCategoryWords, expenseGoods, halfWords, lenderWords, lentBy, ordinalWords, sizeUnits } from './lexicon.ts';
import { doubleWords } from './stoplist.ts';

export type Parts = {
  read: IntentRead;
  items: ItemsRead;
  when: DateRead;
  cp: Counterparty | null;
  /** Every word of the message, used or not. */
  words: string[];
  payWords: Payment[];
  /** Rupiah paid at once on goods taken on credit (down-payment.ts), or null. */
  down: DownPayment | null;
  /** Goods split by count between paid and owed (split-pay.ts), or null. */
  split: SplitPay | null;
  /** Goods paid by cash and a non-cash means at once (tender-split.ts), or null. */
  tender: TenderSplit | null;
  /** Rupiah given back from the money handed over (change.ts), or null. */
  change: number | null;
  /** The banknote handed over when no change was said ("pake uang 50rb"), or null. */
  tendered: number | null;
  /** "…, bayar 60 ewu" closing a sale: the money paid, said last with no change (handed over, or the total), or null. */
  paidLast: number | null;
  /** "potongan 20%": the percent off the goods' total, or null. */
  percentOff: number | null;
  /** The warung is the one paying ("kita bayar", "kubayar"): a debt paid is one the warung owes. */
  warungPays: boolean;
  truncated: boolean;
};

/**
 * "bayar 50rb qris 20rb tunai" (tender-split.ts): booked under the non-cash means, with the part paid in cash beside it.
 * With no amount said, the two parts are the amount; returns whether they were (the amount came from the parts).
 */
function withTender(frame: ParseResult, tender: TenderSplit | null): boolean {
  if (!tender) return false;
  frame.payment = tender.method;
  frame.tender = { cash: tender.cash, other: tender.other };
  // "10 bks 35rb, 2 bks dibayar qris sisanya cash": the count paid by QRIS at the goods' price of one (it was all QRIS).
  const one = frame.items.length === 1 ? frame.items[0]! : null;
  // "laku 6 le minerale, 4 tunai sisanya qris": the rest of the count was the other means.
  const otherCount = tender.otherCount ?? (tender.cashCount !== undefined && one?.qty != null && tender.cashCount < one.qty ? one.qty - tender.cashCount : undefined);
  if (otherCount !== undefined) {
    const other = one?.unit_price != null && one.qty != null && otherCount < one.qty ? otherCount * one.unit_price : null;
    frame.tender = other !== null && frame.amount !== null && other < frame.amount ? { cash: frame.amount - other, other } : null;
    // "laku 10 es kopi, 6 cash 4 qris" with the price the catalogue's: the share of the total paid in cash.
    if (frame.tender === null && one?.unit_price == null && one?.total == null && one?.qty != null && otherCount < one.qty) {
      frame.tender = { cash: null, other: null, cash_share: (one.qty - otherCount) / one.qty };
    }
    // Goods unpriced or not one line: which part was paid how is unknown, so it is booked as cash, as said for the most.
    if (frame.tender === null) frame.payment = null;
    return false;
  }
  if (frame.amount !== null || tender.cash === null || tender.other === null) return false;
  frame.amount = tender.cash + tender.other;
  return true;
}
const towardSelf = new Set(['ke', 'ka', 'nang', 'sama', 'ama', 'kepada']);
/** Words of when goods are needed, left as a name of their own in a negotiation ("sebelum jumat", "sesuk isuk"). */
const deadlineWords = new Set(['sebelum', 'sblm', 'paling', 'plg', 'lambat', 'lambatnya', 'telat', 'butuh', 'butuhnya', 'perlu', 'dibutuhkan',
  'diperlukan', 'buat', 'untuk', 'utk', 'dipake', 'dipakai', 'isuk', 'esuk', 'enjing', 'sonten', 'wengi', 'dalu', 'pagi', 'siang', 'sore',
  'malam', 'nanti', 'ntar', 'engko', 'engke', 'jam', 'pukul', 'sampai', 'sampe', 'nyampe', 'datang', 'dateng', 'kirim', 'dikirim', 'wis', 'kudu', 'harus', 'hrs']);
const selfWords = new Set(['saya', 'aku', 'sy', 'gw', 'gue', 'gua', 'kula', 'abdi', 'kita', 'warung', 'aing']);

/** Money itself, lent or borrowed ("pinjam uang", "kasbon duit", Aceh "peng"), not goods taken on credit. */
const moneyItself = new Set(['uang', 'duit', 'doi', 'peng', 'piti', 'pitih', 'hepeng', 'artos', 'duwit', 'dhuwit']);
/** "mbak rini pinjem 25rb buat ongkos": borrowing with no goods is money borrowed. */
/** The warung lending: "pinjemin X", "kasih pinjam ke X". */
const lendsOut = new Set(['pinjemin', 'pinjamin', 'minjemin', 'minjamin']);
const givingWords = new Set(['kasih', 'ngasih', 'kasi', 'ngasi', 'beri', 'memberi']);
const borrowedFrom = /^(?:pinjam|pinjem|minjem|minjam|nyilih|nginjem|ngampil)(?: (?:uang|duit|modal|dana))? (?:sama|ama|karo|kaliyan|jeung|ka)\b/;
const fromUs = new Set(['ke', 'dari', 'dr', 'di', 'sama', 'ama', 'ka', 'bak', 'ti']);
const lendVerbs = new Set(['pinjam', 'pinjem', 'minjem', 'minjam', 'pinjemin', 'minjemin', 'nyilih', 'ngampil', 'nginjem']);
const halfPaid = new RegExp(String.raw`\b(?:dibayar|bayar|mbayar|mayar|dibayare|dibayarna|bayare|bayarnya|bayarna|nyaur)\s+(?:baru\s+|dulu\s+|disik\s+|heula\s+)?(?:${[...halfWords].join('|')})\b`);

/** The share paid of goods split by count: of the one line's count, or of all lines when the counts add up; else null. */
function paidShare(split: SplitPay, items: FrameItem[]): number | null {
  const counted = items.length > 0 && items.every((i) => i.qty !== null) ? items.reduce((a, i) => a + i.qty!, 0) : null;
  const all = items.length === 1 && counted !== null ? counted : split.paid + split.owed;
  if (counted !== null && counted !== all) return null;
  const share = (all - split.owed) / all;
  return share > 0 && share < 1 ? share : null;
}

// "utang saya ke siapa", "utangku neng toko makmur", "hutang ke supplier": the shop owes.
const shopOwes = /\b(utang|hutang|bon|utange|hutange)( (saya|aku|sy|gw|gue|gua|kita|kami|kula|abdi|warung))? (ke|ka|nang|neng|marang|sama)\b|\b(utangku|hutangku|utangmu|utang ?kita|hutang ?kita|utang dagang|hutang dagang)\b|\b(supplier|suplier|agen|grosir|sales|distributor)\b/;

export function shapeFrame(p: Parts): ParseResult {
  const { read, items, when, cp } = p;
  const intent = read.intent;
  const named = items.drafts.filter((d) => d.name.length > 0);
  const said = named.length > 0 ? named : items.drafts.filter((d) => d.qty !== null).slice(0, 1);
  const drafts = intent === 'sale' || intent === 'purchase' ? sameGoodsOnce(said) : said;
  const credit = p.payWords.includes('credit') || saysCredit(p.words.join(' ')) || (intent === 'purchase' && consigned.test(p.words.join(' ')) && !p.words.some((w) => cues.purchase.has(w)));
  const paidBy = p.payWords.find((w) => w !== 'credit') ?? null;
  const firstMoney = items.monies.length > 0 ? items.monies[0] : null;
  const frame: ParseResult = {
    intent, items: [], amount: null, counterparty: null, direction: null, category: null,
    date: intent === 'report' ? null : when.date, period: null, max_unit_price: null, payment: null,
    confidence: read.sure, ask: [],
  };
  const ask = frame.ask;
  switch (intent) {
    case 'sale': case 'purchase': {
      // "aqua 3 botol diskon seribu jadi 14rb": the one line's total is what was paid plus the discount.
      const only = drafts.length === 1 ? drafts[0] : null;
      // "bayar 50rb kembali 4rb": the money handed over less the change is what the goods cost.
      if (p.change !== null) {
        // Betawi "gocap kembali 43rb": money said in slang below Rp1.000 with the change in thousands is that many thousands
        // (Rp50.000, not Rp50: it was booked at Rp25 a pack).
        const change = p.change;
        const thousands = (n: number | null) => (n !== null && n < 1000 && change >= 1000 && n * 1000 > change ? n * 1000 : n);
        items.grand = thousands(items.grand);
        if (only && only.unitPrice === null) only.total = thousands(only.total);
        if (items.grand !== null && items.grand > p.change) items.grand -= p.change;
        else if (only && only.total !== null && only.total > p.change) only.total -= p.change;
      }
      if (only && only.total !== null && only.unitPrice === null && items.grand === null && items.totalAfterAdjust) {
        only.total += (items.discount ?? 0) - (items.delivery ?? 0);
      }
      // "laku rokok, 2 tunai sebungkus diutang": the split's counts are the goods' count.
      if (only && only.qty === null && p.split) only.qty = p.split.paid + p.split.owed;
      frame.items = drafts.map(priced);
      const totals = frame.items.map((i) => i.total);
      const sum = totals.length > 0 && totals.every((t) => t !== null) ? totals.reduce((a, b) => a! + b!, 0) : null;
      frame.amount = items.grand ?? sum;
      if (frame.amount === null && frame.items.length === 0) frame.amount = firstMoney;
      // amount is the money that changes hands: goods less the discount plus delivery, unless a total said after them
      // ("dipotong 2rb jadi 50rb") already is that.
      // "grabfood order nasi goreng 2 porsi 50rb, potongan 20%": the app's cut comes off what the warung gets.
      if (items.discount === null && p.percentOff !== null && frame.amount !== null && items.grand === null) {
        items.discount = round(frame.amount * p.percentOff / 100);
      }
      if (items.discount !== null) frame.discount = items.discount;
      if (items.delivery !== null) frame.delivery_cost = items.delivery;
      if (frame.amount !== null && !items.grandAfterAdjust) frame.amount += (items.delivery ?? 0) - (items.discount ?? 0);
      frame.counterparty = cp?.name ?? null;
      // "…72rb, bayare kurang 12rb": what was paid is the total less the shortfall (unknown without a total: nothing owed said).
      const short = p.down?.short;
      const down = short === undefined ? p.down : frame.amount !== null && short < frame.amount ? { ...p.down!, paid: frame.amount - short } : null;
      const one = frame.items.length === 1 ? frame.items[0] : null;
      const costs = (item: FrameItem, total: number) => {
        item.total = frame.amount = total;
        if (item.qty && item.unit_price === null) item.unit_price = round(total / item.qty);
      };
      // With no price said, the goods cost what was paid and is owed ("jual beras 3 kilo, dia bayar 40rb, kurang 2rb
      // besok"), or twice the half paid ("ambil rokok 2 slop, bayarnya separuh dulu, 57.500").
      const paidAndOwed = down?.rest != null ? down.paid + down.rest : down?.half ? down.paid * 2 : null;
      if (paidAndOwed !== null && one && one.total === null && one.unit_price === null) costs(one, paidAndOwed);
      // "bu tini beli beras 2 kg, baru bayar 20rb": with no total said, what was paid is what the goods cost.
      if (down?.soFar && !credit && frame.amount === null) {
        frame.amount = down.paid;
        if (one && one.total === null) costs(one, down.paid);
      }
      // "beli beras 5 kg 70rb, bayar 70rb dulu": all of it paid, so nothing is owed.
      const paidAll = down !== null && !credit && frame.amount !== null && down.paid >= frame.amount;
      frame.payment = credit || (down && !paidAll) ? 'credit' : paidBy;
      if (down && !paidAll) {
        frame.paid_now = down.paid;
        if (down.via && down.via !== 'cash') frame.paid_now_via = down.via;
      }
      // "bu rt ambil gula 2 kg sama telur 1 kg, dibayar separo": half now, half owed (the total is priced later).
      if (down === null && halfPaid.test(p.words.join(' '))) {
        frame.payment = 'credit';
        frame.paid_share = 0.5;
      }
      const share = p.split && down === null ? paidShare(p.split, frame.items) : null;
      if (share !== null) {
        frame.payment = 'credit';
        frame.paid_share = share;
      }
      if (frame.payment !== 'credit' && withTender(frame, p.tender)) {
        // "beli beras 5 kg, 50rb qris 20rb tunai": with no price said, the two parts are what the goods cost.
        const one = frame.items.length === 1 ? frame.items[0] : null;
        if (one && one.total === null && one.unit_price === null && frame.amount !== null) {
          one.total = frame.amount;
          if (one.qty) one.unit_price = round(frame.amount / one.qty);
        }
      }
      // "bayarnya pakai uang 50rb": the reply says the change (asked or not, it is what the owner counts out).
      if (intent === 'sale' && p.tendered !== null && frame.payment !== 'credit') frame.tendered = p.tendered;
      // "laku gula 2 kilo, bayar 50rb": the money paid, said last, is the total or a note handed over; the router tells which
      // by the catalogue (helpers' tries: four sales booked with the prices raised to fit the money handed over).
      // su "Kang Asep meser rinso 1 sareng sabun lifebuoy 2, mayar 50rb": several goods and all of it "paid" read as a down
      // payment of the whole (the note was shared over the goods, Rinso at Rp37.100).
      else if (intent === 'sale' && p.paidLast !== null && p.change === null && (p.down === null || (p.down.paid === p.paidLast && p.down.rest == null))
        && frame.payment !== 'credit' && frame.amount === p.paidLast) {
        frame.tendered = p.paidLast;
        // "rokok surya 2 bungkus seket, bayar satus ewu": goods priced in full for less than the money is a note handed over.
        const priced = frame.items.every((i) => i.total !== null) ? frame.items.reduce((s, i) => s + i.total!, 0) : null;
        if (priced !== null && priced > 0 && priced < p.paidLast) frame.amount = priced;
      }
      if (frame.items.length === 0 || frame.items.some((i) => i.product === '')) ask.push('product');
      if (frame.items.some((i) => i.qty === null)) ask.push('qty');
      if (frame.amount === null) ask.push('unit_price');
      break;
    }
    case 'expense': {
      Object.assign(frame, expenseMoney(drafts, items.monies, p.words, p.change));
      frame.counterparty = cp?.name ?? null;
      frame.payment = paidBy;
      withTender(frame, p.tender);
      if (frame.amount === null) ask.push('amount');
      break;
    }
    case 'debt_add': case 'debt_pay': {
      // "pak long bayar cepek": the word tables' Rp100 is no debt anyone pays or takes; asked, as a bare "100" is (the
      // answer, "100rb", comes after it in the message said again).
      frame.amount = firstMoney !== null && firstMoney < 1000 ? items.monies.find((m) => m >= 1000) ?? null : firstMoney;
      // "bayar utang pake duit 50rb, kembali 15rb": what was paid is the money less the change given back.
      if (intent === 'debt_pay' && p.change !== null && frame.amount !== null && frame.amount > p.change) frame.amount -= p.change;
      frame.counterparty = cp?.name ?? null;
      const self = p.words.some((w) => selfWords.has(w)) && !cp?.from;
      // "pinjam duit sama kak rina 500rb": a message opening with borrowing, no one before it, names the lender after
      // "sama" (Medan try: booked as Rina owing the warung, the cash going out of the drawer).
      const borrowsFrom = intent === 'debt_add' && cp !== null && borrowedFrom.test(p.words.join(' '));
      // "mbak sari minjem duit 100rb ke warung", "om jemmy pinjam doi di kita": the person named first borrowed from us
      // (helpers' tries: four loans booked as the warung owing, the cash into the drawer).
      const lendAt = p.words.findIndex((w) => lendVerbs.has(w));
      const nameAt = cp ? p.words.indexOf(cp.name.split(' ')[0]!) : -1;
      const borrowsFromUs = intent === 'debt_add' && nameAt >= 0 && lendAt > nameAt
        && p.words.some((w, i) => i > lendAt && fromUs.has(w) && selfWords.has(p.words[i + 1] ?? ''));
      // "ke"/"ka" with no person named ("ngutang ke bank") points at a lender too.
      const toLender = !cp && p.words.some((w) => w === 'ke' || w === 'ka' || lenderWords.has(w));
      // "ngutang ke saya": the shop lends; "dipinjemin pak rt": the person lends to the shop.
      const toSelf = p.words.some((w, i) => towardSelf.has(w) && selfWords.has(p.words[i + 1] ?? '') && p.words[i + 1] !== 'warung');
      const lent = p.words.some((w) => lentBy.has(w));
      // "kasih pinjam ke mang ujang 35rb", "pinjemin pak rt 100rb": the warung lends ("ke" named who got it, it was
      // read as the warung borrowing from him).
      const lends = p.words.some((w, i) => lendsOut.has(w) || (givingWords.has(w) && ['pinjam', 'pinjem', 'pinjaman', 'utangan', 'utang', 'hutang', 'hutangan'].includes(p.words[i + 1] ?? '')));
      frame.direction = toSelf || borrowsFromUs || (lends && !lent) ? 'receivable'
        // "ambil barang dari toko ko ahong belum bayar 500rb", "ngebon di agen pak joko": goods taken from a shop on credit
        // are owed by the warung (they were booked as Ko Ahong's debt, and paying him counted as money in).
        : (cp && (cp.toward || cp.shop || cp.atShop || (intent === 'debt_add' && cp.from))) || toLender || lent || borrowsFrom || (self && intent === 'debt_add') ? 'payable' : 'receivable';
      // "bayar utang sinar jaya 72rb": a bare name after paying may be the warung's supplier or a customer; the side with an
      // open debt tells (agents/finance/debts.ts). "receivable" found nothing owed by Sinar Jaya.
      if (intent === 'debt_pay' && cp?.afterPay && frame.direction === 'receivable' && !toSelf) frame.direction = null;
      if (intent === 'debt_pay' && p.warungPays) frame.direction = 'payable';
      // "pak harun pinjam uang 50rb", "kasbon duit 50rb": money itself lent (or borrowed) went through the drawer, said by
      // how it moved (cash unless a transfer is said); "bu ani ngutang 20rb" names no money moving (goods taken unsaid).
      if (intent === 'debt_add' && p.words.some((w) => moneyItself.has(w) || lendVerbs.has(w))) frame.cash_moved = paidBy === 'transfer' || paidBy === 'qris' ? paidBy : 'cash';
      frame.payment = intent === 'debt_add' ? 'credit' : paidBy;
      if (intent === 'debt_pay') withTender(frame, p.tender);
      // "lunas" pays what is open, "setengahnya" half of it: the debt agent reads the amount from the books.
      if (frame.amount === null && !(intent === 'debt_pay' && allOwed.test(p.words.join(' '))) && !p.words.some((w) => w === 'lunas' || (intent === 'debt_pay' && halfWords.has(w)))) ask.push('amount');
      if (frame.counterparty === null) ask.push('counterparty');
      break;
    }
    case 'stock_out': {
      // "kasih bonus permen 5 biji ke anak-anak": who got the goods is no goods of its own.
      const counted = drafts.filter((d) => d.qty !== null);
      const gift = givenAway.test(p.words.join(' '));
      frame.items = (gift && counted.length > 0 ? counted : drafts).map((d) => bare(d));
      // Goods the family takes: the stock agent says so instead of "damaged or lost".
      if (read.ownUse) frame.category = 'pribadi';
      else if (gift) frame.category = 'gratis';
      if (frame.items.length === 0) ask.push('product');
      else if (frame.items.some((i) => i.qty === null)) ask.push('qty');
      break;
    }
    case 'stock_in': case 'stock_set': {
      // "kopi kapal api mau habis, tinggal 3 sachet": the count left is the count, not "habis" (0).
      const left = items.drafts.filter((d) => d.name.length === 0 && d.qty !== null);
      if (drafts.length === 1 && drafts[0].qty === null && left.length === 1 && p.words.some((w) => cues.stockLeft.has(w))) {
        drafts[0].qty = left[0].qty;
        drafts[0].unit = left[0].unit;
      }
      const out = intent === 'stock_set' && p.words.some((w) => cues.stockOut.has(w));
      // "stok awal indomie 40 bks modal 2800": goods in at their cost keep it (the average cost starts there).
      frame.items = drafts.map((d) => intent === 'stock_in' && (d.unitPrice !== null || d.total !== null) ? priced(d) : bare(d, d.qty ?? (out ? 0 : null)));
      frame.counterparty = intent === 'stock_in' ? cp?.name ?? null : null;
      if (frame.items.length === 0) ask.push('product');
      else if (frame.items.some((i) => i.qty === null)) ask.push('qty');
      break;
    }
    case 'stock_check': case 'market_price': case 'report':
      // "stok minyak sania 2 liter berapa": a size said names which goods (the router finds the 2 L bottle by it).
      frame.items = named.map((d) => bare(d, intent === 'stock_check' && d.unit !== null && sizeUnits.has(d.unit) ? d.qty : null));
      if (intent === 'report' && when.range && when.period === null) frame.range = when.range;
      else if (intent === 'report') {
        // "rata2 sehari laku berapa": an average over today alone says nothing, so it is this month's.
        frame.period = when.period ?? (p.words.includes('ratarata') ? 'this_month' : 'today');
        if (when.periods.length > 1) frame.more_periods = when.periods.filter((x) => x !== frame.period);
      }
      else if (frame.items.length === 0) ask.push('product');
      break;
    case 'price_set': {
      // "regane 17500 sekilo" names no goods: asked for, never a product called "".
      frame.items = named.map((d) => ({ ...bare(d, null), unit_price: d.unitPrice ?? d.total ?? null }));
      if (frame.items.length === 1 && frame.items[0].unit_price === null) frame.items[0].unit_price = firstMoney;
      if (frame.items.length === 0) ask.push('product');
      else if (frame.items.some((i) => i.unit_price === null)) ask.push('unit_price');
      break;
    }
    case 'negotiate': {
      // "sebelum jumat", "paling lambat jam 5", "butuh besok": when it is needed, not goods (agents/negotiation reads it).
      frame.items = drafts.filter((d) => !d.name.every((w) => deadlineWords.has(w))).map((d) => bare(d));
      frame.counterparty = cp?.name ?? null;
      const c = items.ceiling;
      // "cariin telur 10 kg maks 270rb ke toko makmur dan sinar jaya": a stray word of a supplier's name ("jaya") counts
      // nothing, so the one counted item still shares the ceiling out (a helper's haggle had a limit of Rp270.000/kg).
      const counted = frame.items.filter((i) => i.qty !== null);
      const qty = counted.length === 1 && frame.items.every((i) => i.qty !== null || (i.unit === null && i.total === null)) ? counted[0]!.qty : null;
      if (c) frame.max_unit_price = c.perUnit || !qty ? c.value : c.totalMarked || qty > 1 ? round(c.value / qty) : c.value;
      if (c && !c.perUnit && !c.totalMarked && qty && qty > 1) frame.max_unmarked = c.value;
      if (frame.items.length === 0) ask.push('product');
      if (frame.max_unit_price === null) ask.push('max_unit_price');
      break;
    }
    case 'debt_query':
      frame.counterparty = cp?.name ?? null;
      frame.direction = shopOwes.test(p.words.join(' ')) || (cp !== null && cp.toward) ? 'payable' : 'receivable';
      frame.date = null;
      break;
    case 'debt_remind':
      frame.counterparty = cp?.name ?? null;
      frame.amount = firstMoney;
      frame.date = null;
      if (frame.counterparty === null) ask.push('counterparty');
      break;
    case 'entries':
      frame.period = when.period ?? 'today';
      frame.date = null;
      break;
    case 'promo':
      frame.items = named.map((d) => bare(d, null));
      frame.period = when.period;
      frame.date = null;
      break;
    case 'undo': {
      // The details that identify the entry to void: goods, money, a bill's category, the person, or its number.
      // Goods that are also expense words ("gas", "bensin") stay goods.
      const billWord = (w: string) => expenseCategoryWords[w] !== undefined && !expenseGoods.has(w);
      const bill = p.words.find(billWord);
      frame.items = named.filter((d) => !(d.name.length === 1 && billWord(d.name[0]))).map((d) => bare(d));
      frame.amount = firstMoney;
      frame.category = bill === undefined ? null : expenseCategoryWords[bill];
      frame.counterparty = cp?.name ?? null;
      // "kedobelan, hapus 1": one of the two entries sent twice (the last), not entry number 1.
      const doubled = p.words.some((w) => doubleWords.has(w));
      const numbered = named.length === 0 && firstMoney === null && !doubled ? items.drafts.find((d) => d.qty !== null && d.unit === null) : undefined;
      if (numbered && Number.isInteger(numbered.qty) && numbered.qty! >= 1 && numbered.qty! < 1000) frame.target = numbered.qty;
      const ordinal = p.words.find((w) => ordinalWords[w] !== undefined);
      if (ordinal !== undefined && named.length === 0) frame.target = ordinalWords[ordinal];
      break;
    }
    case 'unknown':
      ask.push('intent');
      frame.date = null;
      break;
    default:
      frame.date = null;
  }
  frame.amount = rp(frame.amount);
  frame.max_unit_price = rp(frame.max_unit_price);
  if (frame.max_unmarked != null) frame.max_unmarked = rp(frame.max_unmarked);
  frame.confidence = Math.max(0.05, Math.min(0.99, read.sure - 0.15 * ask.length - (p.truncated ? 0.3 : 0)));
  frame.confidence = Math.round(frame.confidence * 100) / 100;
  return frame;
}
