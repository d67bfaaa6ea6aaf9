// The short form of a held-out style case, read by ../heldout-style.test.ts.
export type Want = { amount?: number | null; cp?: string | null; direction?: string | null; category?: string | null;
  date?: string | null; period?: string | null; max?: number | null; payment?: string | null };
// [text, items "product|qty|unit|unit_price|total; ..." ("-" = null, "" = no items), rest of the frame].
export type Case = [string, string, Want?];

/** Goods or money taken on credit. */
export const credit = { payment: 'credit' };
