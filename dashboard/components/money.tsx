// Money, quantities, dates and changes as Indonesians read them (formatting from core/format).
import { formatQty, formatRupiah } from '../../core/format.ts';
import { percentChange } from '../lib/ranges.ts';

export const Rp = ({ value }: { value: number }) => <>{formatRupiah(value)}</>;
export const Qty = ({ value, unit }: { value: number; unit?: string | null }) => <>{formatQty(value)}{unit ? ` ${unit}` : ''}</>;

export function Delta({ current, previous, versus }: { current: number; previous: number; versus: string }) {
  const pct = percentChange(current, previous);
  if (pct === null) return <span className="delta flat">{versus}: belum ada</span>;
  const cls = pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat';
  return <span className={`delta ${cls}`}>{pct > 0 ? '▲' : pct < 0 ? '▼' : '='}{Math.abs(pct)}% vs {versus}</span>;
}
