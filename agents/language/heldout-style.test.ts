import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import type { Case } from './heldout-style/case.ts';
import { expense, debtAdd, debtPay } from './heldout-style/money.ts';
import { priceSet, stockCheck, stockIn, stockSet } from './heldout-style/stock.ts';
import { debtQuery, help, greeting, marketPrice, negotiate, report, undo, unknown } from './heldout-style/talk.ts';
import { purchase, sale } from './heldout-style/trade.ts';

// Messages written fresh for this file, in the way owners type and voice notes come out, each with the whole
// frame expected by FRAME.md and its conventions. None is in the corpus: they check that the rules generalise.
// Clock: Saturday 21 November 2026, 10:00 WIB.
const now = new Date('2026-11-21T10:00:00+07:00');

export const groups: Record<string, Case[]> = {
  sale, purchase, expense, debt_add: debtAdd, debt_pay: debtPay, stock_check: stockCheck, stock_in: stockIn,
  stock_set: stockSet, price_set: priceSet, report, debt_query: debtQuery, negotiate, market_price: marketPrice, undo, help, greeting, unknown,
};

const cell = (v: string) => (v === '-' ? null : /^\d+(\.\d+)?$/.test(v) ? Number(v) : v);
const sumOr = (xs: (number | null)[]) => (xs.length > 0 && xs.every((x) => x !== null) ? xs.reduce((a, b) => a! + b!, 0) : null);

/** The frame FRAME.md asks for, from a case's short form. */
export function expected(intent: string, [, items, w = {}]: Case) {
  const list = items === '' ? [] : items.split('; ').map((s) => {
    const [product, qty, unit, unitPrice, total] = s.split('|');
    return { product, qty: cell(qty), unit: cell(unit), unit_price: cell(unitPrice), total: cell(total) };
  });
  const trade = intent === 'sale' || intent === 'purchase';
  return {
    intent, items: list,
    amount: w.amount !== undefined ? w.amount : trade ? sumOr(list.map((i) => i.total as number | null)) : null,
    counterparty: w.cp ?? null, direction: w.direction ?? null, category: w.category ?? null, date: w.date ?? null,
    period: w.period ?? null, max_unit_price: w.max ?? null, payment: w.payment ?? null,
  };
}

/** The same keys from the parser. */
export function actual(text: string) {
  const f = parse(text, { now, offsetMinutes: 420 });
  return {
    intent: f.intent, items: f.items.map((i) => ({ product: i.product, qty: i.qty, unit: i.unit, unit_price: i.unit_price, total: i.total })),
    amount: f.amount, counterparty: f.counterparty, direction: f.direction, category: f.category, date: f.date,
    period: f.period, max_unit_price: f.max_unit_price, payment: f.payment,
  };
}

for (const [intent, cases] of Object.entries(groups)) {
  describe(`held-out style: ${intent}`, () => {
    it.each(cases)('%s', (...c) => {
      const tuple = c as unknown as Case;
      expect(actual(tuple[0])).toEqual(expected(intent, tuple));
    });
  });
}
