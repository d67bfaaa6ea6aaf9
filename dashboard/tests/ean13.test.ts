// The EAN-13 drawing of the camera tests (ean13.ts): check digits, the module layout, and the drawn
// image read back by zxing-wasm (the decoder the POS uses where the browser has no BarcodeDetector).
// Also: the wasm the POS bundles is the one the ponyfill's JS was built for.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZXING_WASM_SHA256 } from 'barcode-detector/ponyfill';
import { describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { drawEan13, ean13CheckDigit, ean13Modules, pgm, y4m } from './ean13.ts';

// The path components/pos/barcode-ponyfill.ts bundles.
const wasmPath = join(import.meta.dirname, '..', '..', 'node_modules', 'zxing-wasm', 'dist', 'reader', 'zxing_reader.wasm');

it('bundles the zxing wasm that the ponyfill expects', () => {
  expect(createHash('sha256').update(readFileSync(wasmPath)).digest('hex')).toBe(ZXING_WASM_SHA256);
});

describe('EAN-13 drawing', () => {
  it('computes check digits', () => {
    expect(ean13CheckDigit('590123412345')).toBe(7);
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(ean13CheckDigit('888600810105')).toBe(3);
    expect(ean13CheckDigit('000000000000')).toBe(0);
    expect(() => ean13Modules('8886008101054')).toThrow(/check digit/);
  });

  it('lays out guards, parity and digits', () => {
    const m = ean13Modules('5901234123457');
    expect(m).toHaveLength(95);
    expect(m.slice(0, 3)).toBe('101');
    expect(m.slice(45, 50)).toBe('01010');
    expect(m.slice(92)).toBe('101');
    // First digit 5 = LGGLLG: digit 9 in L (0001011), 0 in G (0100111), 1 in G (0110011).
    expect(m.slice(3, 24)).toBe('0001011' + '0100111' + '0110011');
    // Right half in R: 1 = 1100110, last digit 7 = 1000100.
    expect(m.slice(50, 57)).toBe('1100110');
    expect(m.slice(85, 92)).toBe('1000100');
  });

  it('draws images that zxing reads back', async () => {
    prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasmPath).buffer as ArrayBuffer } });
    for (const code of ['8886008101053', '5901234123457', '0012345678905']) {
      const [found] = await readBarcodes(new Uint8Array(pgm(drawEan13(code))), { formats: ['EAN13'] });
      expect(found?.text).toBe(code);
    }
    const video = y4m(drawEan13('8886008101053'), 2);
    expect(video.subarray(0, 10).toString()).toBe('YUV4MPEG2 ');
    expect(video.length).toBe(video.indexOf('FRAME') + 2 * (6 + 640 * 480 * 1.5));
  });
});
