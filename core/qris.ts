// QRIS (EMVCo merchant-presented QR): parse a warung's static QRIS string and turn it into a dynamic one
// carrying the amount. Browser-safe (TextEncoder, no Buffer): the POS page imports it too.
//
// A payload is a list of TLVs: a 2-digit tag, a 2-digit length (in characters) and the value. It starts
// with "000201" (payload format 01) and ends with tag 63, the CRC-16/CCITT-FALSE (poly 0x1021, init
// 0xFFFF) over the UTF-8 bytes of everything before the CRC's value, "6304" included. A dynamic QRIS has
// tag 01 = "12" and the amount in tag 54, placed before tag 58 (country). We rebuild from the TLVs, never
// by replacing substrings (a "5802" inside a merchant name must stay where it is).

export interface Tlv { tag: string; value: string }

export class QrisError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'QrisError';
    this.code = code;
  }
}

const encoder = new TextEncoder();

/** CRC-16/CCITT-FALSE of the text's UTF-8 bytes, as 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of encoder.encode(text)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Splits a payload into its top-level TLVs; lengths count characters (code points), as EMVCo does. */
export function parseTlvs(payload: string): Tlv[] {
  const chars = Array.from(payload);
  const out: Tlv[] = [];
  let i = 0;
  while (i < chars.length) {
    const head = chars.slice(i, i + 4).join('');
    if (!/^\d{4}$/.test(head)) throw new QrisError('invalid:tlv', `Kode QRIS tidak valid: bagian ke-${out.length + 1} tidak diawali tag dan panjang yang benar.`);
    const tag = head.slice(0, 2);
    const len = Number(head.slice(2));
    if (len === 0 || i + 4 + len > chars.length) {
      throw new QrisError('invalid:tlv', `Kode QRIS tidak valid: panjang tag ${tag} tidak cocok dengan isinya.`);
    }
    out.push({ tag, value: chars.slice(i + 4, i + 4 + len).join('') });
    i += 4 + len;
  }
  return out;
}

const lengthOf = (value: string) => Array.from(value).length;

export function serializeTlvs(tlvs: Tlv[]): string {
  return tlvs.map(({ tag, value }) => {
    const len = lengthOf(value);
    if (!/^\d{2}$/.test(tag) || len < 1 || len > 99) throw new QrisError('invalid:tlv', `Tag ${tag} tidak bisa ditulis (panjang ${len}).`);
    return `${tag}${String(len).padStart(2, '0')}${value}`;
  }).join('');
}

/** Appends "6304" and the CRC of everything before it. */
export const withCrc = (body: string) => `${body}6304${crc16(`${body}6304`)}`;

/**
 * Checks a static (or dynamic) QRIS string and returns its TLVs without the CRC. Refuses, with an
 * Indonesian message: not starting 000201, bad TLV lengths, a missing or wrong CRC, no tag 58 or 59.
 */
export function parseQris(input: string): Tlv[] {
  const text = input.trim();
  if (!text.startsWith('000201')) throw new QrisError('invalid:format', 'Kode QRIS tidak valid: harus diawali 000201. Salin ulang teks dari QR statis Anda.');
  const tlvs = parseTlvs(text);
  const last = tlvs.at(-1);
  if (!last || last.tag !== '63' || !/^[0-9A-Fa-f]{4}$/.test(last.value) || tlvs.filter((t) => t.tag === '63').length !== 1) {
    throw new QrisError('invalid:crc', 'Kode QRIS tidak valid: kode pemeriksa (CRC, tag 63) tidak ada di akhir.');
  }
  const body = text.slice(0, text.length - 4);
  if (crc16(body) !== last.value.toUpperCase()) {
    throw new QrisError('invalid:crc', 'Kode QRIS tidak valid: CRC tidak cocok (ada huruf yang berubah). Salin ulang dari QRIS statis Anda.');
  }
  for (const [tag, what] of [['58', 'kode negara (tag 58)'], ['59', 'nama merchant (tag 59)']] as const) {
    if (!tlvs.some((t) => t.tag === tag)) throw new QrisError(`invalid:tag_${tag}`, `Kode QRIS tidak valid: ${what} tidak ada.`);
  }
  return tlvs.slice(0, -1);
}

/** True when parseQris accepts the text. */
export function isValidQris(text: string): boolean {
  try {
    parseQris(text);
    return true;
  } catch {
    return false;
  }
}

/** The Indonesian reason a QRIS string is refused, or null when it is fine. */
export function qrisProblem(text: string): string | null {
  try {
    parseQris(text);
    return null;
  } catch (err) {
    return err instanceof QrisError ? err.message : 'Kode QRIS tidak valid.';
  }
}

/**
 * The dynamic QRIS for an amount (whole rupiah): tag 01 = "12", tags 54–57 and 63 dropped, tag 54 = the
 * amount inserted before tag 58, then "6304" and the CRC.
 */
export function toDynamicQris(staticQris: string, amount: number): string {
  if (!Number.isInteger(amount) || amount <= 0 || amount > 9_999_999_999_999) {
    throw new QrisError('invalid:amount', 'Jumlah QRIS harus bilangan bulat rupiah lebih dari 0.');
  }
  const kept = parseQris(staticQris).filter((t) => !['54', '55', '56', '57'].includes(t.tag));
  const out: Tlv[] = [];
  for (const t of kept) {
    if (t.tag === '01') continue;
    if (t.tag === '58') out.push({ tag: '54', value: String(amount) });
    out.push(t);
    if (t.tag === '00') out.push({ tag: '01', value: '12' });
  }
  return withCrc(serializeTlvs(out));
}
