import { describe, expect, it } from 'vitest';
import { crc16, isValidQris } from './qris.ts';

describe('QRIS CRC', () => {
  it('computes CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    expect(crc16('123456789')).toBe('29B1');
  });
  it('accepts a string whose CRC matches and refuses one changed by a character', () => {
    const body = '00020101021126570011ID.DANA.WWW011893600915302259148102090225914810303UMI51440014ID.CO.QRIS.WWW0215ID10200211817450303UMI5204581253033605802ID5911Warung Sri6007Bandung61054011162070703A016304';
    const qris = body + crc16(body);
    expect(isValidQris(qris)).toBe(true);
    expect(isValidQris(qris.replace('Warung Sri', 'Warung Sru'))).toBe(false);
    expect(isValidQris('hello')).toBe(false);
  });
});
