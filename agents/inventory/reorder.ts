// Reorder rules. Pure: the agent reads the numbers, these decide.
import { formatQty } from '../../core/format.ts';

export const VELOCITY_DAYS = 14;
export const DEFAULT_LEAD_DAYS = 2;

/** Average units sold per day over the look-back window. */
export function dailyVelocity(soldInWindow: number, days = VELOCITY_DAYS): number {
  return soldInWindow > 0 ? soldInWindow / days : 0;
}

/**
 * The reorder point learned from sales when the owner set none: daily velocity × lead time, rounded up
 * to a whole unit so a slow seller still warns before it runs out. Null when nothing sold (no basis).
 * SQL's internal.learned_reorder_points (the "Stok menipis" lists) is the same rule; supabase/tests/low-stock.test.ts holds them equal.
 */
export function learnedReorderPoint(soldInWindow: number, leadTimeDays: number | null): number | null {
  const v = dailyVelocity(soldInWindow);
  if (v === 0) return null;
  return Math.max(0, Math.ceil(v * (leadTimeDays ?? DEFAULT_LEAD_DAYS) - 1e-9));
}

/** Alert when the level is at or below the point and no alert is outstanding for this product. */
export function shouldAlert(level: number, point: number | null, alertOutstanding: boolean): boolean {
  return point !== null && level <= point && !alertOutstanding;
}

export function reorderAlertText(p: { name: string; unit: string; level: number; point: number; velocity: number }): string {
  const perDay = p.velocity > 0 ? ` Rata-rata laku ${formatQty(Math.round(p.velocity * 10) / 10)} ${p.unit}/hari.` : '';
  return `⚠️ Stok ${p.name} tinggal ${formatQty(p.level)} ${p.unit} (batas pesan ulang ${formatQty(p.point)} ${p.unit}).${perDay} Sudah waktunya kulakan, Kak.`;
}
