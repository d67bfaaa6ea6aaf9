// A number that is no member of any warung: ask the warung's name, then its city (resolved to the
// official regency and province, which set the time zone and the price regions; an ambiguous or
// unknown place is asked again), then create the tenant with the sender as owner. Runs in a service-role transaction
// (creating a tenant is not something any tenant's claims may do).
import type { Tx } from '../../../core/db/tenant.ts';
import { zoneAbbrev } from '../../../core/format.ts';
import { resolveCity, type CityResolution } from './city-zone.ts';
import { readYesNo } from '../answers.ts';
import { examples } from '../replies.ts';
import { onboardingSchema, type Onboarding } from '../state-schema.ts';
import type { Reply } from '../types.ts';

const TTL_MS = 24 * 60 * 60_000;

export interface Newcomer { phone: string | null; chat: string }

export async function onboard(tx: Tx, who: Newcomer, text: string, now: Date): Promise<Reply[]> {
  const key = who.phone ? `phone:${who.phone}` : `chat:${who.chat}`;
  const state = await load(tx, key, now);
  if (!state) {
    await save(tx, key, { step: 'name' }, now);
    return [{
      text: 'Halo Kak! 👋 Saya Juragan, asisten pembukuan warung lewat WhatsApp: catat jualan, belanja, utang, stok, dan laporan.\n' +
        'Biar bisa mulai, nama warungnya apa, Kak?',
    }];
  }
  if (state.step === 'name') {
    const name = warungName(text);
    if (!name) return [{ text: 'Nama warungnya apa, Kak? Contoh: "Warung Bu Sri".' }];
    await save(tx, key, { step: 'city', name }, now);
    return [{ text: `Siap, ${name} 🙌 Warungnya di kota mana, Kak? (buat jam laporan)` }];
  }
  const city = cityName(text);
  if (!city) return [{ text: 'Kotanya apa, Kak? Contoh: "Bandung" atau "Makassar".' }];
  if (!who.phone) {
    return [{ text: 'Maaf Kak, nomor WhatsApp Kakak tidak terbaca, jadi warungnya belum bisa dibuat 🙏' }];
  }
  const place = await resolveCity(text);
  if (place.kind !== 'found') return [{ text: askCityAgain(city, place) }];
  const timezone = place.zone;
  const tenant = await tx.query<{ id: string }>(
    `insert into public.tenants (name, city, timezone, regency, province, area_code) values ($1, $2, $3, $4, $5, $6) returning id`,
    [state.name, city, timezone, place.regency, place.province, place.code],
  );
  await tx.query(`insert into public.members (tenant_id, phone, name, role) values ($1, $2, $3, 'owner')`, [tenant.rows[0].id, who.phone, 'Pemilik']);
  await tx.query(`delete from public.onboarding_state where sender_key = $1`, [key]);
  return [{
    text: `Selamat datang, ${state.name} di ${city} (${zoneAbbrev[timezone]})! 🎉 Warungnya sudah terdaftar, Kakak pemiliknya.\n` +
      `Coba kirim pesan seperti:\n• ${examples.join('\n• ')}\nKetik "bantuan" kapan saja untuk contoh lainnya.`,
  }];
}

function askCityAgain(city: string, place: Exclude<CityResolution, { kind: 'found' }>): string {
  if (place.kind === 'ambiguous') return `${city} yang mana, Kak? ${place.choices.slice(0, 4).join(' atau ')}? Tulis lengkap, ya (misal "Kota ${city}").`;
  if (place.kind === 'province') return `Di ${place.province} kota atau kabupaten mana, Kak? (buat jam laporan dan harga pasar)`;
  return `Maaf Kak, "${city}" belum ketemu di daftar kota/kabupaten. Tulis nama kota atau kabupatennya, contoh: "Kota Makassar" atau "Kabupaten Wajo".`;
}

/** "nama warungnya Warung Bu Sri" → "Warung Bu Sri"; null for an empty or yes/no answer. */
export function warungName(text: string): string | null {
  const t = text.trim().replace(/^(nama\s+warung(nya)?(\s+saya|\s+aku)?|namanya|warung\s+saya(\s+namanya)?|nama\s+toko(nya)?)\s*[:\-]?\s*/i, '').replace(/[.!]+$/, '').trim();
  if (!t || t.length > 60 || readYesNo(t) !== null) return null;
  // Newcomer try: "saya mau daftar warung" became the warung "Saya Mau Daftar Warung". A request, a question or a
  // greeting is no name (unless it starts like one: "Warung Apa Aja").
  if (!/^(warung|toko|kios|kedai|depot|rumah makan|rm|ud|cv|lapak)\b/i.test(t) && notAName.test(t)) return null;
  return t.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

const notAName = /\?|\b(saya|aku|sy|gue|gw|kami|mau|ingin|pengen|pingin|daftar|mendaftar|gimana|bagaimana|caranya|cara|tolong|mohon|halo|hallo|hai|helo|assalamualaikum|permisi|tanya|apa|siapa|ini|itu|bisa)\b/i;

/** "di kota Makassar" → "Makassar". */
export function cityName(text: string): string | null {
  const t = text.trim().replace(/^(di|kota|kab(upaten)?\.?|dari)\s+/gi, '').replace(/^(kota|kab(upaten)?\.?)\s+/i, '').replace(/[.!]+$/, '').trim();
  if (!t || t.length > 60 || /\d{4,}/.test(t)) return null;
  return t.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

async function load(tx: Tx, key: string, now: Date): Promise<Onboarding | null> {
  const { rows } = await tx.query<{ step: unknown; expires_at: Date }>(`select step, expires_at from public.onboarding_state where sender_key = $1`, [key]);
  if (!rows[0] || rows[0].expires_at.getTime() <= now.getTime()) return null;
  const parsed = onboardingSchema.safeParse(rows[0].step);
  return parsed.success ? parsed.data : null;
}

async function save(tx: Tx, key: string, step: Onboarding, now: Date): Promise<void> {
  await tx.query(
    `insert into public.onboarding_state (sender_key, step, expires_at, updated_at) values ($1, $2, $3, $4)
     on conflict (sender_key) do update set step = excluded.step, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
    [key, JSON.stringify(step), new Date(now.getTime() + TTL_MS), now],
  );
}
