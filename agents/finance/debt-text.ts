// Debts as the owner reads them on a phone: who, how much, how long, overdue first. Pure.
import { formatDate, formatRupiah, localStart, type TenantZone } from '../../core/format.ts';
import type { DebtRow, Direction, HistoryRow } from './debt-reads.ts';

const DAY = 86_400_000;

/** "hari ini", "3 hari", "2 bln" */
export function ageText(since: Date, now: Date): string {
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  if (days < 1) return 'hari ini';
  if (days < 60) return `${days} hari`;
  return `${Math.floor(days / 30)} bln`;
}

/** At most this many people are listed; the rest are summed in one line. */
const SHOWN = 15;

/** Since when, or, for a debt not yet late that has a due day, when it is due ("jatuh tempo 11 Des 2026"). */
function whenText(r: DebtRow, now: Date, zone: TenantZone): string {
  if (r.overdue) return `${ageText(r.oldest_at, now)} ⚠️ telat`;
  if (r.next_due_date) return `jatuh tempo ${formatDate(localStart(r.next_due_date, zone), zone)}`;
  // "· hari ini" read as due today (a helper's try): since when, said so.
  const age = ageText(r.oldest_at, now);
  return age === 'hari ini' ? 'sejak hari ini' : `sejak ${age} lalu`;
}

export function debtListText(direction: Direction, list: DebtRow[], now: Date, zone: TenantZone): string {
  if (list.length === 0) {
    return direction === 'receivable' ? 'Tidak ada yang punya utang ke warung, Kak 🎉' : 'Warung tidak punya utang ke siapa pun, Kak 🎉';
  }
  const total = list.reduce((s, r) => s + r.outstanding, 0);
  const head = direction === 'receivable'
    ? `📒 Yang belum bayar: ${list.length} orang, total ${formatRupiah(total)}`
    : `📒 Utang warung: ${list.length} pihak, total ${formatRupiah(total)}`;
  const lines = list.slice(0, SHOWN).map((r, n) =>
    `${n + 1}. ${r.name} ${formatRupiah(r.outstanding)} · ${whenText(r, now, zone)}`);
  const rest = list.slice(SHOWN);
  if (rest.length) lines.push(`…dan ${rest.length} lagi (${formatRupiah(rest.reduce((s, r) => s + r.outstanding, 0))})`);
  const tail = direction === 'receivable' && list.some((r) => r.overdue) ? '\nKetik "tagih <nama>" untuk kirim pengingat sopan ke pelanggan.' : '';
  return `${head}\n${lines.join('\n')}${tail}`;
}

function historyLine(h: HistoryRow, zone: TenantZone): string {
  const when = formatDate(h.at, zone);
  if (h.entry === 'payment') return `• ${when}: bayar ${h.description === 'DP' ? 'DP ' : ''}${formatRupiah(h.amount)}`;
  const what = h.description ? ` (${h.description})` : '';
  return `• ${when}: ${h.direction === 'receivable' ? 'ngutang' : 'utang ke dia'} ${formatRupiah(h.amount)}${what}`;
}

export function personDebtText(p: { name: string; owes: number; owed: number; history: HistoryRow[]; now: Date; zone: TenantZone }): string {
  const parts: string[] = [];
  if (p.owes > 0) parts.push(`Utang ${p.name} sekarang ${formatRupiah(p.owes)}.`);
  if (p.owed > 0) parts.push(`Utang warung ke ${p.name} sekarang ${formatRupiah(p.owed)}.`);
  // Both ways: "utang ke toko makmur" answered "Toko Makmur tidak punya utang", read as the supplier owing nothing.
  if (parts.length === 0) parts.push(`Tidak ada utang antara warung dan ${p.name}, sudah lunas semua 🎉`);
  if (p.history.length) parts.push(`Catatan terakhir:\n${p.history.map((h) => historyLine(h, p.zone)).join('\n')}`);
  return parts.join('\n');
}
