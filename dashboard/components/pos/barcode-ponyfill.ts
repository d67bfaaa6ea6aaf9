// The BarcodeDetector ponyfill (zxing-wasm), for browsers without a native one (desktop Chromium on
// Linux, Firefox, Safari). camera-scan.tsx loads this module with import() only when the camera opens,
// so the decoder (its JS and a 1 MB wasm) stays out of the checkout's bundle.
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';

// zxing-wasm fetches its wasm from jsDelivr by default; the POS must scan offline, so the wasm is
// bundled by Next instead (a hashed file under /_next/static/media/, which sw.js caches). Turbopack
// resolves new URL() relative to this file only; barcode-detector pins its zxing-wasm version, and
// tests/ean13.test.ts checks this file's sha256 against the one the ponyfill expects.
const wasm = new URL('../../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', import.meta.url).href;
prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm : prefix + path) } });

export { BarcodeDetector };
