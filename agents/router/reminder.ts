// "ingatkan bu sri tgl 30": remind the owner about a customer's debt on that day; "ingetin bayar utang ke koh
// acong besok": about what the warung owes a supplier. The parser has no intent for it, so the router reads it;
// finance stores the reminder (addDebtReminder) and the scheduler sends it on the day.
import { localDate, type TenantZone } from '../../core/format.ts';
import { functionWords } from '../language/cues.ts';
import { goodsWords } from '../language/gazetteer.ts';
import { wordTable } from '../../core/word-table.ts';

/** "tagih"/"utang bu sri": what a customer owes (receivable); "bayar (utang) ke koh acong": what the warung owes. */
export interface ReminderAsk { who: string; date: string; direction: 'receivable' | 'payable' }

const months: Record<string, number> = wordTable({
  jan: 1, januari: 1, feb: 2, februari: 2, mar: 3, maret: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, agu: 8, agt: 8, agustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10,
  nov: 11, november: 11, des: 12, desember: 12,
});

// The day, said before or after the rest ("sesuk tolong ingetke ...", "ingatkan bu sri tgl 30").
const when = /(?:^|\s)(?:pada\s+|di\s+)?(tgl\.?\s*\d{1,2}(?:\s+(?!jam\b|pukul\b|pkl\b)\p{L}+)?|tanggal\s+\d{1,2}(?:\s+(?!jam\b|pukul\b|pkl\b)\p{L}+)?|besok|bsk|lusa|minggu depan|sesuk|isukan|mbenjing|benjing|enjing)(?=\s|$)/u;
// "mbak, tolong ingetke ...": an address and "tolong" before the verb; "saya"/"aku" after it.
const ask = /^(?:\p{L}+,\s*)?(?:tolong\s+|tlg\s+|mohon\s+)?(?:ingatkan|ingatin|ingetin|ingetkan|ingetke|ingetno|elingke|elingno|ngelingke|ingetkeun|reminder|remind)(?:\s+(?:saya|aku|sy|kula|abdi))?\s+(?:soal\s+|tentang\s+)?(.+)$/u;
// The words of the debt itself ("tagih", "bayar utang ke ...") are cue words too.
const debtWords = new Set(['tagih', 'tagihan', 'nagih', 'bayar', 'mbayar', 'mayar', 'nyaur', 'lunasin', 'lunasi', 'utang', 'hutang', 'utangnya', 'hutangnya', 'utange']);
const atHour = /(?:^|\s)(?:jam|pukul|pkl)\s*\d{1,2}(?:[.:]\d{2})?(?:\s+(?:pagi|siang|sore|malam|malem|esuk|isuk|awan|bengi))?(?=\s|$)/u;
const personPays = /\s+(?:(?:buat|untuk|supaya|biar|suruh|kon|sina)\s+)?(?:bayar|mbayar|mayar|nyaur|lunasin|lunasi|ngelunasi)(?:\s+(?:utang|hutang)(?:nya|ne|na)?)?$/u;
const payFirst = /^(?:bayar|mbayar|mayar|nyaur|lunasin|lunasi)\s+(?:(?:utang|hutang)(?:nya|ne)?\s+)?(?:ke|ka|nang|dhateng|sama|ama)?\s*/u;

/**
 * The person, the local date (YYYY-MM-DD) and the side of a reminder request; 'not_a_debt' when the
 * reminder is about something else ("ingetin aku besok jam 7 kulakan telor"); else null.
 */
export function readReminder(text: string, now: Date, zone: TenantZone): ReminderAsk | 'not_a_debt' | null {
  const said = text.trim().toLowerCase().replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  const day = when.exec(said);
  if (!day) return null;
  // "besok jam 9": the hour is not kept (reminders go out at 08:00, and the reply says so).
  const rest = (said.slice(0, day.index) + ' ' + said.slice(day.index + day[0].length)).replace(atHour, ' ').trim().replace(/\s+/g, ' ');
  const m = ask.exec(rest);
  if (!m) return null;
  // A time, goods or a trade ("jam 7 kulakan telor") is no person whose debt is due.
  if (/\d/.test(m[1]) || m[1].split(' ').some((w) => functionWords.has(w) && !debtWords.has(w) || goodsWords.has(w))) return 'not_a_debt';
  let who = m[1].replace(/^(?:tagih(?:an)?|nagih)\s+/, '');
  const pays = payFirst.exec(who);
  const direction = pays ? 'payable' : 'receivable';
  if (pays) who = who.slice(pays[0].length);
  who = who.replace(/^(?:(?:utang|hutang)(?:nya|ne)?\s+)/, '').replace(/^(?:ke|ka|nang)\s+/, '').trim();
  // "ingetin bu tina bayar utang": the person named first pays, so it is her debt to the warung.
  if (!pays) who = who.replace(personPays, '').trim();
  const date = dateOf(day[1], localDate(now, zone));
  return date && who ? { who, date, direction } : null;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function dateOf(when: string, today: string): string | null {
  if (['besok', 'bsk', 'sesuk', 'isukan', 'mbenjing', 'benjing', 'enjing'].includes(when)) return addDays(today, 1);
  if (when === 'lusa') return addDays(today, 2);
  if (when === 'minggu depan') return addDays(today, 7);
  const m = /(\d{1,2})(?:\s+(\p{L}+))?/u.exec(when);
  if (!m) return null;
  const day = Number(m[1]);
  const [y, mo, d] = today.split('-').map(Number);
  let year = y;
  let month = m[2] ? months[m[2]] : mo;
  if (!month || day < 1 || day > 31) return null;
  // "tgl 5" when today is the 20th means next month's 5th; a named month earlier this year means next year.
  if (!m[2] && day < d) month += 1;
  if (m[2] && (month < mo || (month === mo && day < d))) year += 1;
  if (month > 12) [year, month] = [year + 1, 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
