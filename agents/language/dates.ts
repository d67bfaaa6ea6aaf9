// Dates and report periods, resolved in the tenant's zone (UTC offset in minutes).
// Own rules for chat words ("kemarin", "wingi", "tgl 5", "senin kemarin", "akhir bulan");
// chrono-node's Indonesian locale for written dates ("5 november", "3 hari lalu", "5/11/2026").
import * as chrono from 'chrono-node';
import type { DayRange, Period } from '../../core/frame.ts';
import { dayOffsets, futureWords, pastWords, periodPhrases, periodWords, weekdays } from './date-words.ts';
import { readSpan } from './date-ranges.ts';
import { numberWords } from './lexicon.ts';
import { isDigits, type Token } from './normalize.ts';

export type DateRead = {
  date: string | null; period: Period | null; future: boolean;
  /** Every period named, in order ("laporan kemarin sama hari ini": yesterday, today). */
  periods: Period[];
  /** Whole days a report is asked for that no period names ("tgl 1 sampai 3", "bulan september"). */
  range: DayRange | null;
};

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The tenant's calendar day as a UTC-midnight timestamp. */
const localDay = (now: Date, offset: number) => {
  const d = new Date(now.getTime() + offset * 60_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};
const iso = (t: number): string | null => {
  const d = new Date(t);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1000 || d.getUTCFullYear() > 9999) return null;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

// First words of two-word phrases: only these need the pair looked up.
const pairHeads = new Set([...Object.keys(periodPhrases), ...Object.keys(dayOffsets)].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
// "mulai senin", "bayar hari kamis": a weekday after these words is the coming one.
// "sisanya tanggal 10", "balikin tgl 10" (owner tries): the rest, or a loan's return, is promised for a day ahead.
const aheadBefore = new Set(['mulai', 'bayar', 'bayarnya', 'mayar', 'nanti', 'ntar', 'sampai', 'sampe', 'tunggu', 'sisanya', 'sisane', 'sisana',
  'sisa', 'balikin', 'dibalikin', 'balekke', 'dibalekke', 'kembaliin', 'dikembaliin', 'dikembalikan', 'lunas', 'lunasin', 'dilunasi', 'nyaur', 'tempo',
  'balikinnya', 'dibalikinnya', 'mbalekke', 'mulangkeun', 'dipulangkeun', 'kurange', 'kurangnya', 'kurang', 'kekurangannya', 'dibayar', 'dibayarnya',
  'mayar', 'mbayar', 'janji']);
const monthStart = /^(jan|feb|mar|apr|mei|jun|jul|agu|agt|sep|okt|nov|des)/;

const chronoGate = /\d\s?(jan|feb|mar|apr|mei|jun|jul|agu|agt|sep|okt|nov|des)|\d{1,3} (hari|minggu) (yang |yg )?(lalu|kemarin)|\d{1,2}\/\d{1,2}\/\d{2,4}/;

/** Finds the date or period a message speaks of and marks its tokens used. */
export function readDate(tokens: Token[], norm: string, now: Date, offset: number): DateRead {
  const today = localDay(now, offset);
  const at = (k: number) => (k >= 0 && k < tokens.length && !tokens[k].used && !tokens[k].literal ? tokens[k].t : '');
  const use = (from: number, n: number) => { for (let k = from; k < from + n; k++) tokens[k].used = true; };
  let day: number | null = null;
  let period: Period | null = null;
  const periods: Period[] = [];
  const name = (p: Period) => { period ??= p; if (!periods.includes(p)) periods.push(p); };
  const future = tokens.some((t) => futureWords.has(t.t));
  const spanRead = readSpan(tokens, today);
  if (spanRead && 'period' in spanRead) name(spanRead.period);
  const range = spanRead && 'range' in spanRead ? spanRead.range : null;

  for (let i = 0; i < tokens.length; i++) {
    const t = at(i);
    if (!t) continue;
    const pair = pairHeads.has(t) ? `${t} ${at(i + 1)}` : '';
    const p = pair ? periodPhrases[pair] : undefined;
    if (p !== undefined) { name(p); use(i, 2); continue; }
    const single = periodWords[t];
    if (single !== undefined) { name(single); use(i, 1); continue; }
    // "senin kemarin", "hari senin", "rebo wingi": the last such weekday.
    const wd = weekdays[t];
    if (wd !== undefined && (t !== 'minggu' || at(i - 1) === 'hari' || pastWords.has(at(i + 1)))) {
      const dow = new Date(today).getUTCDay();
      // "mulai senin": from the coming Monday.
      const ahead = futureWords.has(at(i + 1)) || at(i + 1) === 'depan';
      const before = at(i - 1) === 'hari' ? at(i - 2) : at(i - 1);
      const next = ahead || aheadBefore.has(before);
      let diff = next ? (wd - dow + 7) % 7 || 7 : -((dow - wd + 7) % 7);
      if (!next && pastWords.has(at(i + 1)) && diff === 0) diff = -7;
      day ??= today + diff * DAY;
      use(i, pastWords.has(at(i + 1)) || ahead ? 2 : 1);
      if (at(i - 1) === 'hari') tokens[i - 1].used = true;
      continue;
    }
    // "tgl 5", "tanggal 28": this month, or last month when the day is still to come (next month if future).
    if ((t === 'tgl' || t === 'tanggal' || t === 'tg' || t === 'tang') && /^\d{1,2}$/.test(at(i + 1))) {
      const n = Number(at(i + 1));
      if (n >= 1 && n <= 31 && !monthStart.test(at(i + 2)) && at(i + 2) !== '/') {
        const d = new Date(today);
        const y = d.getUTCFullYear();
        let m = d.getUTCMonth();
        // "bayar tgl 25": a promised day is ahead.
        const ahead = future || aheadBefore.has(at(i - 1));
        if (ahead ? n < d.getUTCDate() : n > d.getUTCDate()) m += ahead ? 1 : -1;
        day ??= Date.UTC(y, m, Math.min(n, new Date(Date.UTC(y, m + 1, 0)).getUTCDate()));
        use(i, 2);
        continue;
      }
    }
    // "21/11", "5/11": day and month (fractions like "1/2", "3/4" are quantities).
    if (/^\d{1,2}$/.test(t) && at(i + 1) === '/' && tokens[i + 1].glued && /^\d{1,2}$/.test(at(i + 2)) && tokens[i + 2].glued
      && at(i + 3) !== '/') {
      const d = Number(t), m = Number(at(i + 2));
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && !(d < m && m <= 9)) {
        const y = new Date(today).getUTCFullYear();
        let at0 = Date.UTC(y, m - 1, d);
        if (at0 > today && !future) at0 = Date.UTC(y - 1, m - 1, d);
        day ??= at0;
        use(i, 3);
        continue;
      }
    }
    // "bayar bulan depan": when a debt is paid, not the day of the entry (and no goods "depan").
    if ((t === 'bulan' || t === 'bln') && at(i + 1) === 'depan' && at(i - 1) !== 'akhir' && at(i - 1) !== 'awal') { use(i, 2); continue; }
    if ((t === 'akhir' || t === 'awal') && (at(i + 1) === 'bulan' || at(i + 1) === 'bln')) {
      const d = new Date(today);
      const m = d.getUTCMonth() + (at(i + 2) === 'depan' ? 1 : 0);
      day ??= t === 'awal' ? Date.UTC(d.getUTCFullYear(), m, 1) : Date.UTC(d.getUTCFullYear(), m + 1, 0);
      use(i, at(i + 2) === 'depan' || at(i + 2) === 'ini' ? 3 : 2);
      continue;
    }
    // "dua hari lalu", "3 hari yg lalu", "2 minggu kemarin", "3 hari lagi": counted days back or ahead.
    const count = isDigits(t) && /^\d{1,3}$/.test(t) ? Number(t) : numberWords[t];
    const span = at(i + 1) === 'hari' || at(i + 1) === 'hr' ? 1 : at(i + 1) === 'minggu' || at(i + 1) === 'pekan' ? 7 : 0;
    if (count !== undefined && count > 0 && span > 0) {
      const rel = at(i + 2) === 'yang' || at(i + 2) === 'yg' ? 1 : 0;
      const dir = pastWords.has(at(i + 2 + rel)) ? -1 : at(i + 2 + rel) === 'lagi' ? 1 : 0;
      if (dir !== 0) {
        day ??= today + dir * count * span * DAY;
        use(i, 3 + rel);
        continue;
      }
    }
    const pairOff = pair ? dayOffsets[pair] : undefined;
    const off = pairOff ?? dayOffsets[t];
    // "cicil 500rb, sisanya minggu depan": the day of the remainder is another event's.
    if (off !== undefined && /^sisa(nya|ne|na)?$/.test(at(i - 1))) { use(i, pairOff !== undefined ? 2 : 1); continue; }
    if (off !== undefined) {
      if (off === -1) name('yesterday');
      if (off === 0 && pairOff === 0) name('today');
      // "tadi" says nothing against a later "kemarin" or "tgl 18".
      if (off !== 0) day ??= today + off * DAY;
      use(i, pairOff !== undefined ? 2 : 1);
    }
  }
  if (day === null) {
    const g = chronoGate.exec(norm);
    if (g) day = chronoDay(tokens, norm, g.index, now, offset);
  }
  return { date: day === null || day === today ? null : iso(day), period, future, periods, range };
}

function chronoDay(tokens: Token[], norm: string, at: number, now: Date, offset: number): number | null {
  // Only the words around the first written date: chrono reads every date in what it is given.
  const from = Math.max(0, norm.lastIndexOf(' ', Math.max(0, at - 12)));
  const found = chrono.id.parse(norm.slice(from, at + 40), { instant: now, timezone: offset });
  for (const r of found) {
    if (!r.start.isCertain('day')) continue;
    const start = from + r.index;
    const end = start + r.text.length;
    for (const t of tokens) if (t.start >= start && t.start < end) t.used = true;
    // "tanggal" before the date is chrono's too.
    return Date.UTC(r.start.get('year') ?? 1970, (r.start.get('month') ?? 1) - 1, r.start.get('day') ?? 1);
  }
  return null;
}
