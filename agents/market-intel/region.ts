// The price regions of a warung: its regency (city prices) and province (the wider fallback).
// Tenants onboarded before regions existed have only a typed city: resolve it on the fly.
import { prepared, type Tx } from '../../core/db/tenant.ts';
import { resolveCity } from '../router/people/city-zone.ts';

export interface Region { regency: string | null; province: string | null }

export async function tenantRegion(tx: Tx, tenantId: string): Promise<Region> {
  const { rows } = await prepared<{ city: string | null; regency: string | null; province: string | null }>(
    tx, `select city, regency, province from public.tenants where id = $1`, [tenantId]);
  const t = rows[0];
  return t ? regionOf(t) : { regency: null, province: null };
}

/** A tenant row's regions: as stored, else resolved from its typed city. */
export async function regionOf(t: { city: string | null; regency: string | null; province: string | null }): Promise<Region> {
  if (t.regency || !t.city) return { regency: t.regency, province: t.province };
  const place = await resolveCity(t.city);
  if (place.kind === 'found') return { regency: place.regency, province: place.province };
  return { regency: null, province: place.kind === 'province' ? place.province : null };
}
