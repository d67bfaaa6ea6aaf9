// When the owner needs the goods ("besok pagi", "nanti sore", "jam 3", "lusa", "sebelum jumat", "hari ini"),
// read in the warung's zone into the time the owner gets the summary at the latest. Pure. chrono-node's
// Indonesian locale reads the phrase (it takes the zone as a UTC offset in minutes); the rules around it
// fit a warung's day: "jam 3" is 15.00, a day without a time means that morning, "sebelum jumat" the
// afternoon before.
import * as chrono from 'chrono-node';
import { zoneOffsetMinutes, type TenantZone } from '../../core/format.ts';
import { wordTable } from '../../core/word-table.ts';

export interface Deadline { at: Date; said: string }

const MIN_AHEAD = 30 * 60_000;
const MAX_AHEAD = 14 * 86_400_000;
const HOUR = 3_600_000;

// Javanese, Sundanese and chat spellings chrono does not know, mapped to its words.
const words: Record<string, string> = wordTable({
  bsk: 'besok', besuk: 'besok', sesuk: 'besok', isukan: 'besok', mbenjang: 'besok', benjang: 'besok', kenjing: 'besok',
  pageto: 'lusa', isuk: 'pagi', esuk: 'pagi', enjing: 'pagi', sonten: 'sore', wengi: 'malam', dalu: 'malam', ntar: 'nanti',
  engko: 'nanti', engke: 'nanti', jm: 'jam', skrg: 'sekarang', sblm: 'sebelum', jumaat: 'jumat', jemuah: 'jumat',
  senen: 'senin', seloso: 'selasa', rebo: 'rabu', kemis: 'kamis', setu: 'sabtu', dinten: 'hari', poe: 'hari',
});
const partOfDay = /\b(pagi|siang|sore|malam|subuh)\b/;
const dayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** The local wall clock of an instant as UTC fields. */
const wall = (at: Date, offset: number) => new Date(at.getTime() + offset * 60_000);
/** The instant of a local day (days from `now`'s local day) at hour:minute. */
const localAt = (now: Date, offset: number, days: number, hour: number, minute = 0) => {
  const w = wall(now, offset);
  return new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate() + days, hour, minute) - offset * 60_000);
};
const dayIndex = (at: Date, offset: number) => Math.floor(wall(at, offset).getTime() / 86_400_000);

/**
 * The deadline when the owner names none: `ahead` from now, unless that falls in the night (21.00–07.00 local),
 * when suppliers do not answer: then 09.00 the next morning ("cariin telur" at 23.50 waited until 01.50).
 */
export function defaultDeadline(now: Date, zone: TenantZone, ahead: number): Date {
  const offset = zoneOffsetMinutes[zone];
  const at = new Date(now.getTime() + ahead);
  const hour = wall(at, offset).getUTCHours();
  if (hour >= 7 && hour < 21) return at;
  return localAt(now, offset, wall(now, offset).getUTCHours() < 7 ? 0 : 1, 9);
}

/** The deadline said in `text`, or null when none is (the caller keeps its default). */
export function readDeadline(text: string, now: Date, zone: TenantZone): Deadline | null {
  const offset = zoneOffsetMinutes[zone];
  const norm = text.toLowerCase().replace(/[^\p{L}\p{N}.:/ ]+/gu, ' ').split(/\s+/).map((w) => words[w] ?? w).join(' ');
  // Money and quantities are not times: chrono may read "10" in "10 kg" as an hour.
  const clean = norm.replace(/\b\d+([.,]\d+)?\s*(rb|ribu|ewu|rebu|k|jt|juta|kg|kilo|g|gram|ons|l|liter|ltr|karung|peti|rak|dus|bks|pcs|butir|tabung|slop|renteng)\b/g, ' ')
    .replace(/\b(rp|maks|max|budget)\s*\d[\d.,]*/g, ' ');
  const hit = chrono.id.parse(clean, { instant: now, timezone: offset }, { forwardDate: true })[0];
  if (!hit) return null;
  const s = hit.start;
  const hasTime = s.isCertain('hour');
  const pod = partOfDay.exec(hit.text)?.[1] ?? null;
  const before = new RegExp(`\\b(sebelum|sebelumnya)\\s+${hit.text.split(' ')[0]}`).test(clean);
  const days = dayIndex(s.date(), offset) - dayIndex(now, offset);
  const sayDay = s.isCertain('day') || s.isCertain('weekday') || /\b(besok|lusa|hari ini|sekarang)\b/.test(hit.text);
  let at: Date;
  if (hasTime) {
    const hour = s.get('hour') ?? 0;
    const minute = s.get('minute') ?? 0;
    // "jam 3" in a warung's day is the afternoon; "jam 9" is this morning's or tonight's, whichever is ahead.
    const hours = s.isCertain('meridiem') || pod || hour === 0 || hour >= 12 ? [hour] : hour <= 6 ? [hour + 12] : [hour, hour + 12];
    const tries = (sayDay ? [days] : [0, 1]).flatMap((d) => hours.map((h) => localAt(now, offset, d, h, minute)));
    at = tries.find((t) => t.getTime() >= now.getTime() + MIN_AHEAD) ?? tries.at(-1)!;
  } else if (pod) {
    at = localAt(now, offset, days, { subuh: 5, pagi: 7, siang: 12, sore: 16, malam: 19 }[pod]!);
  } else if (before) {
    at = localAt(now, offset, days - 1, 17); // "sebelum jumat": Thursday afternoon
  } else {
    at = localAt(now, offset, days, days <= 0 ? 17 : 7); // "hari ini": by the afternoon; "besok": that morning
  }
  if (at.getTime() < now.getTime() + MIN_AHEAD) at = new Date(now.getTime() + MIN_AHEAD);
  if (at.getTime() > now.getTime() + MAX_AHEAD) at = new Date(now.getTime() + MAX_AHEAD);
  return { at, said: hit.text };
}

/** The deadline as the owner reads it: "jam 16.00 WIB", "besok jam 07.00 WIB", "Jumat 4 Des jam 07.00 WIB". */
export function sayDeadline(at: Date, now: Date, zone: TenantZone): string {
  const offset = zoneOffsetMinutes[zone];
  const w = wall(at, offset);
  const clock = `${String(w.getUTCHours()).padStart(2, '0')}.${String(w.getUTCMinutes()).padStart(2, '0')} ${{ 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[zone]}`;
  const days = dayIndex(at, offset) - dayIndex(now, offset);
  if (days <= 0) return `jam ${clock}`;
  if (days === 1) return `besok jam ${clock}`;
  if (days === 2) return `lusa (${dayNames[w.getUTCDay()]}) jam ${clock}`;
  return `${dayNames[w.getUTCDay()]} ${w.getUTCDate()} ${months[w.getUTCMonth()]} jam ${clock}`;
}
