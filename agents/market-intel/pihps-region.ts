// Which PIHPS region a warung's prices come from. PIHPS numbers its provinces and regencies its own
// way (Jawa Tengah is 14 there, 33 in Kemendagri's codes), so the ids are looked up by name in its own
// reference lists (GetRefProvince, GetRefRegency per price type) and matched with the official names
// that region.ts gives (idn-area-data). Only an exact match of the normalised name counts: a wrong
// city's prices are worse than the province's, so no match → the province; no province → nothing.
import { z } from 'zod';
import { normalizePlace } from '../router/people/city-zone.ts';
import { getJson, type Fetch } from './http.ts';
import { PIHPS_URL, type PihpsRegion } from './fetch-pihps.ts';
import type { Region } from './region.ts';

const refList = z.object({ data: z.array(z.object({ id: z.union([z.number(), z.string()]), name: z.string() }).loose()) }).loose();

/** "Daerah Khusus Ibukota Jakarta" and "DKI Jakarta" → "dkijakarta"; "Prov. Jawa Barat" → "jawabarat". */
export function provinceKey(name: string): string {
  return normalizePlace(name).join(' ')
    .replace(/^(provinsi|prov) /, '')
    .replace(/^daerah khusus ibukota /, 'dki ').replace(/^daerah istimewa /, 'di ')
    .replace(/ /g, '');
}

/** "Kabupaten Wajo", "Kab. Wajo" → "kabwajo"; "Kota Administrasi Jakarta Pusat", "Kota Jakarta Pusat" → "kotajakartapusat". */
export function regencyKey(name: string): string {
  return normalizePlace(name).join(' ')
    .replace(/^(kabupaten|kab) /, 'kab ').replace(/^kota (administrasi|adm) /, 'kota ')
    .replace(/ /g, '');
}

/** The reference lists live next to the grid endpoint. */
const refUrl = (gridUrl: string, path: string) => new URL(path, gridUrl).toString();

export interface PihpsRegionOptions { baseUrl?: string; fetch?: Fetch }

/** Looks the region up in PIHPS's lists; the lists are fetched once per resolver (one daily run). */
export function pihpsResolver(opts: PihpsRegionOptions = {}) {
  const gridUrl = opts.baseUrl ?? PIHPS_URL;
  const lists = new Map<string, Promise<z.infer<typeof refList>['data']>>();
  const list = (path: string) => {
    let p = lists.get(path);
    if (!p) {
      p = getJson(refUrl(gridUrl, path), opts).then((body) => refList.parse(body).data);
      p.catch(() => lists.delete(path)); // a failed list is asked again next time
      lists.set(path, p);
    }
    return p;
  };

  /** The PIHPS region for a price type (1 traditional market, 3 wholesale…), or null when PIHPS has not the province. */
  return async function resolve(region: Region, type: number): Promise<PihpsRegion | null> {
    if (!region.province) return null;
    const province = (await list('GetRefProvince')).find((p) => provinceKey(p.name) === provinceKey(region.province!));
    if (!province) return null;
    const provinceId = String(province.id);
    const byProvince: PihpsRegion = { region: region.province, province: region.province, provinceId, regencyId: '' };
    if (!region.regency) return byProvince;
    const regencies = await list(`GetRefRegency?price_type_id=${type}&ref_prov_id=${encodeURIComponent(provinceId)}`);
    const regency = regencies.find((r) => regencyKey(r.name) === regencyKey(region.regency!));
    return regency ? { region: region.regency, province: region.province, provinceId, regencyId: String(regency.id) } : byProvince;
  };
}
