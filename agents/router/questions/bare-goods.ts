// "indomie 2", "gula setengah kilo", "aqua 2 botol, indomie goreng 2 bks": goods counted with no verb. At the counter
// that is what was sold (helpers' cashiers typed a third of their sales so, and each got "saya belum paham"); a cashier
// only sells, so it is booked as a sale, and the owner is asked once.
import { formatQty } from '../../../core/format.ts';
import type { ParseResult } from '../../../core/frame.ts';
import type { Pending, Work } from '../state-schema.ts';
import type { Env } from '../env.ts';
import type { BookedEvent } from '../types.ts';
import { possessive } from '../corrections/said-items.ts';
import { isCompleteRequest, parseHere } from './interrupt.ts';

/** The message read as a sale when it is only counted goods, else null. */
export function bareSale(env: Env): ParseResult | null {
  const text = env.text.trim();
  if (text.includes('?') || text.length > 120) return null;
  const r = parseHere(env, `laku ${text}`);
  if (r.intent !== 'sale' || r.items.length === 0 || r.counterparty || r.items.some((i) => i.qty == null || !i.product.trim())) return null;
  return isCompleteRequest(r) ? r : null;
}

/** "Dijual Indomie 2, Aqua 2 botol?": the goods as said, for the owner's yes. */
export function bareSaleQuestion(r: Pick<ParseResult, 'items'>): string {
  const goods = r.items.map((i) => `${i.product} ${formatQty(i.qty ?? 0)}${i.unit ? ` ${i.unit}` : ''}`).join(', ');
  return `Dicatat sebagai penjualan ${goods}, Kak? Balas *ya*, atau tulis lengkap (misalnya "beli …" kalau kulakan).`;
}

/** The held goods corrected, asked again. */
export const heldAgainQuestion = (work: Work) => bareSaleQuestion(work.frame);

/**
 * The message held by "Dicatat sebagai penjualan …?" as a draft, so a correction of it ("eh lepat, ngan 3 wungkul") changes it
 * (a corrections try: the purchase booked before it was changed instead). Other questions are themselves.
 */
export function heldDraft(env: Env, p: Pending): Pending {
  if (p.kind !== 'reparse') return p;
  const { confidence: _c, ask: _a, ...frame } = parseHere(env, p.text);
  if (frame.intent !== 'sale' || frame.items.length === 0) return p;
  return { kind: 'confirm_book', work: { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: null } };
}

/** Whether goods of the bare sale are the last entry's, named with a possessive ("teh pucuknya", jv "gulane"). */
export function namesLastGoods(sale: ParseResult, last: BookedEvent | null): boolean {
  if (!last || last.kind !== 'transaction' || !last.frame.items.length) return false;
  const words = new Set(last.frame.items.flatMap((i) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/\s+/)));
  return sale.items.some((i) => i.product.toLowerCase().split(/\s+/).some((w) => {
    const stem = possessive.exec(w)?.[1];
    return stem !== undefined && !words.has(w) && words.has(stem);
  }));
}

export const lastGoodsAgainText = 'Mau mengubah catatan tadi, Kak? Tulis satu per satu, misalnya "salah, aqua 2 bukan 3", atau ketik "batal" lalu kirim ulang.';
