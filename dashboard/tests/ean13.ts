// An EAN-13 barcode drawn from scratch for the camera tests: the 95 modules of a code, a grey image of
// them (PGM) and a one-frame Y4M video, the format Chromium's fake camera reads
// (--use-file-for-fake-video-capture). No ffmpeg: Y4M is a text header and raw Y, U and V planes.

// Left-hand odd parity (L) digit patterns; R is L inverted, G is R reversed.
const L = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
const R = L.map((p) => [...p].map((b) => (b === '1' ? '0' : '1')).join(''));
const G = R.map((p) => [...p].reverse().join(''));
// The first digit is not drawn: it picks L or G for each of the six left digits.
const PARITY = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

/** The check digit of the first 12 digits: weights 1, 3, 1, 3, … from the left. */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`not 12 digits: ${first12}`);
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

/** The 95 modules ('1' a bar, '0' a space) of a 13-digit code with a valid check digit. */
export function ean13Modules(code: string): string {
  if (!/^\d{13}$/.test(code)) throw new Error(`not 13 digits: ${code}`);
  if (ean13CheckDigit(code.slice(0, 12)) !== Number(code[12])) throw new Error(`bad check digit: ${code}`);
  const d = [...code].map(Number);
  const parity = PARITY[d[0]!]!;
  const left = d.slice(1, 7).map((x, i) => (parity[i] === 'L' ? L : G)[x]).join('');
  const right = d.slice(7).map((x) => R[x]).join('');
  return `101${left}01010${right}101`;
}

export interface Gray { width: number; height: number; pixels: Uint8Array }

/** The code in black on white, `module` px per module, centred, with wide quiet zones. */
export function drawEan13(code: string, width = 640, height = 480, module = 4): Gray {
  const bars = ean13Modules(code);
  const x0 = Math.floor((width - bars.length * module) / 2);
  if (x0 < 11 * module) throw new Error('image too narrow for the quiet zones');
  const y0 = Math.floor(height * 0.2);
  const y1 = Math.floor(height * 0.8);
  const pixels = new Uint8Array(width * height).fill(235); // video white (BT.601 limited range)
  for (let y = y0; y < y1; y++) {
    for (let i = 0; i < bars.length; i++) {
      if (bars[i] === '1') pixels.fill(16, y * width + x0 + i * module, y * width + x0 + (i + 1) * module);
    }
  }
  return { width, height, pixels };
}

/** Binary PGM (P5): an image file that zxing's image loader reads too. */
export function pgm(img: Gray): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`), img.pixels]);
}

/** A Y4M video (4:2:0) of `frames` copies of the image, grey: the chroma planes are neutral (128). */
export function y4m(img: Gray, frames = 1): Buffer {
  const chroma = Buffer.alloc((img.width / 2) * (img.height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), img.pixels, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${img.width} H${img.height} F30:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]);
}
