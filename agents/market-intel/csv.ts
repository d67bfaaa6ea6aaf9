// The Bapanas panel export (agents/market-intel/data/*.csv, ../shared/market/README.md): one row per
// day and commodity. Pure: text in, rows and per-line problems out. 0 means no price that day.
import { priceUnit, type PriceUnit } from './units.ts';

export interface OfficialRow { line: number; date: string; bapanasId: number | null; commodity: string; unit: PriceUnit; price: number }
export interface BadRow { line: number; reason: string }
export interface ParsedCsv { rows: OfficialRow[]; noData: number; bad: BadRow[] }

/** What we know of a commodity: its official unit, by name and by Bapanas id. */
export interface CommodityRef { name: string; unit: PriceUnit; bapanasId: number | null }

const required = ['Timestamp', 'ID', 'Komoditas', 'Satuan', 'Harga'] as const;

/** Splits one CSV line; fields may be double-quoted ("a, b" and "" inside quotes). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out.map((f) => f.trim());
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseBapanasCsv(text: string, commodities: CommodityRef[]): ParsedCsv {
  const byName = new Map(commodities.map((c) => [c.name.toLowerCase(), c]));
  const byId = new Map(commodities.filter((c) => c.bapanasId != null).map((c) => [c.bapanasId!, c]));
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const col = Object.fromEntries(required.map((h) => [h, header.indexOf(h)])) as Record<(typeof required)[number], number>;
  const missing = required.filter((h) => col[h] < 0);
  if (missing.length) return { rows: [], noData: 0, bad: [{ line: 1, reason: `header lacks ${missing.join(', ')}` }] };
  const result: ParsedCsv = { rows: [], noData: 0, bad: [] };
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    if (!lines[i].trim()) continue;
    const f = splitCsvLine(lines[i]);
    const bad = (reason: string) => result.bad.push({ line, reason });
    if (f.length < header.length) { bad(`expected ${header.length} fields, got ${f.length}`); continue; }
    const date = f[col.Timestamp];
    if (!validDate(date)) { bad(`bad date "${date}"`); continue; }
    const id = /^\d+$/.test(f[col.ID]) ? Number(f[col.ID]) : null;
    const ref = byName.get(f[col.Komoditas].toLowerCase()) ?? (id != null ? byId.get(id) : undefined);
    if (!ref) { bad(`unknown commodity "${f[col.Komoditas]}"`); continue; }
    const unit = priceUnit(f[col.Satuan]);
    if (!unit) { bad(`unknown unit "${f[col.Satuan]}"`); continue; }
    if (unit !== ref.unit) { bad(`unit ${unit} but ${ref.name} is priced per ${ref.unit}`); continue; }
    const raw = f[col.Harga].replace(/^rp\.?\s*/i, '');
    if (!/^\d+(\.\d+)?$/.test(raw)) { bad(`bad price "${f[col.Harga]}"`); continue; }
    const price = Math.round(Number(raw));
    if (price === 0) { result.noData++; continue; }
    result.rows.push({ line, date, bapanasId: ref.bapanasId, commodity: ref.name, unit, price });
  }
  return result;
}
