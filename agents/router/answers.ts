// Reading short answers to the bot's own questions: "1", "ya", "per bungkus", "3.500", a phone number.
// Pure: values in, values out. The full parser handles real messages; these are the replies to a question.
import { seUnit, unitOf } from '../language/units.ts';
import { wordTable } from '../../core/word-table.ts';

/** The text lower-cased, its punctuation but . , + gone, its spaces single. */
export const clean = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s.,+]/gu, ' ').replace(/\s+/g, ' ').trim();

const particles = '(?: (?:kak|kaka|mas|mbak|bang|pak|bu|dong|deh|aja|saja|wae|bae|lah|sih|ya|yo|jadi|betul|benar|lanjut))*';
// Indonesian, Javanese ("iyo", "yo", "nggih", "inggih", "sampun"), Sundanese ("muhun", "enya", "mangga") and Makassar
// ("iye") yes.
const yesWords = new RegExp(`^(?:y|ya|ye|iya|iy|iyo|io|yo|iye|iyye|enya|enyaa|iyaa|yes|yup|yoi|ok|oke|okay|okey|sip|siap|betul|benar|bener|boleh|lanjut|gas|setuju|nggih|enggih|injih|inggih|nggeh|sampun|muhun|sumuhun|mangga|leres|he eh|heeh|hooh|iya deh)${particles}$`);
// No: "tidak", "gak jadi", and leaving things be ("biarin", "gak usah"); Javanese "ora", "mboten", Sundanese "henteu", "moal".
const noWord = '(?:t|tdk|tidak|tak|gak|ga|gk|nggak|ngga|enggak|engga|no|nope|jangan|batal|batalkan|batalin|ndak|mboten|ora|henteu|hente|moal|teu|ulah|cancel|salah|biarin|biarkan|biar|biarin aja|usah|jadi|sido|sida|ah|produk|barang|itu|lain)';
// "bukan" (not that), Javanese "dudu", Sundanese "sanes" and "lain" (after "teu"), and the east's "sonde", "seng", "tra", Banjar "kada", Minang "indak".
const noWords = new RegExp(`^(?:t|tdk|tidak|tak|gak|ga|gk|nggak|ngga|enggak|engga|no|nope|jangan|bukan|bkn|dudu|sanes|sonde|seng|tra|kada|indak|batal|batalkan|batalin|ndak|mboten|ora|ra|hora|henteu|teu|moal|gajadi|gakjadi|gjd|ulah|cancel|salah|biarin|biarkan|gausah|ga usah|gak usah|nggak usah|tidak usah|ndak usah|ora usah|teu kedah)(?: ${noWord})*${particles}$`);

const skipWords = /^(?:skip|skp|lewat|lewati|lewatin|lanjut|gak tau|ga tau|gatau|gk tau|nggak tau|ngga tau|tidak tahu|gak tahu|ga tahu|embuh|ora ngerti|teu terang|teu nyaho|nanti aja|ntar aja|lupa)[.!\s]*$/;

/** "skip", "gak tau", jv "embuh": the question is left unanswered (never a name or a number). */
export const readSkip = (text: string): boolean => skipWords.test(text.toLowerCase().trim());

/** "ya" → true, "tidak" → false, anything else → null. */
export function readYesNo(text: string): boolean | null {
  const t = clean(text).replace(/[.,]/g, '').trim();
  if (yesWords.test(t)) return true;
  if (noWords.test(t)) return false;
  return null;
}

const ordinals: Record<string, number> = wordTable({
  satu: 1, pertama: 1, kesatu: 1, dua: 2, kedua: 2, tiga: 3, ketiga: 3, empat: 4, keempat: 4, lima: 5, kelima: 5,
});

/** "1", "no 2", "yang kedua", "nomor 3" → 1-based index, if within 1..count. Else null. */
export function readChoiceNumber(text: string, count: number): number | null {
  const t = clean(text).replace(/[.,]/g, ' ').trim();
  const m = /^(?:(?:no|nomor|nomer|nmr|yang|yg|pilih|pilihan)\s*)*(\d{1,2}|\p{L}+)(?:\s+(?:aja|saja|kak|ya|dong))*$/u.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : ordinals[m[1]];
  return n !== undefined && n >= 1 && n <= count ? n : null;
}

// Jakarta slang for money, from Hokkien numerals ("gopek" = 500, "goceng" = 5.000, "ceban" = 10.000).
const slang: Record<string, number> = wordTable({
  gocap: 50, cepek: 100, nopek: 200, gopek: 500, seceng: 1000, ceceng: 1000, noceng: 2000, goceng: 5000,
  ceban: 10_000, noban: 20_000, goban: 50_000, cepban: 100_000, sejuta: 1_000_000, seribu: 1000, sepuluh_ribu: 10_000,
});

