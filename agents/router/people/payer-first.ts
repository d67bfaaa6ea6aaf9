// "kevin tf 50rb", "kevin transfer 50rb buat bayar utang": a customer who owes, named first with no title, paying. The
// parser knows no names without a title, so it read a sale of a new product "Kevin" (a helper's try: "ya" booked a
// Rp50.000 sale and his debt stayed; "ani tf 30rb" sold a Rinso Anti Noda) or a payment by nobody ("Atas nama siapa?"). Only
// a name that is exactly a customer's is taken; one with no open tab is told so, like any payment.
import type { Frame } from '../../../core/frame.ts';
import { normalizeText } from '../../language/normalize.ts';
import type { Env } from '../env.ts';
import { findContact } from './contacts.ts';
import { readAmount } from '../answers.ts';

const transferWords = new Set(['tf', 'trf', 'transfer', 'transferan', 'transper']);
const payWords = new Set([...transferWords, 'qris', 'bayar', 'byr', 'bayarin', 'nyicil', 'cicil', 'setor', 'nyaur', 'mbayar', 'mayar', 'lunasin', 'ngelunasin']);

/** The frame as a payment of the named customer's debt, or the frame unchanged. */
export async function payerFirst(env: Env, frame: Frame): Promise<Frame> {
  const item = frame.items[0];
  const goodsless = (frame.intent === 'debt_pay' || frame.intent === 'unknown') && frame.counterparty == null && frame.items.length === 0;
  const nameAsGoods = frame.intent === 'sale' && frame.items.length === 1 && item!.qty == null && (frame.payment === 'transfer' || frame.payment === 'qris');
  if (!goodsless && !nameAsGoods) return frame;
  const words = normalizeText(env.text).split(/\s+/);
  const at = words.findIndex((w) => payWords.has(w));
  if (at < 1 || at > 3 || words.slice(0, at).some((w) => !/^\p{L}{2,}$/u.test(w))) return frame;
  // "mama yuli tf 30rb" was no frame at all: the money after the pay word.
  const rest = words.slice(at + 1).join(' ');
  const moneyOnly = /^(?:rp\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta)?(?:\s+(?:qris|tf|transfer|ya|kak|aja))?$/.test(rest);
  const amount = frame.amount ?? item?.total ?? (frame.intent === 'unknown' && moneyOnly ? readAmount(rest) : null);
  if (amount == null || amount <= 0) return frame;
  const name = words.slice(0, at).join(' ');
  if (nameAsGoods && item!.product.toLowerCase() !== name) return frame;
  const found = await findContact(env.tx, env.agentCtx.tenant.id, name, 'customer');
  if (found.kind !== 'found' || found.person?.kind !== 'customer') return frame;
  const payment = frame.payment ?? (words.includes('qris') ? 'qris' : words.some((w) => transferWords.has(w)) ? 'transfer' : null);
  return { ...frame, intent: 'debt_pay', items: [], amount, counterparty: found.person.name, direction: 'receivable', payment };
}
