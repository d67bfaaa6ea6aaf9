// Fixed-point integers that reproduce PostgreSQL numeric arithmetic exactly: quantities in thousandths
// of a base unit (numeric(14,3)), averages in ten-thousandths of a rupiah (numeric(14,4)), money in
// whole rupiah. PostgreSQL's round() rounds halves away from zero; so does roundDiv.

export const QTY = 1000n; // qty 1.5 kg → 1500n
export const AVG = 10_000n; // avg Rp3.100,5 → 31_005_000n
/** Value scale of avg × qty: 1e-7 rupiah. */
export const VAL = QTY * AVG;

/** n / d rounded half away from zero (d ≠ 0). */
export function roundDiv(n: bigint, d: bigint): bigint {
  if (d < 0n) return roundDiv(-n, -d);
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

/** A decimal number as fixed point at the given scale (exact for values with at most that many decimals). */
export function fixed(x: number, scale: bigint): bigint {
  return BigInt(Math.round(x * Number(scale)));
}

export const toNumber = (x: bigint, scale: bigint): number => Number(x) / Number(scale);

export const minBig = (a: bigint, b: bigint) => (a < b ? a : b);
export const maxBig = (a: bigint, b: bigint) => (a > b ? a : b);
