// The router's own words: help, greetings, holding replies, and one-line descriptions of a frame
// (echoed in questions so a wrong reading is seen at once).
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { ResolvedFrame, ResolvedItem } from './types.ts';

export const examples = [
  '"laku indomie goreng 5 bks 17.500"',
  '"kulakan telur 5 kg 130rb"',
  '"bu sri ngutang 25rb"',
];

export const helpText = [
  'Saya bisa bantu catat jualan, belanja, pengeluaran, utang-piutang, cek stok, dan laporan. Contoh:',
  '• laku indomie 5 bks 17.500',
  '• kulakan telur 5 kg 130rb',
  '• bayar listrik 150rb',
  '• bu sri ngutang 25rb / bu sri bayar utang 10rb',
  '• stok beras masih brp? / telor pecah 3 butir (barang rusak atau hilang)',
  '• laporan hari ini',
  '• utang siapa aja? / utang bu sri berapa / tagih bu sri',
  '• catatan hari ini',
  '• harga cabe rawit hari ini / cariin telur 10 kg maks 27rb/kg (saya tanya dan tawar ke supplier; "status tawar" untuk lihat hasilnya)',
  '• tambah supplier pak budi 0813… / tambah kasir mbak sari 0813…',
  'Salah catat? Ketik "batal", "batal 3" (nomor di catatan hari ini) atau "salah, harusnya 5 bukan 3".',
].join('\n');

/** A cashier's help: what happens at the counter (permissions.ts), nothing they would be refused. */
export const cashierHelpText = [
  'Saya bisa bantu catat penjualan, utang pelanggan, dan cek stok. Contoh:',
  '• laku indomie 5 bks 17.500 / aqua 2, indomie goreng 3, bayar qris',
  '• bu sri ngutang 25rb / bu sri bayar utang 10rb',
  '• stok beras masih brp? / harga rokok surya berapa',
  '• catatan hari ini',
  'Salah catat? Ketik "batal" atau "salah, harusnya 5 bukan 3".',
].join('\n');

export const greetingText = (name: string | null) =>
  `Halo, ${name ?? 'Kak'}! 👋 Mau catat apa hari ini? Misalnya ${examples[0]} atau "laporan hari ini".`;

export const closingText = 'Siap Kak, selamat istirahat! 🙏 Rekap hari ini tinggal ketik "laporan hari ini".';

export const thanksText = 'Sama-sama, Kak! 🙏 Kabari saja kalau ada yang mau dicatat.';

export const unknownText = [
  'Maaf Kak, saya belum paham maksudnya 🙏 Coba tulis seperti ini:',
  '• laku indomie 5 bks 17.500',
  '• kulakan gula 10 kg 150rb',
  '• stok beras masih brp?',
  'Ketik "bantuan" untuk contoh lainnya.',
].join('\n');

export const comingSoonText = {
  negotiate: 'Siap Kak, fitur cariin & tawar barang ke supplier segera hadir 🙏 Untuk sekarang catat dulu belanjanya, ya.',
  market_price: 'Fitur cek harga pasar segera hadir, Kak 🙏',
  other: 'Fitur ini segera hadir, Kak 🙏',
};

export const supplierHoldText = (name: string) =>
  `Terima kasih, ${name} 🙏 Pesannya sudah kami terima dan akan diteruskan ke pemilik warung.`;

export const ownerOnlyText = 'Maaf Kak, yang ini hanya bisa dilakukan pemilik warung 🙏';
/** A reminder about something other than a debt: only debt reminders are sent. */
export const otherReminderText = 'Maaf Kak, pengingat yang bisa saya kirim baru soal tagihan utang, misalnya "ingetin tagih bu sri besok" 🙏';

export const cancelledText = 'Oke Kak, tidak jadi dicatat.';

const verbs: Record<string, string> = {
  sale: 'Penjualan', purchase: 'Pembelian', expense: 'Pengeluaran', debt_add: 'Utang', debt_pay: 'Bayar utang',
  stock_in: 'Stok masuk', stock_out: 'Stok keluar', stock_set: 'Stok sekarang', price_set: 'Harga baru', stock_check: 'Cek stok', report: 'Laporan',
};

export function describeItem(i: ResolvedItem): string {
  const qty = `${formatQty(i.qty)}${i.unit ? ` ${i.unit}` : ''}`;
  if (i.unitPrice != null && i.total != null) return `${i.name} ${qty} × ${formatRupiah(i.unitPrice)} = ${formatRupiah(i.total)}`;
  if (i.unitPrice != null) return `${i.name} ${formatRupiah(i.unitPrice)}`;
  return `${i.name} ${qty}`;
}

/** "Penjualan Indomie Goreng 5 bks × Rp3.500 = Rp17.500" */
export function describeFrame(f: ResolvedFrame): string {
  const verb = verbs[f.intent] ?? f.intent;
  const who = f.counterparty ? ` (${f.counterparty})` : '';
  if (f.items.length) {
    const items = f.items.map(describeItem).join(', ');
    const total = f.items.length > 1 && f.amount != null ? `, total ${formatRupiah(f.amount)}` : '';
    return `${verb} ${items}${total}${who}`;
  }
  return `${verb}${f.category ? ` ${f.category}` : ''}${f.amount != null ? ` ${formatRupiah(f.amount)}` : ''}${who}`;
}
