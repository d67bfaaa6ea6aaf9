// "pembeli tadi bayar pake qris" right after a sale: the last sale or purchase was paid another way.
// It is re-booked with that payment like any correction (the old one voided in the same transaction).
// A credit sale is left alone: paying a tab is a debt payment, not a correction.
import { readPaymentOnly } from '../../language/index.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { asSaid } from './correct.ts';

type Paid = 'cash' | 'qris' | 'transfer';
const paidName: Record<Paid, string> = { cash: 'tunai', qris: 'QRIS', transfer: 'transfer' };

/** The payment a message sets on the last booking; null when it says more, or the booking cannot take it. */
export function readPaymentFix(text: string, last: BookedEvent | null): Paid | null {
  const f = last?.frame;
  if (!f || last.kind !== 'transaction' || (f.intent !== 'sale' && f.intent !== 'purchase') || f.payment === 'credit') return null;
  // Owner try: "yang aqua harusnya qris" right after the Aqua sale got the help text: the booking's own goods
  // named back say which entry, nothing more.
  const own = new Set(f.items.flatMap((i) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3));
  return readPaymentOnly(text.split(/\s+/).filter((w) => !own.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))).join(' '));
}

export async function correctPayment(env: Env, last: BookedEvent, payment: Paid): Promise<Reply[]> {
  const { items, contactId: _c, ...rest } = last.frame;
  if ((rest.payment ?? 'cash') === payment) {
    return [{ text: `Sudah tercatat dibayar ${paidName[payment]}, Kak: ${last.summary}.` }];
  }
  const frame = { ...rest, items: items.map(asSaid), payment };
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last });
}

