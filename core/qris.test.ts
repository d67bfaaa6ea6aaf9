import { describe, expect, it } from 'vitest';
import { crc16, isValidQris, parseQris, parseTlvs, QrisError, qrisProblem, toDynamicQris, withCrc } from './qris.ts';

// A second CRC-16/CCITT-FALSE, table-driven (the module's is bitwise), to check vectors independently.
const table = Array.from({ length: 256 }, (_, n) => {
  let c = n << 8;
  for (let i = 0; i < 8; i++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
  return c & 0xffff;
});
const crcByTable = (text: string) => {
  let crc = 0xffff;
  for (const b of new TextEncoder().encode(text)) crc = ((crc << 8) & 0xffff) ^ table[((crc >> 8) ^ b) & 0xff]!;
  return crc.toString(16).toUpperCase().padStart(4, '0');
};

// The EMVCo MPM specification's sample payload (with Chinese characters in its language template, tag 64).
const EMVCO = '00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A';

// A static QRIS (tag 01 = 11, no amount). CRCs below were also computed by a separate Python script.
const STATIC_BODY = '00020101021126570011ID.DANA.WWW011893600915302259148102090225914810303UMI51440014ID.CO.QRIS.WWW0215ID10200211817450303UMI5204581253033605802ID5910Warung Sri6007Bandung61054011162070703A01';
const STATIC = `${STATIC_BODY}6304B7E6`;
const DYNAMIC_17500 = '00020101021226570011ID.DANA.WWW011893600915302259148102090225914810303UMI51440014ID.CO.QRIS.WWW0215ID10200211817450303UMI520458125303360540517500'
  + '5802ID5910Warung Sri6007Bandung61054011162070703A016304F44C';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof QrisError) return err.code;
    throw err;
  }
  return 'accepted';
};

describe('QRIS', () => {
  it('CRC-16/CCITT-FALSE: the standard check value, and agreement with a table-driven implementation', () => {
    expect(crc16('123456789')).toBe('29B1');
    for (const text of ['', 'A', STATIC_BODY, EMVCO.slice(0, -4), 'Warung Bu Sri · ☕']) expect(crc16(text)).toBe(crcByTable(text));
  });

  it('the EMVCo sample payload has CRC A13A (over UTF-8 bytes; TLV lengths in characters)', () => {
    expect(crc16(EMVCO.slice(0, -4))).toBe('A13A');
    expect(isValidQris(EMVCO)).toBe(true);
    const tlvs = parseQris(EMVCO);
    expect(tlvs.find((t) => t.tag === '64')?.value).toBe('0002ZH0104最佳运输0202北京');
    expect(tlvs.find((t) => t.tag === '59')?.value).toBe('BEST TRANSPORT');
  });

  it('turns a static QRIS into the known dynamic one: 01=12, 54 before 58, CRC appended', () => {
    expect(crc16(`${STATIC_BODY}6304`)).toBe('B7E6');
    const dynamic = toDynamicQris(STATIC, 17500);
    expect(dynamic).toBe(DYNAMIC_17500);
    expect(crcByTable(dynamic.slice(0, -4))).toBe(dynamic.slice(-4));
    // Converting the dynamic one again (a new amount) drops the old amount instead of adding a second.
    const again = toDynamicQris(dynamic, 2000);
    expect(parseTlvs(again).filter((t) => t.tag === '54')).toEqual([{ tag: '54', value: '2000' }]);
    expect(isValidQris(again)).toBe(true);
  });

  it('the EMVCo sample made dynamic: 54–57 dropped and re-inserted before 58, Chinese text kept', () => {
    const d = toDynamicQris(EMVCO, 23);
    const tags = parseTlvs(d).map((t) => t.tag);
    expect(tags.slice(0, 2)).toEqual(['00', '01']);
    expect(tags.filter((t) => ['55', '56', '57'].includes(t))).toEqual([]);
    expect(tags.indexOf('54')).toBe(tags.indexOf('58') - 1);
    expect(tags.at(-1)).toBe('63');
    expect(parseTlvs(d).find((t) => t.tag === '01')?.value).toBe('12');
    expect(d).toContain('64200002ZH0104最佳运输0202北京');
    expect(crcByTable(d.slice(0, -4))).toBe(d.slice(-4));
  });

  it('builds from TLVs, not by replacing text: a "5802" inside the merchant name stays put', () => {
    const body = STATIC_BODY.replace('5910Warung Sri', '5911Toko 5802ID');
    const d = toDynamicQris(withCrc(body), 5000);
    expect(parseTlvs(d).find((t) => t.tag === '59')?.value).toBe('Toko 5802ID');
    expect(d.indexOf('54045000')).toBe(d.indexOf('5802ID') - 8);
  });

  it('refuses broken static strings with an Indonesian message', () => {
    expect(refusal(() => parseQris(STATIC.replace('Warung Sri', 'Warung Sru')))).toBe('invalid:crc');
    expect(refusal(() => parseQris(STATIC_BODY))).toBe('invalid:crc'); // no CRC at all
    expect(refusal(() => parseQris(`01${STATIC.slice(2)}`))).toBe('invalid:format');
    expect(refusal(() => parseQris('hello'))).toBe('invalid:format');
    expect(refusal(() => parseQris(withCrc(STATIC_BODY.replace('5910Warung Sri', '5920Warung Sri'))))).toBe('invalid:tlv');
    expect(refusal(() => parseQris(withCrc(STATIC_BODY.replace('5802ID', ''))))).toBe('invalid:tag_58');
    expect(refusal(() => parseQris(withCrc(STATIC_BODY.replace('5910Warung Sri', ''))))).toBe('invalid:tag_59');
    expect(refusal(() => toDynamicQris(STATIC, 0))).toBe('invalid:amount');
    expect(refusal(() => toDynamicQris(STATIC, 12.5))).toBe('invalid:amount');
    expect(qrisProblem(STATIC.replace('Warung Sri', 'Warung Sru'))).toMatch(/CRC tidak cocok/);
    expect(qrisProblem(withCrc(STATIC_BODY.replace('5802ID', '')))).toMatch(/kode negara/);
    expect(qrisProblem(STATIC)).toBeNull();
  });

  it('uses no Node-only API (the POS page bundles it)', async () => {
    const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('./qris.ts', import.meta.url), 'utf8'));
    expect(source).not.toMatch(/\bBuffer\.|from 'node:/);
  });
});
