// A warung's city → its regency, province and time zone, from the official area codes (the
// idn-area-data package: every province and regency of Kemendagri's list). The regency and province
// pick the price regions; the province picks the zone. Ambiguous or unknown → the caller asks.
//   WIB (UTC+7): Sumatra, Java, West and Central Kalimantan. WITA (UTC+8): Bali, Nusa Tenggara,
//   South/East/North Kalimantan, Sulawesi. WIT (UTC+9): Maluku and Papua.
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import type { TenantZone } from '../../../core/format.ts';
import { wordTable } from '../../../core/word-table.ts';

export interface Regency { code: string; name: string; province: string; provinceCode: string; zone: TenantZone; isCity: boolean }

export type CityResolution =
  | { kind: 'found'; regency: string; province: string; code: string; zone: TenantZone }
  | { kind: 'ambiguous'; choices: string[] }
  | { kind: 'province'; province: string; zone: TenantZone }
  | { kind: 'unknown' };

const witaProvinces = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const witProvinces = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

export function zoneOfProvince(code: string): TenantZone {
  return witaProvinces.has(code) ? 'Asia/Makassar' : witProvinces.has(code) ? 'Asia/Jayapura' : 'Asia/Jakarta';
}

// What people call places that the official list spells otherwise.
const regencyAliases: Record<string, string> = wordTable({
  jogja: '34.71', yogya: '34.71', jogjakarta: '34.71', yogyakarta: '34.71', solo: '33.72', ujungpandang: '73.71',
  jaksel: '31.74', jakpus: '31.71', jakbar: '31.73', jaktim: '31.75', jakut: '31.72', tangsel: '36.74', denpasar: '51.71',
});
const provinceAliases: Record<string, string> = wordTable({
  aceh: '11', sumut: '12', sumbar: '13', sumsel: '16', babel: '19', kepri: '21', dki: '31', jabar: '32', jateng: '33',
  diy: '34', jatim: '35', ntb: '52', ntt: '53', kalbar: '61', kalteng: '62', kalsel: '63', kaltim: '64', kaltara: '65',
  sulut: '71', sulteng: '72', sulsel: '73', sultra: '74', sulbar: '76', malut: '82', papuabarat: '92',
});

/** Lower-case words without punctuation ("Bau-Bau" → "bau bau"). */
export function normalizePlace(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
}
const compact = (words: string[]) => words.join('');
const baseName = (name: string) => name.replace(/^(Kabupaten|Kota)\s+(Administrasi\s+)?/, '');

interface Areas { regencies: Map<string, Regency[]>; byCode: Map<string, Regency>; provinces: Map<string, { code: string; name: string }>; districts: Map<string, string[]> }
let areas: Promise<Areas> | null = null;

function load(): Promise<Areas> {
  areas ??= (async () => {
    const provinces = await getProvinces();
    const provName = new Map(provinces.map((p) => [p.code, p.name]));
    const regencies = new Map<string, Regency[]>();
    const byCode = new Map<string, Regency>();
    for (const r of await getRegencies()) {
      const reg: Regency = { code: r.code, name: r.name, province: provName.get(r.province_code) ?? '', provinceCode: r.province_code, zone: zoneOfProvince(r.province_code), isCity: r.name.startsWith('Kota') };
      const key = compact(normalizePlace(baseName(r.name)));
      regencies.set(key, [...(regencies.get(key) ?? []), reg]);
      byCode.set(r.code, reg);
    }
    for (const [alias, code] of Object.entries(regencyAliases)) regencies.set(alias, [byCode.get(code)!]);
    const provMap = new Map(provinces.map((p) => [compact(normalizePlace(p.name)), p]));
    for (const [alias, code] of Object.entries(provinceAliases)) provMap.set(alias, { code, name: provName.get(code)! });
    const districts = new Map<string, string[]>();
    for (const d of await getDistricts()) {
      const key = compact(normalizePlace(d.name));
      districts.set(key, [...(districts.get(key) ?? []), d.regency_code]);
    }
    return { regencies, byCode, provinces: provMap, districts };
  })();
  return areas;
}

const kindWords = new Set(['kota', 'kab', 'kabupaten', 'administrasi', 'adm']);
const fillers = new Set(['di', 'dari', 'daerah', 'provinsi', 'prov', 'propinsi', 'warung', 'saya', 'kami', 'kak', 'ya', 'aja']);

/** Longest run of words (up to 5) whose compact form is a key of `index`; runs may not overlap kind words. */
function longestSpan<T>(words: string[], index: Map<string, T>): { value: T; from: number; to: number } | null {
  let best: { value: T; from: number; to: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + 5); j++) {
      const value = index.get(compact(words.slice(i, j)));
      if (value !== undefined && (!best || j - i > best.to - best.from)) best = { value, from: i, to: j };
    }
  }
  return best;
}

export async function resolveCity(text: string): Promise<CityResolution> {
  const a = await load();
  const all = normalizePlace(text);
  const wantsCity = all.includes('kota') ? true : all.some((w) => w === 'kab' || w === 'kabupaten') ? false : null;
  const words = all.filter((w) => !kindWords.has(w) && !fillers.has(w));
  if (words.length === 0) return { kind: 'unknown' };
  const reg = longestSpan(words, a.regencies);
  const rest = reg ? [...words.slice(0, reg.from), ...words.slice(reg.to)] : words;
  const prov = longestSpan(rest, a.provinces) ?? (reg ? null : longestSpan(words, a.provinces));
  if (!reg) {
    if (prov) return { kind: 'province', province: prov.value.name, zone: zoneOfProvince(prov.value.code) };
    const district = a.districts.get(compact(words));
    const codes = [...new Set(district ?? [])];
    return codes.length === 1 ? found(a.byCode.get(codes[0])!) : codes.length > 1 ? ambiguous(codes.map((c) => a.byCode.get(c)!)) : { kind: 'unknown' };
  }
  let cands = reg.value;
  if (prov) cands = cands.filter((c) => c.provinceCode === prov.value.code);
  if (wantsCity !== null && cands.some((c) => c.isCity === wantsCity)) cands = cands.filter((c) => c.isCity === wantsCity);
  if (cands.length === 1) return found(cands[0]);
  // "Bandung" alone: Kota and Kabupaten Bandung share the province and the zone; a name without
  // "kabupaten" means the city, as people say it.
  const oneProvince = new Set(cands.map((c) => c.provinceCode)).size === 1;
  const cities = cands.filter((c) => c.isCity);
  if (cands.length > 1 && oneProvince && cities.length === 1 && wantsCity === null) return found(cities[0]);
  return cands.length ? ambiguous(cands) : { kind: 'unknown' };
}

const found = (r: Regency): CityResolution => ({ kind: 'found', regency: r.name, province: r.province, code: r.code, zone: r.zone });
const ambiguous = (rs: Regency[]): CityResolution => ({ kind: 'ambiguous', choices: rs.map((r) => `${r.name} (${r.province})`) });
