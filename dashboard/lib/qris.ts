// A static QRIS string (EMVCo merchant-presented QR) is checked by its CRC: the last 4 hex digits are
// CRC-16/CCITT-FALSE over everything before them, "6304" (tag 63, length 04) included. Pure.
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export function isValidQris(text: string): boolean {
  const s = text.trim();
  if (!/^000201/.test(s) || s.length < 30 || !/6304[0-9A-Fa-f]{4}$/.test(s)) return false;
  return crc16(s.slice(0, -4)) === s.slice(-4).toUpperCase();
}
