// Robustness: whatever arrives, the parser answers a valid frame and never throws; nonsense is unknown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResultSchema } from '../../core/frame.ts';
import { parse, parseRupiah } from './index.ts';

const valid = (text: string) => {
  const f = parse(text);
  expect(parseResultSchema.safeParse(f).success).toBe(true);
  return f;
};

const emoji = fc.constantFrom('😂', '🙏', '👍', '😩', '🔥', '❤️', '🇮🇩', '👨‍👩‍👧', '🤣', '✅');
const fragments = fc.constantFrom(
  "'; DROP TABLE transactions; --", '<script>alert(1)</script>', '<b>laku</b>', '{"intent":"sale"}', 'SELECT * FROM stok',
  '%00', '\u0000', '\u202e', '../../etc/passwd', '${process.exit()}', 'null', 'undefined', 'NaN', '1e308', '-0',
);
const chatWords = fc.constantFrom(
  'laku', 'indomie', '5', 'bks', '17.500', 'rb', 'jt', '@', '/', 'kg', 'bu', 'sri', 'ngutang', 'bayar', 'utang', 'ke',
  'toko', 'kemarin', 'tgl', 'harga', 'max', 'se', 'sekilo', 'setengah', 'dua', 'puluh', 'ribu', ',', 'sama', 'total',
  'stok', 'brp', '?', 'habis', 'cariin', 'laporan', 'minggu', 'ini', 'batal', '0812345678', 'jam', '3',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf',
);

describe('parse never throws', () => {
  it('on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { valid(s); }), { numRuns: 500 });
  });
  it('on random chat words in any order', () => {
    fc.assert(fc.property(fc.array(chatWords, { maxLength: 30 }), (ws) => { valid(ws.join(' ')); }), { numRuns: 1000 });
  });
  it('on SQL and HTML fragments', () => {
    fc.assert(fc.property(fc.array(fragments, { minLength: 1, maxLength: 5 }), (fs) => { valid(fs.join(' ')); }), { numRuns: 200 });
  });
  it('on 100 KB strings', () => {
    fc.assert(fc.property(fc.constantFrom('a', 'laku indomie 5 bks 17.500 ', '9', '🙏', 'ñ'), (unit) => {
      valid(unit.repeat(Math.ceil(100_000 / unit.length)));
    }), { numRuns: 5 });
  });
  it('on odd clocks and offsets', () => {
    fc.assert(fc.property(fc.date({ noInvalidDate: false }), fc.integer({ min: -10_000, max: 10_000 }), (now, offsetMinutes) => {
      expect(parseResultSchema.safeParse(parse('kemarin tgl 31 laku 5 bks 10rb', { now, offsetMinutes })).success).toBe(true);
    }), { numRuns: 300 });
  });
  it('on long numbers inside chat lines', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9][0-9]{10,400}$/), fc.constantFrom('', 'rb', 'jt', ' bks', '.000'), (digits, tail) => {
      valid(`laku kopi 2 gelas ${digits}${tail}`);
      valid(`laku indomie ${digits}${tail} 5rb`);
      valid(`laku kopi 999999999999 bks @${digits.slice(0, 12)}`);
    }), { numRuns: 300 });
  });
  it('parseRupiah returns a number or null', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const v = parseRupiah(s);
      expect(v === null || Number.isSafeInteger(v)).toBe(true);
    }), { numRuns: 500 });
  });
});

describe('words that are names of object methods', () => {
  it('are plain words ("constructor" is not a payment, a number or a unit)', () => {
    const f = valid('laku constructor 5 bks 10rb tf');
    expect(f).toMatchObject({ intent: 'sale', payment: 'transfer', amount: 10_000 });
    expect(f.items[0].product).toBe('constructor');
    expect(valid('__proto__ toString valueOf').intent).toBe('unknown');
  });
  // CI found 'laku utang kg bayar constructor 17.500' read with a function as the means of paying.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('"%s" where a table word may stand', (w) => {
    for (const text of [`laku utang kg bayar ${w} 17.500`, `bayar ${w} 50rb sisanya utang`, `laku gula 2 kg bayar 50rb ${w}`,
      `laku ${w} ${w} 5 ${w}`, `beli ${w} 3 ${w} 20rb`, `${w} 12 ke ${w}`]) {
      const f = valid(text);
      expect(JSON.stringify(f)).not.toContain('function');
    }
  });
});

describe('nonsense is unknown with low confidence', () => {
  it('digits only', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,40}$/), (s) => {
      const f = valid(s);
      expect(f.intent).toBe('unknown');
      expect(f.confidence).toBeLessThanOrEqual(0.3);
    }), { numRuns: 300 });
  });
  it('emoji only', () => {
    fc.assert(fc.property(fc.array(emoji, { minLength: 1, maxLength: 20 }), (es) => {
      const f = valid(es.join(''));
      expect(f.intent).toBe('unknown');
      expect(f.confidence).toBeLessThanOrEqual(0.3);
    }), { numRuns: 200 });
  });
  it('random letters', () => {
    fc.assert(fc.property(fc.stringMatching(/^[qxzvjw]{3,20}( [qxzvjw]{3,20}){0,4}$/), (s) => {
      const f = valid(s);
      expect(f.intent).toBe('unknown');
      expect(f.confidence).toBeLessThanOrEqual(0.3);
    }), { numRuns: 300 });
  });
  it('SQL and HTML', () => {
    // '<b>laku</b>' holds a real verb, so it is left out here.
    const noise = fragments.filter((f) => !f.includes('laku'));
    fc.assert(fc.property(fc.array(noise, { minLength: 1, maxLength: 3 }), (fs) => {
      const f = valid(fs.join(' '));
      expect(f.intent).toBe('unknown');
    }), { numRuns: 200 });
  });
});
