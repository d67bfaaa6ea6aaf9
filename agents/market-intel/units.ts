// Price units as the panels publish them ("Rp./Kg", "Rp/kg", "Rp./Liter", "Rp/Lt") → our units.
import { wordTable } from '../../core/word-table.ts';
export type PriceUnit = 'kg' | 'liter';

const units: Record<string, PriceUnit> = wordTable({ kg: 'kg', kilo: 'kg', kilogram: 'kg', l: 'liter', lt: 'liter', ltr: 'liter', liter: 'liter', litre: 'liter' });

/** The unit a price is per, or null when the text is not one we know. */
export function priceUnit(text: string): PriceUnit | null {
  const t = text.toLowerCase().replace(/\s+/g, '').replace(/^rp\.?\/?\.?/, '').replace(/^\//, '').replace(/^per/, '');
  return units[t] ?? null;
}
