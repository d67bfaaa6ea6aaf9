import { describe, expect, it } from 'vitest';
import { RECEIPT_WIDTH, receiptLines, type ReceiptSale } from './receipt.ts';

const sale: ReceiptSale = {
  warung: 'Warung Bu Sri', zone: 'Asia/Jakarta', at: '2026-12-02T12:05:00Z', receiptNo: 'K7QM-000123', cashier: 'Mbak Dewi',
  lines: [
    { name: 'Indomie Goreng', qty: 5, unit: 'bks', unitPrice: 3500, discount: 0, total: 17500 },
    { name: 'Indomie Goreng', qty: 1, unit: 'dus', unitPrice: 128000, discount: 3000, total: 125000 },
    { name: 'Minyak Goreng Bimoli Kemasan Pouch Dua Liter Spesial', qty: 0.5, unit: 'liter', unitPrice: 38000, discount: 0, total: 19000 },
  ],
  total: 161500,
  payment: { method: 'cash', amount: 161500, tendered: 200000 },
};

describe('POS receipt', () => {
  it('lays a sale out in 32 columns: header in the tenant zone, lines, discount, total, cash and change', () => {
    const lines = receiptLines(sale);
    expect(lines.every((l) => l.length <= RECEIPT_WIDTH)).toBe(true);
    expect(lines).toEqual([
      '         Warung Bu Sri',
      '2 Des 2026 19.05 WIB',
      'No                   K7QM-000123',
      'Kasir                  Mbak Dewi',
      '--------------------------------',
      'Indomie Goreng',
      '  5 bks x Rp3.500       Rp17.500',
      'Indomie Goreng',
      '  1 dus x Rp128.000    Rp128.000',
      '  Diskon                -Rp3.000',
      'Minyak Goreng Bimoli Kemasan',
      'Pouch Dua Liter Spesial',
      '  0,5 liter x Rp38.000  Rp19.000',
      '--------------------------------',
      'TOTAL                  Rp161.500',
      'Tunai                  Rp200.000',
      'Kembali                 Rp38.500',
      '--------------------------------',
      '          Terima kasih',
    ]);
  });

  it('names other payments and the customer; the time follows the warung\'s zone', () => {
    const lines = receiptLines({ ...sale, zone: 'Asia/Jayapura', customer: 'Bu Yati', payment: { method: 'credit', amount: 161500 } });
    expect(lines[1]).toBe('2 Des 2026 21.05 WIT');
    expect(lines).toContain('Pelanggan                Bu Yati');
    expect(lines).toContain('Utang                  Rp161.500');
    expect(lines.some((l) => l.startsWith('Kembali'))).toBe(false);
    expect(receiptLines({ ...sale, payment: { method: 'qris', amount: 161500 } })).toContain('QRIS                   Rp161.500');
  });

  it('keeps every line within the width for long names and big amounts', () => {
    const big: ReceiptSale = { ...sale, warung: 'Warung Sembako Berkah Jaya Abadi Sentosa Makmur', cashier: 'Kasir Dengan Nama Yang Sangat Panjang Sekali',
      lines: [{ name: 'X'.repeat(70), qty: 1234.5, unit: 'karung', unitPrice: 999_999_999, discount: 0, total: 1_234_499_998_766 }], total: 1_234_499_998_766,
      payment: { method: 'transfer', amount: 1_234_499_998_766 } };
    const lines = receiptLines(big);
    expect(lines.every((l) => l.length <= RECEIPT_WIDTH)).toBe(true);
    expect(lines).toContain('Kasir Kasir Dengan Nama Yang San');
    expect(lines).toContain('TOTAL        Rp1.234.499.998.766');
  });
});
