// "salah, harusnya 5 bukan 3" re-books the last event with the change (the old one is voided in the
// same transaction, right before the new booking).
import type { Frame, FrameItem } from '../../core/frame.ts';
import { readAmount, type Correction } from './answers.ts';
import { proceed } from './book.ts';
import type { Env } from './env.ts';
import type { BookedEvent, Reply, ResolvedFrame } from './types.ts';
import { nothingToUndoText } from './undo.ts';

export async function correctLast(env: Env, last: BookedEvent | null, c: Correction): Promise<Reply[]> {
  if (!last) return [{ text: nothingToUndoText }];
  const frame = applyCorrection(last.frame, c);
  if (!frame) {
    return [{ text: 'Maaf Kak, bagian mana yang salah? Contoh: "salah, harusnya 5 bukan 3". Atau ketik "batal" lalu kirim ulang.' }];
  }
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last });
}

/** The booked frame as said again, with the correction applied; null when the change is not understood. */
export function applyCorrection(booked: ResolvedFrame, c: Correction): Frame | null {
  const { items: resolvedItems, contactId: _c, ...rest } = booked;
  const items: FrameItem[] = resolvedItems.map((i) => ({ product: i.name, qty: i.qty, unit: i.unit, unit_price: i.unitPrice, total: i.total }));
  const frame: Frame = { ...rest, items };
  const to = readAmount(c.to);
  const from = c.from == null ? null : readAmount(c.from);
  if (to == null) {
    // A different product: "salah, harusnya indomie soto". Its unit and price come from its own
    // catalogue entry; only the quantity carries over.
    if (items.length !== 1 || /\d/.test(c.to)) return null;
    items[0] = { product: c.to, qty: items[0].qty, unit: null, unit_price: null, total: null };
    frame.amount = null;
    return frame;
  }
  if (!items.length) {
    if (from != null && from !== frame.amount) return null;
    return { ...frame, amount: to };
  }
  const hit = findField(items, from, to);
  if (!hit) return null;
  const it = items[hit.index];
  if (hit.field === 'qty') items[hit.index] = { ...it, qty: to, total: it.unit_price != null ? Math.round(it.unit_price * to) : null };
  if (hit.field === 'unit_price') items[hit.index] = { ...it, unit_price: to, total: it.qty != null ? Math.round(to * it.qty) : null };
  if (hit.field === 'total') items[hit.index] = { ...it, total: to, unit_price: it.qty ? Math.round(to / it.qty) : null };
  frame.amount = items.every((i) => i.total != null) ? items.reduce((s, i) => s + (i.total ?? 0), 0) : frame.amount;
  return frame;
}

type Field = 'qty' | 'unit_price' | 'total';

function findField(items: FrameItem[], from: number | null, to: number): { index: number; field: Field } | null {
  const fields: Field[] = ['qty', 'unit_price', 'total'];
  if (from != null) {
    for (const field of fields) {
      const index = items.findIndex((i) => i[field] === from);
      if (index >= 0) return { index, field };
    }
    return null;
  }
  if (items.length !== 1) return null;
  const it = items[0];
  // Without "bukan …": a small number is a quantity; otherwise the closer of unit price and total.
  if (to < 1000) return { index: 0, field: 'qty' };
  const dist = (x: number | null) => (x ? Math.abs(Math.log(to / x)) : Infinity);
  return { index: 0, field: dist(it.unit_price) <= dist(it.total) ? 'unit_price' : 'total' };
}
