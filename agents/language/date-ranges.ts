// Report spans that are not one of the named periods: a month by name ("laporan bulan november"), the last N days
// ("omzet 3 hari terakhir") and days from one to another ("laporan tgl 1 sampai 3 desember"). A named month that is
// this month or the last one is that period; anything else is a range of whole days (inclusive).
// (An owner try on 5 December: all three got today's report.)
import type { DayRange, Period } from '../../core/frame.ts';
import { honorifics, numberWords } from './lexicon.ts';
import { isDigits, type Token } from './normalize.ts';

export type SpanRead = { period: Period } | { range: DayRange };

const months: Record<string, number> = Object.assign(Object.create(null), {
  januari: 0, februari: 1, pebruari: 1, maret: 2, april: 3, mei: 4, juni: 5, juli: 6, agustus: 7, september: 8,
  oktober: 9, november: 10, nopember: 10, desember: 11,
});
/** Short names, read only after "bulan"/"bln" or a day ("1-3 des"). */
const shortMonths: Record<string, number> = Object.assign(Object.create(null), {
  jan: 0, feb: 1, peb: 1, mar: 2, apr: 3, jun: 5, jul: 6, agu: 7, agt: 7, agus: 7, sep: 8, sept: 8, okt: 9, nov: 10, nop: 10, des: 11,
});
const untilWords = new Set(['sampai', 'sampe', 'smp', 'sd', 'hingga', 'ke', '-']);
const dayWords = new Set(['tgl', 'tanggal', 'tg']);
const lastWords = new Set(['terakhir', 'belakangan', 'kebelakang', 'ke belakang']);

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** A month said at `i` (a full name, or a short one when `short`), and a year after it; null when none. */
function monthAt(at: (k: number) => string, i: number, short: boolean): { month: number; year: number | null; n: number } | null {
  const w = at(i);
  const month = months[w] ?? (short ? shortMonths[w] : undefined);
  if (month === undefined) return null;
  const y = at(i + 1);
  return /^20\d\d$/.test(y) ? { month, year: Number(y), n: 2 } : { month, year: null, n: 1 };
}

/** The span a report message names beyond the period words, with its tokens marked used; null when none. */
export function readSpan(tokens: Token[], today: number): SpanRead | null {
  const at = (k: number) => (k >= 0 && k < tokens.length && !tokens[k].used && !tokens[k].literal ? tokens[k].t : '');
  const use = (from: number, n: number) => { for (let k = from; k < from + n; k++) tokens[k].used = true; };
  const now = new Date(today);
  const y0 = now.getUTCFullYear(), m0 = now.getUTCMonth(), d0 = now.getUTCDate();
  const count = (w: string) => (isDigits(w) && /^\d{1,3}$/.test(w) ? Number(w) : numberWords[w]);
  // The month's year when none is said: the latest one not after this month.
  const yearOf = (month: number, said: number | null) => said ?? (month > m0 ? y0 - 1 : y0);

  for (let i = 0; i < tokens.length; i++) {
    const t = at(i);
    if (!t) continue;
    // "3 hari terakhir", "7 hari belakangan": the last N days, today included.
    const n = count(t);
    if (n !== undefined && n >= 1 && n <= 366 && (at(i + 1) === 'hari' || at(i + 1) === 'hr') && lastWords.has(at(i + 2))) {
      use(i, 3);
      return { range: { from: isoOf(y0, m0, d0 - (n - 1)), to: isoOf(y0, m0, d0) } };
    }
    // "tgl 1 sampai 3 desember", "tanggal 1-3", "1 - 3 des", "dari tgl 25 sampai tgl 2".
    const lead = dayWords.has(t) ? 1 : 0;
    const a = Number(at(i + lead));
    if (/^\d{1,2}$/.test(at(i + lead)) && untilWords.has(at(i + lead + 1))) {
      let j = i + lead + 2;
      if (dayWords.has(at(j))) j++;
      const b = Number(at(j));
      const month = /^\d{1,2}$/.test(at(j)) ? monthAt(at, j + 1, true) : null;
      if ((lead || month) && a >= 1 && a <= 31 && b >= 1 && b <= 31) {
        let m = month?.month ?? (b > d0 ? m0 - 1 : m0);
        let y = month ? yearOf(month.month, month.year) : y0;
        if (!month && m < 0) { m = 11; y -= 1; }
        // "25 sampai 2": from the month before.
        const from = a <= b ? isoOf(y, m, Math.min(a, lastDay(y, m))) : isoOf(y, m - 1, Math.min(a, lastDay(y, m - 1)));
        use(i, j + 1 - i + (month?.n ?? 0));
        if (i > 0 && at(i - 1) === 'dari') use(i - 1, 1);
        return { range: { from, to: isoOf(y, m, Math.min(b, lastDay(y, m))) } };
      }
    }
    // "laporan bulan november", "omzet oktober 2026", "bln okt": a month by name, not after a day ("tgl 5 november").
    const bulan = t === 'bulan' || t === 'bln';
    const named = monthAt(at, bulan ? i + 1 : i, bulan);
    // "ci mei", "bu juni": a month after an honorific is a woman's name (Manado try: "Ci Mei so bayar 10 rebu" lost its
    // payer and became an expense).
    const aName = !bulan && honorifics.has(at(i - 1));
    if (named && !aName && !/^\d/.test(at(i - 1)) && !dayWords.has(at(i - 1))) {
      const y = yearOf(named.month, named.year);
      use(i, (bulan ? 1 : 0) + named.n);
      const back = (y0 - y) * 12 + (m0 - named.month);
      if (back === 0) return { period: 'this_month' };
      if (back === 1) return { period: 'last_month' };
      if (back < 0) return null;
      return { range: { from: isoOf(y, named.month, 1), to: isoOf(y, named.month, lastDay(y, named.month)) } };
    }
  }
  return null;
}