const scale: Record<string, number> = wordTable({
  rb: 1e3, ribu: 1e3, rebu: 1e3, ewu: 1e3, k: 1e3, rbu: 1e3, jt: 1e6, juta: 1e6, jeti: 1e6,
});

/** The first rupiah amount in a short answer: "3500", "3.500", "Rp 3.500,-", "3,5rb", "2 jt" → number. */
export function readAmount(text: string): number | null {
  const t = clean(text).replace(/\brp\.?\s*/g, '');
  const word = /(?:^|\s)(gocap|cepek|nopek|gopek|seceng|ceceng|noceng|goceng|ceban|noban|goban|cepban|sejuta|seribu|sepuluh ribu)(?:\s|$)/.exec(t);
  if (word && !/\d/.test(t)) return slang[word[1].replace(' ', '_')];
  const m = /(\d+(?:[.,]\d+)*)\s*(rb|ribu|rebu|ewu|rbu|k|jt|juta|jeti)?\b/.exec(t);
  if (!m) return null;
  const unit = m[2] ? scale[m[2]] : 1;
  let digits = m[1];
  let value: number;
  if (unit > 1) {
    // "3,5rb" / "1.5jt": one separator followed by 1-2 digits is a decimal point.
    value = Number(digits.replace(/^(\d+)[.,](\d{1,2})$/, '$1.$2').replace(/[.,](?=\d{3}\b)/g, ''));
  } else {
    // Thousands separators: "3.500", "1,500,000"; a trailing ",00"/",-" is cents.
    digits = digits.replace(/,\d{2}$/, '');
    value = Number(digits.replace(/[.,]/g, ''));
  }
  if (!Number.isFinite(value)) return null;
  return Math.round(value * unit);
}

/**
 * A price given as the answer to "harga jualnya berapa?": the amount; 'small' for a bare number below any
 * rupiah price ("5": Rp5 is no price, 5rb was likely meant); null when there is none or the number counts goods
 * ("retur roti 5 bks ke sales" is a new message, not Rp5).
 */
export function readPrice(text: string): number | 'small' | null {
  text = priceText(text);
  const t = clean(text).replace(/\brp\.?\s*/g, '');
  // Owner try: "setor ke bank 500rb" after "Harga jualnya berapa?" became the price of a product (and a sale).
  if (movesMoney.test(t)) return null;
  const counted = /(?:^|\s)\d+(?:[.,]\d+)?\s*(\p{L}+)/u.exec(t);
  if (counted && scale[counted[1]] === undefined && unitOf(counted[1]) !== null) return null;
  const n = readAmount(text);
  return n !== null && n < 100 && /\d/.test(text) ? 'small' : n;
}

/** Words of money moving elsewhere, never in a price typed as an answer ("5rb", "harga jualnya 5rb", "modalnya 4rb"). */
// "pinjemin pak rt 100rb dari laci" (a helper's try: it became the price of the product asked about, the loan lost):
// money lent, a person named or the drawer is a message of its own.
const movesMoney = /\b(setor|setoran|nyetor|bank|tarik|narik|transfer|transferan|tf|bayar|bayarin|pinjam|pinjem|minjem|pinjemin|pinjamin|minjemin|nginjem|nginjam|dipinjam|dipinjem|balikin|utang|hutang|ngutang|ngebon|kasbon|gaji|listrik|arisan|terima|nerima|dapat|dapet|kirim|ngirim|laci)\b|\b(pak|bu|bapak|ibu|mas|mbak|mba|bang|abang|om|tante|mang|teh|ceu|daeng|uni|uda|pace|mace|koh|ko|cik|ci) \p{L}{2,}/u;

// "sebungkus 42rb, 1 slop isi 10 bks": a pack's size said beside the price.
// ("3500 satu bungkus, isinya 40 satu dus": the pack named after its size).
const packSizeSaid = /(?:^|[\s,;.])(?:satu|1|se|sa) ?(\p{L}+) isi(?:nya)? (\d+)(?: ?\p{L}+)?/u;
const packSizeAfter = /(?:^|[\s,;.])isi(?:nya)? (\d+)(?: \p{L}+)? (?:satu|1|se|sa) ?(\p{L}+)/u;
/** A price answer without the pack size said beside it, "/" and "@" read as "per" ("3500/bks", "@3500"). */
const priceText = (text: string) => text.replace(packSizeSaid, ' ').replace(packSizeAfter, ' ').trim().replace(/[/@]/g, ' per ');

