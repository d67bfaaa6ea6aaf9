// The filtered transactions as CSV (csv-stringify) and XLSX (exceljs): the same rows and columns the
// page shows, amounts as plain whole rupiah so spreadsheets can sum them, dates in the warung's zone.
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { formatDateTime, type TenantZone } from '../../core/format.ts';
import { kindName, paymentLabel, sourceName, statusName, type TxRow } from './queries/transaksi.ts';

export function exportColumns(withCost: boolean): string[] {
  return ['Tanggal', 'Jenis', 'Barang', 'Pihak', 'Bayar', 'Sumber', 'Status', 'Total', ...(withCost ? ['Modal', 'Laba kotor'] : []), 'ID'];
}

export function exportRecord(r: TxRow, zone: TenantZone, withCost: boolean): (string | number | null)[] {
  const profit = r.kind === 'sale' && r.cogs !== null ? r.total - r.cogs : null;
  return [
    formatDateTime(r.occurredAt, zone), kindName[r.kind] ?? r.kind, r.items ?? '', r.counterparty ?? '', paymentLabel(r, true),
    sourceName[r.source] ?? r.source, statusName[r.status] ?? r.status, r.total, ...(withCost ? [r.cogs, profit] : []), r.id,
  ];
}

export function toCsv(rows: TxRow[], zone: TenantZone, withCost: boolean): string {
  // A BOM so spreadsheet programs read the file as UTF-8.
  return '\ufeff' + stringify([exportColumns(withCost), ...rows.map((r) => exportRecord(r, zone, withCost))]);
}

export async function toXlsx(rows: TxRow[], zone: TenantZone, withCost: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Juragan';
  const sheet = book.addWorksheet('Transaksi');
  const columns = exportColumns(withCost);
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) sheet.addRow(exportRecord(r, zone, withCost));
  columns.forEach((name, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = name === 'Barang' ? 40 : name === 'ID' ? 38 : 16;
    if (['Total', 'Modal', 'Laba kotor'].includes(name)) col.numFmt = '#,##0';
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
