// The costing rule (supabase/README.md "Costing") as pure functions, mirroring internal.stock_value,
// internal.avg_after_inflow and internal.avg_after_removal. Levels in QTY units, averages in AVG units,
// money in rupiah; null average = cost unknown.
import { roundDiv, VAL } from './num.ts';

/** Value on hand in rupiah: round(avg × level); 0 while the average is unknown. */
export function stockValue(avg: bigint | null, level: bigint): bigint {
  return avg === null ? 0n : roundDiv(avg * level, VAL);
}

/**
 * Average after `qty` comes in for `value` (in VAL units, i.e. rupiah × 1e7): mixes with stock on hand;
 * goods sold short are filled first and the rest of the delivery sets the average; still short → unchanged.
 */
export function avgAfterInflow(level: bigint, avg: bigint | null, qty: bigint, value: bigint): bigint {
  if (avg === null) return roundDiv(value, qty);
  if (level >= 0n) return roundDiv(avg * level + value, level + qty);
  if (level + qty > 0n) return roundDiv(value, qty);
  return avg;
}

/** Clamp into [lo, hi]; a missing bound does not clamp (like greatest/least skipping NULL). */
export function clamp(x: bigint, lo: bigint | null, hi: bigint | null): bigint {
  let r = x;
  if (hi !== null && r > hi) r = hi;
  if (lo !== null && r < lo) r = lo;
  return r;
}

/** Average after goods that came in for `cost` rupiah are taken back, kept within the costs still counted. */
export function avgAfterRemoval(level: bigint, avg: bigint | null, qty: bigint, cost: bigint, lo: bigint | null, hi: bigint | null): bigint | null {
  if (avg === null || lo === null) return avg;
  const rest = level - qty;
  const raw = rest > 0n ? roundDiv(avg * level - cost * VAL, rest) : avg;
  return clamp(raw, lo, hi);
}
