// Day and period words (Indonesian, Javanese, Sundanese, chat spellings).
import type { Period } from '../../core/frame.ts';
import { table } from './lexicon.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Days from today for one word or a two-word phrase. */
export const dayOffsets: Record<string, number> = table({
  kemarin: -1, kmrn: -1, kemaren: -1, kmaren: -1, kmarin: -1, kmren: -1, kemarenan: -1, semalam: -1, wingi: -1, wingenane: -1,
  // Bali "ibi" (a Denpasar try booked yesterday's gas today).
  kamari: -1, kamarin: -1, ibi: -1, 'dino wingi': -1, 'dina wingi': -1, 'poe kamari': -1, 'kemarin lusa': -2, 'lusa kemarin': -2, 'kemarin dulu': -2, 'kmrn lusa': -2,
  tadi: 0, td: 0, barusan: 0, 'hari ini': 0, 'hr ini': 0, 'hri ini': 0, 'dino iki': 0, 'poe ieu': 0,
  'dinten ieu': 0, 'dinten ini': 0, 'dina ieu': 0, 'saiki iki': 0, 'sedina iki': 0, 'dina iki': 0, 'dino niki': 0, 'dinten niki': 0,
  'sedinten niki': 0, 'sedinten iki': 0, 'sadinten ieu': 0, 'sapoe ieu': 0,
  besok: 1, bsk: 1, besuk: 1, sesuk: 1, isukan: 1, mbenjang: 1, 'isuk isuk': 1,
  lusa: 2, 'besok lusa': 2, 'sesuk emben': 2, pageto: 2,
  // A due date "minggu depan" is a week ahead.
  'minggu depan': 7, 'pekan depan': 7, 'minggu ngarep': 7, 'minggu payun': 7, 'minggu hareup': 7,
});

/** Words after a weekday or "minggu"/"bulan" that point back. */
export const pastWords = set('kemarin kmrn kemaren kmaren lalu kepungkur wingi kamari kamarin kapungkur tea');
/** Words that put the event ahead: "tgl 5" then means the next 5th. */
export const futureWords = set('besok bsk sesuk isukan lusa nanti ntar engko engke depan jatuh tempo rek arep bakal akan');

/** Day of the week (0 = Sunday) for Indonesian, Javanese and Sundanese names. */
export const weekdays: Record<string, number> = table({
  minggu: 0, ahad: 0, akhad: 0,
  senin: 1, senen: 1,
  selasa: 2, seloso: 2, salasa: 2,
  rabu: 3, rebo: 3,
  kamis: 4, kemis: 4,
  jumat: 5, jumaat: 5, jemuah: 5, jumaah: 5, jemuwah: 5,
  sabtu: 6, setu: 6, saptu: 6,
});

/** Report periods for two-word phrases. */
export const periodPhrases: Record<string, Period> = table({});
const add = (p: Period, heads: string, tails: string) => {
  for (const h of heads.split(' ')) for (const t of tails.split(' ')) periodPhrases[`${h} ${t}`] = p;
};
add('this_week', 'minggu mnggu mgg mingu pekan minggon seminggu', 'ini iki ieu niki');
add('this_week', 'seminggu sepekan', 'terakhir');
add('this_month', 'sebulan sewulan sesasi sabulan', 'ini iki ieu niki terakhir');
add('last_week', 'minggu mnggu mgg mingu pekan minggon', 'lalu kemarin kmrn kemaren kepungkur wingi kamari kamarin kapungkur');
add('last_week', 'seminggu sepekan', 'kepungkur kapungkur wingi kamari');
add('this_month', 'bulan bln sasi wulan', 'ini iki ieu niki');
add('last_month', 'bulan bln sasi wulan sewulan sesasi', 'lalu kemarin kmrn kemaren kepungkur wingi kamari kamarin kapungkur');

/** One-word periods ("laporan mingguan"). */
export const periodWords: Record<string, Period> = table({
  harian: 'today', mingguan: 'this_week', bulanan: 'this_month', sepekan: 'this_week', seminggu: 'this_week', sebulan: 'this_month', sewulan: 'this_month',
});
