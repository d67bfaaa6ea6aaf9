// The cash that should be in the drawer over a period ("uang di laci harusnya berapa"): cash in by where it came
// from, cash out by where it went, and what came by QRIS or transfer apart (it is not in the drawer).
import { z } from 'zod';
import type { Period } from '../../core/frame.ts';
import { formatRupiah, type TenantZone } from '../../core/format.ts';
import type { Tx } from '../../core/db/tenant.ts';
import { periodRanges } from './periods.ts';
import { one } from './sql.ts';

const num = z.coerce.number();
const cashRow = z.object({ sales: num, income: num, debts_in: num, purchases: num, expenses: num, debts_out: num, not_cash: num, lent: num, borrowed: num });

export async function cashReport(tx: Tx, tenantId: string, zone: TenantZone, period: Period, now: Date): Promise<string> {
  const p = periodRanges(period, now, zone);
  const c = (await one(tx, `select * from report_cash($1, $2, $3)`, [tenantId, p.current.start, p.current.end], cashRow))!;
  const into = c.sales + c.income + c.debts_in + c.borrowed;
  const out = c.purchases + c.expenses + c.debts_out + c.lent;
  const lines = [`💵 Uang tunai ${p.label}`];
  if (into === 0 && out === 0) lines.push('Belum ada uang tunai masuk atau keluar yang tercatat.');
  else {
    const parts = (xs: [string, number][]) => xs.filter(([, v]) => v > 0).map(([k, v]) => `${k} ${formatRupiah(v)}`).join(', ');
    lines.push(`Masuk ${formatRupiah(into)}${into ? ` (${parts([['penjualan', c.sales], ['bayar utang/DP', c.debts_in], ['pinjaman masuk', c.borrowed], ['pemasukan lain', c.income]])})` : ''}`);
    lines.push(`Keluar ${formatRupiah(out)}${out ? ` (${parts([['kulakan', c.purchases], ['pengeluaran', c.expenses], ['bayar utang warung', c.debts_out], ['dipinjamkan', c.lent]])})` : ''}`);
    const net = into - out;
    lines.push(`Jadi uang di laci ${net >= 0 ? 'bertambah' : 'berkurang'} ${formatRupiah(Math.abs(net))} dari modal awal laci.`);
  }
  if (c.not_cash > 0) lines.push(`QRIS/transfer ${formatRupiah(c.not_cash)} masuk rekening, tidak ke laci.`);
  return lines.join('\n');
}
