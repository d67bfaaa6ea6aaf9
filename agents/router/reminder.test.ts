import { describe, expect, it } from 'vitest';
import { readReminder } from './reminder.ts';

// Saturday 21 Nov 2026, 10:00 WIB / 11:00 WITA / 12:00 WIT; 23:30 WIB on the 21st is already the 22nd in WIT.
const now = new Date('2026-11-21T03:00:00Z');
const late = new Date('2026-11-21T16:30:00Z');

describe('readReminder', () => {
  it.each([
    ['ingatkan bu sri tgl 30', now, 'Asia/Jakarta', { who: 'bu sri', date: '2026-11-30', direction: 'receivable' }],
    ['Ingetin utang pak darto besok', now, 'Asia/Jakarta', { who: 'pak darto', date: '2026-11-22', direction: 'receivable' }],
    ['tolong ingatkan bu yati tanggal 5', now, 'Asia/Jakarta', { who: 'bu yati', date: '2026-12-05', direction: 'receivable' }],
    ['ingatkan mbak rini tanggal 5 januari', now, 'Asia/Jakarta', { who: 'mbak rini', date: '2027-01-05', direction: 'receivable' }],
    ['ingatkan koh liong tgl 31', new Date('2027-02-10T03:00:00Z'), 'Asia/Jakarta', { who: 'koh liong', date: '2027-02-28', direction: 'receivable' }],
    ['ingatkan bu sri lusa', now, 'Asia/Jakarta', { who: 'bu sri', date: '2026-11-23', direction: 'receivable' }],
    ['ingatkan bu sri besok', late, 'Asia/Jakarta', { who: 'bu sri', date: '2026-11-22', direction: 'receivable' }],
    ['ingatkan bu sri besok', late, 'Asia/Jayapura', { who: 'bu sri', date: '2026-11-23', direction: 'receivable' }],
    // Owner tries: the day first, Javanese verbs, and what the warung owes.
    ['mbak, sesuk tolong ingetke bayar koh acong', now, 'Asia/Jakarta', { who: 'koh acong', date: '2026-11-22', direction: 'payable' }],
    ['ingetin bayar utang ke koh acong besok', now, 'Asia/Jakarta', { who: 'koh acong', date: '2026-11-22', direction: 'payable' }],
    ['tolong ingatkan saya tagih bu yati tgl 25', now, 'Asia/Jakarta', { who: 'bu yati', date: '2026-11-25', direction: 'receivable' }],
    // Owner try: a reminder about a chore is no debt reminder (it booked a debt for "aku jam 7 kulakan telor").
    ['ingetin aku besok jam 7 kulakan telor', now, 'Asia/Jakarta', 'not_a_debt'],
    ['tolong ingatkan saya besok beli gas', now, 'Asia/Jakarta', 'not_a_debt'],
    // Owner try: the person paying said after the name, and an hour, answered "only debt reminders".
    ['ingetin bu tina bayar utang besok jam 9', now, 'Asia/Jakarta', { who: 'bu tina', date: '2026-11-22', direction: 'receivable' }],
    ['ingatkan pak joko bayar tgl 30 jam 10 pagi', now, 'Asia/Jakarta', { who: 'pak joko', date: '2026-11-30', direction: 'receivable' }],
    ['ingatkan bu sri', now, 'Asia/Jakarta', null],
    ['besok beli gas', now, 'Asia/Jakarta', null],
    ['bu sri ngutang 25rb', now, 'Asia/Jakarta', null],
  ] as const)('%s', (text, at, zone, want) => expect(readReminder(text, at, zone)).toEqual(want));
});
