// What the books have no entry for, answered with why and what to write instead of "saya belum paham":
// money that only moves ("setor ke bank 2jt", "modal awal 1jt", "ambil uang laci 100rb") is no sale, purchase or
// expense (the parser's corpus says so); goods sent back to a supplier ("retur roti 5 bks ke sales") have no
// return entry yet; a debt paid and goods traded in one message are two entries, asked for one by one.
import { cashOutPhrase, debtPayPhrase, laterCreditClause, moneyChanged, returnPhrase } from '../language/lexicon.ts';

const moves = /\b(setor|setoran|nyetor|tabung|nabung|celengan|modal|tarik tunai|transfer ke|tf ke|pindah(?:in)? (?:uang|duit))\b/i;

/** Whether a message not understood talks of moving money (a deposit, capital, cash taken out, change broken into coins). */
export const movesMoneyOnly = (text: string): boolean => (moves.test(text) || cashOutPhrase.test(text) || moneyChanged.test(text)) && /\d|juta|ribu|rebu|ewu|sejuta/i.test(text);

// "udah transfer ke agen 1,2jt buat kulakan": money sent to a supplier pays for goods or a debt, not a move.
const toSupplier = /\b(agen|grosir|sales|supplier|suplier|distributor|pabrik|toko|kulakan|kulak|ngulak|belanjaan|barang|utang|hutang|nota)\b/i;

/** The answer to a money move the parser did not understand: paying a supplier asks for the goods or the debt. */
export const cashMoveReply = (text: string): string => (toSupplier.test(text) ? supplierPayText : cashMoveText);

export const supplierPayText = [
  'Kak, kalau itu bayar kulakan, tulis juga barangnya biar stoknya ikut tercatat, misalnya "kulakan gula 10 kg 170rb dari agen, bayar transfer".',
  'Kalau itu bayar utang ke agen, tulis misalnya "bayar utang ke agen 1,2jt".',
].join('\n');

export const cashMoveText = [
  'Oke Kak, itu perpindahan uang (setor ke bank, modal, ambil uang), bukan penjualan atau pengeluaran, jadi tidak saya catat dan laba tidak berubah.',
  'Kalau uangnya dipakai untuk keperluan rumah, tulis misalnya "ambil uang 100rb buat belanja rumah", nanti tercatat sebagai pengeluaran.',
].join('\n');

/** Whether a message not understood gives counted goods back (the parser reads no intent for it: language/intent.ts). */
export const returnsGoods = (text: string): boolean => returnPhrase.test(text) && /\d/.test(text);

/** The answer to goods given back: by a customer (the sale is voided) or to a supplier (the stock taken off). */
// "ada yang retur indomie 2 bks", "ada yg kembalikan aqua": someone (a customer) brought goods back.
export const returnReply = (text: string): string => (/\b(pembeli|pelanggan|konsumen|customer|orang|yg beli|yang beli|ada (?:yang|yg)|ono sing|aya nu)\b/i.test(text) ? customerReturnText : returnText);

export const customerReturnText = [
  'Retur dari pembeli belum bisa saya catat langsung, Kak 🙏',
  'Kalau uangnya dikembalikan semua, batalkan penjualannya: ketik "catatan hari ini", lalu "batal" dan nomornya. Stok dan omzetnya ikut kembali.',
].join('\n');

export const returnText = [
  'Retur barang ke pemasok belum bisa saya catat, Kak 🙏',
  'Kalau barangnya sudah keluar dari warung, kurangi stoknya, misalnya "stok roti kurangi 5 bks" (nilainya masuk ke selisih stok). Kalau pemasok memotong tagihan, catat kulakan berikutnya dengan harga setelah potongan.',
].join('\n');

/** "bu sri bayar utang 30rb sama beli gula 1 kg 18rb": a debt paid and goods traded, which the parser leaves unread. */
export const paysAndTrades = (text: string): boolean => debtPayPhrase.test(text) && tradeWord.test(text) && /\d/.test(text);
const tradeWord = /\b(beli|tuku|meuli|meser|tumbas|ambil|ngambil|laku|jual|kulakan|kulak|borong|ngutang|ngebon|kasbon)\b/i;

/** Whether a message not understood sells for cash, then puts other goods on a person's bon (two entries). */
export const cashThenCredit = (text: string): boolean => laterCreditClause.test(text);

export const cashThenCreditText = [
  'Kak, di pesan ini ada dua catatan: yang dibayar dan yang diutang (atau utang dua orang) 🙏 Tolong kirim satu-satu ya, misalnya:',
  '• "laku indomie goreng 3, aqua 2"',
  '• "bu sri ngutang gula 1 kg"',
].join('\n');

export const twoEntriesText = [
  'Kak, di pesan ini ada dua catatan: bayar utang dan jual/beli barang 🙏 Tolong kirim satu-satu ya, misalnya:',
  '• "bu sri bayar utang 30rb"',
  '• "bu sri beli gula 1 kg 18rb"',
].join('\n');

// "harga beli gula naik jadi 15rb sekilo": the cost is what the goods were bought for (kulakan), not a price the owner
// sets; it changed the selling price (helper try).
const costPrice = /\b(?:harga|hrg|rega|regane) (?:beli|belinya|kulak|kulakan|modal|modalnya|pokok|dasar)\b|^(?:modal|modalnya|modale)\b/i;
/** Whether a price change names the cost, not the selling price. */
export const changesCost = (text: string): boolean => costPrice.test(text.trim());
export const costPriceText = 'Harga beli (modal) saya hitung sendiri dari kulakan, Kak, jadi tidak saya ubah dan harga jual tetap. Catat kulakannya ya, misalnya "kulakan gula 10 kg 150rb".';

/** Two entries of different kinds ("laku …, kulakan …") that could not both be booked unasked. */
export const twoKindsText = [
  'Kak, di pesan ini ada dua catatan yang berbeda (misalnya penjualan dan kulakan) 🙏 Tolong kirim satu-satu ya, misalnya:',
  '• "laku kopi 3 sachet 6rb"',
  '• "kulakan gula 5 kg 85rb"',
].join('\n');

/** The parts of a voice note of `of` entries that needed a question first: not booked, to send one by one. */
export const severalEntriesText = (left: readonly string[], of: number): string => [
  left.length === of
    ? `Kak, di pesan ini ada ${of} catatan, dan semuanya perlu saya tanyakan dulu, jadi belum ada yang saya catat 🙏 Tolong kirim satu-satu ya:`
    : `Yang ini belum saya catat, Kak, karena perlu saya tanyakan dulu 🙏 Tolong kirim satu-satu ya:`,
  ...left.map((p) => `• "${p}"`),
].join('\n');

// "hari ini tutup, libur lebaran", "besok buka jam 7", jv "sesuk prei": news about opening hours, nothing to book.
const hours = /\b(tutup|libur|prei|pere|buka|bukak|mbukak|cuti)\b/i;
const money = /\d\s*(rb|ribu|rebu|ewu|k|jt)\b|\brp/i;

/** Whether a message not understood only tells when the warung opens or closes. */
export const tellsOpeningHours = (text: string): boolean => hours.test(text) && !money.test(text);

export const openingHoursText = 'Oke, Kak 🙏 Tidak ada yang saya catat. Kalau warung buka lagi, kirim saja jualannya seperti biasa.';
