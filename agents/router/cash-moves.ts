// Money that only moves ("setor ke bank 2jt", "modal awal 1jt", "ambil uang laci 100rb") is no sale, purchase
// or expense: the parser books nothing (its corpus says so). The owner still gets an answer that says why
// and how to book the till's money taken home, not "saya belum paham".
import { cashOutPhrase } from '../language/lexicon.ts';

const moves = /\b(setor|setoran|nyetor|tabung|nabung|celengan|modal|tarik tunai|transfer ke|tf ke|pindah(?:in)? (?:uang|duit))\b/i;

/** Whether a message not understood talks of moving money (a deposit, capital, cash taken out). */
export const movesMoneyOnly = (text: string): boolean => (moves.test(text) || cashOutPhrase.test(text)) && /\d|juta|ribu|rebu|ewu|sejuta/i.test(text);

export const cashMoveText = [
  'Oke Kak, itu perpindahan uang (setor ke bank, modal, ambil uang), bukan penjualan atau pengeluaran, jadi tidak saya catat dan laba tidak berubah.',
  'Kalau uangnya dipakai untuk keperluan rumah, tulis misalnya "ambil uang 100rb buat belanja rumah", nanti tercatat sebagai pengeluaran.',
].join('\n');
