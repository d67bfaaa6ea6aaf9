// Reports cut at the tenant's own midnight, Monday and first of the month: the same two sales,
// 23:30 and 00:30 local time, fall into different periods in WIB, WITA and WIT.
import type { TenantZone } from '../../../core/format.ts';
import { basicProducts, type Script, type ScriptStep } from './types.ts';

const shop = (timezone: TenantZone) => ({ timezone, products: basicProducts });

/** Sale A (Rp7.000) just before the boundary, sale B (Rp12.000) just after; then ask at `askAt`. */
function acrossBoundary(before: string, after: string, askAt: string): ScriptStep[] {
  return [
    { at: before },
    { say: 'laku indomie goreng 2', reply: ['tercatat', 'Rp7.000'] },
    { at: after },
    { say: 'laku aqua 3', reply: ['tercatat', 'Rp12.000'] },
    { at: askAt },
  ];
}

export const reportScripts: Script[] = [
  {
    // City try: "rata2 sehari laku berapa" asked the price of a new product "rata"; "kas sekarang ada berapa" got the
    // day's report instead of the drawer's cash.
    name: 'an average a day over this month, and the cash asked as "kas"', at: '2026-11-01T03:00:00Z',
    tenant: shop('Asia/Jakarta'),
    steps: [
      { say: 'laku indomie goreng 2', reply: ['tercatat', 'Rp7.000'] },
      { at: '2026-11-03T03:00:00Z' },
      { say: 'laku aqua 3', reply: ['tercatat', 'Rp12.000'] },
      { say: 'rata2 sehari laku berapa', reply: ['Laporan Bulan ini', 'Omzet Rp19.000', 'Rata-rata sehari (3 hari): omzet Rp6.333', '0,7 transaksi'], not: ['Produk baru'] },
      { say: 'rata-rata omzet per hari minggu ini', reply: ['Laporan Minggu ini', 'Rata-rata sehari (2 hari)'] },
      { say: 'laporan hari ini', reply: ['Omzet Rp12.000'], not: ['Rata-rata'] },
      { say: 'kas sekarang ada berapa', reply: ['Uang tunai Hari ini', 'Masuk Rp12.000'] },
    ],
  },
  {
    // Owner try: "uang di laci harusnya berapa" (the end-of-day cash check) was not understood.
    name: 'the cash the drawer should hold: cash in and out by source, QRIS apart, credit only as paid; owners only', at: '2026-11-21T03:00:00Z',
    tenant: { ...shop('Asia/Jakarta'), cashier: true },
    steps: [
      { say: 'laku indomie goreng 5 bks', reply: ['Rp17.500'] },
      { say: 'laku aqua 2 botol bayar qris', reply: ['QRIS'] },
      { say: 'bu tini ngutang gula 1 kg, bayar 10rb sisanya nanti', reply: ['DP Rp10.000'] },
      { say: 'beli plastik 15rb', reply: ['Rp15.000'] },
      { say: 'kulakan telur 5 kg 125rb', reply: ['Rp125.000'] },
      { say: 'uang di laci harusnya berapa', reply: [
        'Uang tunai Hari ini, 21 Nov', 'Masuk Rp27.500 (penjualan Rp17.500, bayar utang/DP Rp10.000)',
        'Keluar Rp140.000 (kulakan Rp125.000, pengeluaran Rp15.000)', 'berkurang Rp112.500', 'QRIS/transfer Rp8.000'] },
      { say: 'duit tunai kemarin berapa', reply: ['Uang tunai Kemarin, 20 Nov', 'Belum ada uang tunai'] },
      { say: 'uang di laci berapa', as: 'cashier', reply: ['hanya bisa dilakukan pemilik'] },
    ],
  },
  {
    // Owner try (Makassar): "beli beras 5 kg 70rb, bayar 50rb qris 20rb tunai" was all QRIS, the drawer Rp20.000 short.
    name: 'goods paid by cash and QRIS at once: the cash part in the drawer, the rest QRIS; a purchase\'s cash part out of it', at: '2026-11-21T03:00:00Z',
    tenant: shop('Asia/Jakarta'),
    steps: [
      { say: 'ada orang beli beras 5 kg 70rb, bayar 50rb qris 20rb tunai', reply: ['Rp70.000', 'Dibayar Rp50.000 via QRIS, Rp20.000 tunai (masuk laci)'], not: ['Dibayar via QRIS'] },
      { say: 'laku telur 2 kg, tunai 10rb sisanya qris', reply: ['Dibayar Rp50.000 via QRIS, Rp10.000 tunai (masuk laci)'] },
      { say: 'kulakan gula 2 kg 32rb, tf 30rb sisanya cash', reply: ['Dibayar Rp30.000 via transfer, Rp2.000 tunai (dari laci)'] },
      // A count paid by QRIS (a try of the twenty-fifth session: all Rp35.000 was QRIS).
      { say: 'laku indomie goreng 10 bks 35rb, 2 bks dibayar qris sisanya cash', reply: ['Dibayar Rp7.000 via QRIS, Rp28.000 tunai (masuk laci)'] },
      // Counts each way, the price the catalogue's (a helper's try: "6 cash 4 qris" was all cash).
      { say: 'laku indomie goreng 10 bks, 6 cash 4 qris', reply: ['Dibayar Rp14.000 via QRIS, Rp21.000 tunai (masuk laci)'] },
      { say: 'uang di laci harusnya berapa', reply: ['Masuk Rp79.000 (penjualan Rp79.000)', 'Keluar Rp2.000 (kulakan Rp2.000)', 'QRIS/transfer Rp121.000'] },
    ],
    rows: [{ sql: `select payment, total, cash_part from transactions where tenant_id = $1 order by created_at`, rows: [
      { payment: 'qris', total: 70000, cash_part: 20000 }, { payment: 'qris', total: 60000, cash_part: 10000 }, { payment: 'transfer', total: 32000, cash_part: 2000 },
      { payment: 'qris', total: 35000, cash_part: 28000 }, { payment: 'qris', total: 35000, cash_part: 21000 },
    ] }],
  },
  {
    // Owner try (Padang): "uni ros bayia utang 20rb, 10rb tunai 10rb qris" put all Rp20.000 in the drawer.
    name: 'a debt payment or an expense paid by cash and QRIS at once: only the cash part through the drawer', at: '2026-11-21T03:00:00Z',
    tenant: shop('Asia/Jakarta'),
    steps: [
      { say: 'uni ros ngutang 50rb', reply: ['Uni Ros'] },
      { say: 'uni ros bayia utang 20rb, 10rb tunai 10rb qris', reply: ['Uni Ros bayar utang Rp20.000', 'Dibayar Rp10.000 via QRIS, Rp10.000 tunai (masuk laci)', 'Sisa utang Uni Ros Rp30.000'] },
      { say: 'bayar listrik 150rb, 100rb qris 50rb cash', reply: ['Rp150.000', 'Dibayar Rp100.000 via QRIS, Rp50.000 tunai (dari laci)'] },
      // The QRIS part of the debt paid is in the bank line (a helper's try: it was in neither line).
      { say: 'uang di laci harusnya berapa', reply: ['Masuk Rp10.000 (bayar utang/DP Rp10.000)', 'Keluar Rp50.000 (pengeluaran Rp50.000)', 'QRIS/transfer Rp10.000 masuk rekening'] },
    ],
    rows: [
      { sql: `select payment, amount, cash_part from debt_payments where tenant_id = $1`, rows: [{ payment: 'qris', amount: 20000, cash_part: 10000 }] },
      { sql: `select payment, total, cash_part from transactions where tenant_id = $1 and kind = 'expense'`, rows: [{ payment: 'qris', total: 150000, cash_part: 50000 }] },
    ],
  },
  {
    // Owner try on 5 December: "laporan bulan november", "tgl 1 sampai 3 desember" and "3 hari terakhir" got today's report.
    name: 'report: whole days by name (a month, days from one to another, the last N days) in the tenant\'s zone', at: '2026-09-14T03:00:00Z', tenant: shop('Asia/Makassar'),
    steps: [
      { say: 'laku indomie goreng 2', reply: ['Rp7.000'] },
      // 1 Oct 00:30 WITA (30 Sep 16:30 UTC): October's, not September's.
      { at: '2026-09-30T16:30:00Z' },
      { say: 'laku aqua 3', reply: ['Rp12.000'] },
      { at: '2026-10-03T02:00:00Z' },
      { say: 'laku aqua 1', reply: ['Rp4.000'] },
      { at: '2026-12-05T03:00:00Z' },
      { say: 'laporan bulan september', reply: ['Laporan Sep 2026', 'Omzet Rp7.000'], not: ['Aqua'] },
      { say: 'laporan bulan oktober', reply: ['Laporan Okt 2026', 'Omzet Rp16.000'] },
      { say: 'laporan bulan november', reply: ['Laporan Bulan lalu, Nov 2026', 'Belum ada penjualan'] },
      { say: 'laporan tgl 1 sampai 2 oktober', reply: ['Laporan 1 Okt–2 Okt', 'Omzet Rp12.000'] },
      { say: 'laku aqua 2', reply: ['Rp8.000'] },
      { say: 'omzet 3 hari terakhir', reply: ['Laporan 3 Des–5 Des', 'Omzet Rp8.000'] },
    ],
  },
  {
    name: 'report: day boundary in WIB (today vs yesterday)', at: '2026-11-20T16:00:00Z', tenant: shop('Asia/Jakarta'),
    steps: [
      // 23:30 and 00:30 WIB
      ...acrossBoundary('2026-11-20T16:30:00Z', '2026-11-20T17:30:00Z', '2026-11-21T05:00:00Z'),
      { say: 'laporan hari ini', reply: ['Laporan', 'Omzet Rp12.000', 'Aqua 600 ml 3 btl'], not: ['Indomie Goreng'] },
      { say: 'laporan kemarin', reply: ['Omzet Rp7.000', 'Indomie Goreng 2 bks'], not: ['Aqua'] },
      // Two periods in one question get a report each, in the order asked (owner try: only yesterday came).
      { say: 'laporan kemarin sama hari ini', reply: ['Laporan Kemarin, 20 Nov\nOmzet Rp7.000', 'Laporan Hari ini, 21 Nov\nOmzet Rp12.000'] },
    ],
  },
  {
    name: 'report: day boundary in WITA (the same instants fall on other days than in WIB)', at: '2026-11-20T15:00:00Z', tenant: shop('Asia/Makassar'),
    steps: [
      // 23:30 and 00:30 WITA (22:30 and 23:30 WIB, both on the 20th there)
      ...acrossBoundary('2026-11-20T15:30:00Z', '2026-11-20T16:30:00Z', '2026-11-21T04:00:00Z'),
      { say: 'laporan hari ini', reply: ['Omzet Rp12.000'], not: ['Indomie Goreng'] },
      { say: 'laporan kemarin', reply: ['Omzet Rp7.000'], not: ['Aqua'] },
    ],
  },
  {
    name: 'report: day boundary in WIT', at: '2026-11-20T14:00:00Z', tenant: shop('Asia/Jayapura'),
    steps: [
      // 23:30 and 00:30 WIT
      ...acrossBoundary('2026-11-20T14:30:00Z', '2026-11-20T15:30:00Z', '2026-11-21T03:00:00Z'),
      { say: 'laporan hari ini', reply: ['Omzet Rp12.000'], not: ['Indomie Goreng'] },
      { say: 'laporan kemarin', reply: ['Omzet Rp7.000'], not: ['Aqua'] },
    ],
  },
  {
    name: 'report: week boundary in WIT (Sunday night vs Monday)', at: '2026-11-22T13:00:00Z', tenant: shop('Asia/Jayapura'),
    steps: [
      // Sunday 23:00 WIT, Monday 01:00 WIT
      ...acrossBoundary('2026-11-22T14:00:00Z', '2026-11-22T16:00:00Z', '2026-11-23T03:00:00Z'),
      { say: 'laporan minggu ini', reply: ['Omzet Rp12.000'], not: ['Indomie Goreng'] },
      { say: 'laporan minggu lalu', reply: ['Omzet Rp7.000'], not: ['Aqua'] },
    ],
  },
  {
    name: 'report: week boundary in WIB', at: '2026-11-22T15:00:00Z', tenant: shop('Asia/Jakarta'),
    steps: [
      // Sunday 23:30 WIB, Monday 00:30 WIB
      ...acrossBoundary('2026-11-22T16:30:00Z', '2026-11-22T17:30:00Z', '2026-11-23T05:00:00Z'),
      { say: 'laporan minggu ini', reply: ['Omzet Rp12.000'], not: ['Indomie Goreng'] },
      { say: 'laporan minggu lalu', reply: ['Omzet Rp7.000'], not: ['Aqua'] },
    ],
  },
  {
    name: 'report: month boundary in WITA (30 Nov night vs 1 Dec)', at: '2026-11-30T15:00:00Z', tenant: shop('Asia/Makassar'),
    steps: [
      // 30 Nov 23:30 WITA, 1 Dec 00:30 WITA
      ...acrossBoundary('2026-11-30T15:30:00Z', '2026-11-30T16:30:00Z', '2026-12-01T04:00:00Z'),
      { say: 'omzet bulan ini', reply: ['Omzet Rp12.000'], not: ['Indomie Goreng'] },
      { say: 'laporan bulan lalu', reply: ['Omzet Rp7.000'], not: ['Aqua'] },
    ],
  },
  {
    name: 'report: month boundary in WIB', at: '2026-11-30T16:00:00Z', tenant: shop('Asia/Jakarta'),
    steps: [
      ...acrossBoundary('2026-11-30T16:30:00Z', '2026-11-30T17:30:00Z', '2026-12-01T05:00:00Z'),
      { say: 'omzet bulan ini', reply: ['Omzet Rp12.000'], not: ['Indomie Goreng'] },
      { say: 'laporan bulan lalu', reply: ['Omzet Rp7.000'], not: ['Aqua'] },
    ],
  },
  {
    name: 'report: profit, expenses and receivables', at: '2026-11-21T02:00:00Z', tenant: shop('Asia/Jakarta'),
    steps: [
      { say: 'laku indomie goreng 10 bks 35rb', reply: ['tercatat'] },
      { say: 'bayar listrik 20rb', reply: ['tercatat'] },
      { say: 'bu sri ngutang 25rb', reply: ['tercatat'] },
      { say: 'laporan hari ini', reply: ['Omzet Rp35.000', 'Laba kotor Rp5.000', 'Pengeluaran Rp20.000', 'Laba bersih -Rp15.000', 'Piutang Rp25.000 (1 orang)'] },
    ],
  },
  {
    // Owner tries: "kirim laporan tiap malam bisa?" got today's report; "gimana cara hapus catatan" looked for an entry
    // to undo named "cara".
    name: 'asking about the daily report and how to undo answers the question', at: '2026-11-21T02:00:00Z', tenant: shop('Asia/Jakarta'),
    steps: [
      { say: 'kirim laporan tiap malam bisa?', reply: ['Ringkasan hari ini saya kirim otomatis tiap hari jam 21.00 WIB'], not: ['Omzet'] },
      { say: 'laporane saben dino dikirim ora?', reply: ['otomatis tiap hari'] },
      { say: 'gimana cara hapus catatan', reply: ['Ketik "batal"'], not: ['tidak ketemu'] },
    ],
  },
  {
    name: 'report of one product this week', at: '2026-11-21T02:00:00Z', tenant: shop('Asia/Jakarta'),
    steps: [
      { say: 'laku indomie goreng 4', reply: ['tercatat'] },
      { say: 'laku aqua 1', reply: ['tercatat'] },
      { say: 'laporan indomie goreng minggu ini', reply: ['Indomie Goreng', 'Laku 4 bks', 'Omzet Rp14.000', 'Stok sekarang 36 bks'] },
    ],
  },
];
