import { describe, expect, it } from 'vitest';
import { asksCashDrawer } from './cash-drawer.ts';

describe('asksCashDrawer', () => {
  it.each(['uang di laci harusnya berapa', 'duit tunai hari ini berapa', 'isi laci ada berapa?', 'kas di kasir kemarin brp', 'duit neng laci kudune piro', 'saldo kas skrg brp ya'])(
    '%s asks the cash', (text) => expect(asksCashDrawer(text)).toBe(true));
  it.each(['beli laci 1 buah 50rb', 'tambah kasir rina 0812345678', 'laporan hari ini', 'uang masuk hari ini berapa', 'bayar tunai 20rb'])(
    '%s does not', (text) => expect(asksCashDrawer(text)).toBe(false));
});