/** "1 slop isi 10 bks" said with a price: the pack's unit and its size; else null. */
export function readPackSize(text: string): { unit: string; size: number } | null {
  const t = clean(text);
  const before = packSizeSaid.exec(t);
  const after = before ? null : packSizeAfter.exec(t);
  const [word, size] = before ? [before[1]!, before[2]!] : after ? [after[2]!, after[1]!] : [null, null];
  const unit = word ? unitOf(word) ?? seUnit(`se${word}`) : null;
  return unit ? { unit, size: Number(size) } : null;
}

/** The unit a price typed as an answer is for: "5rb sebungkus", "4rb per botol", "3500/bks" → its unit; else null. */
export function readPriceUnit(text: string): string | null {
  const words = clean(priceText(text)).split(/[\s,.]+/);
  for (const [i, w] of words.entries()) {
    const se = seUnit(w);
    if (se) return se;
    // "4rb per botol", "3500 satu bungkus"
    if ((w === 'per' || w === 'satu') && words[i + 1] && unitOf(words[i + 1]!)) return unitOf(words[i + 1]!);
  }
  return null;
}

/** "per bungkus", "satuan", "@" → 'unit'; "total", "semua" → 'total'; else null. */
export function readPriceKind(text: string): 'unit' | 'total' | null {
  const t = clean(text);
  if (/\b(total|totalnya|semua|semuanya|sekalian|jadi|borongan|semua nya)\b/.test(t)) return 'total';
  // jv "sak sachet": per one (it was not understood, and the sale dropped).
  if (/(^|\s)(per|@|satuan|satuannya|sebiji|satunya|sebungkus|seharga|masing|masing2|tiap|sak|se\p{L}+)\b/u.test(t) || text.includes('@')) return 'unit';
  // "satu botolnya", "1 bks", su "hiji bungkus", jv "siji": the price of one (Makassar try).
  if (/(^|\s)(satu|1|hiji|siji|sa) \p{L}+/u.test(t) && !/\d{2,}|\b\d+ ?(rb|ribu|k)\b/.test(t)) return 'unit';
  return null;
}

/** Indonesian phone numbers as typed ("0812-3456-789", "62812…", "+62 812…") → E.164, else null. */
export function normalizePhone(text: string): string | null {
  const digits = text.replace(/[^\d+]/g, '');
  let d = digits.startsWith('+') ? digits.slice(1) : digits;
  if (d.includes('+')) return null;
  if (d.startsWith('0')) d = `62${d.slice(1)}`;
  else if (d.startsWith('8')) d = `62${d}`;
  if (!/^62\d{8,13}$/.test(d)) return null;
  return `+${d}`;
}

export type StaffCommand = { action: 'add' | 'remove'; role: 'cashier' | 'staff'; phone: string; name: string | null };

/** "tambah kasir 0812… (nama)", "hapus kasir 0812…", "tambah karyawan …" → a command; else null. */
export function readStaffCommand(text: string): StaffCommand | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(tambah|tambahkan|tambahin|daftarkan|daftarin|add|hapus|hapuskan|hapusin|keluarkan|copot|remove)\s+(kasir|karyawan|staf|staff|pegawai)\b\s*(.*)$/iu.exec(t);
  if (!m) return null;
  const action = /^(tambah|tambahkan|tambahin|daftarkan|daftarin|add)$/i.test(m[1]) ? 'add' : 'remove';
  const role = /kasir/i.test(m[2]) ? 'cashier' : 'staff';
  const rest = m[3];
  const phoneMatch = /\+?\d[\d\s-]{7,17}\d/.exec(rest);
  if (!phoneMatch) return null;
  const phone = normalizePhone(phoneMatch[0]);
  if (!phone) return null;
  const name = rest.replace(phoneMatch[0], ' ').replace(/\b(nama(nya)?|an\.?|a\.n\.?)\b/giu, ' ')
    .replace(/[^\p{L}\s.']/gu, ' ').replace(/\s+/g, ' ').trim();
  return { action, role, phone, name: name ? name.slice(0, 60) : null };
}

// "ga dijual, buat masak", "bahan masak", jv "ora didol", su "teu dijual": goods bought are not for sale.
const notForSale = /\b(?:ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|ora|ra|teu|henteu|bukan|bkn)\s*(?:buat\s+|untuk\s+)?(?:di)?(?:jual|jualan|dol|didol|ical|diical)\b|\b(?:buat|untuk|utk|kanggo|nggo|keur)\s+(?:masak|dimasak|olahan|diolah|bahan|sendiri|pribadi|dipake|dipakai|kebutuhan warung|keperluan warung)\b|\bbahan\s+(?:masak|masakan|baku|jualan|dagangan)\b|\bdi(?:pake|pakai|anggo|angge)\s+(?:sendiri|dewe|nyalira)\b/;

/** The answer to "Produk baru …? Harga jualnya?" says the goods are not sold (ingredients, own use). */
export function readNotForSale(text: string): boolean {
  return notForSale.test(clean(text));
}

