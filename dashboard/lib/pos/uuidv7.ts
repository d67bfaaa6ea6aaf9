// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits, so ids sort by time and never need the
// server. Within one millisecond the 12-bit rand_a field counts up, so ids made in a burst stay ordered.
// Works in the browser and in Node (globalThis.crypto).
let lastMs = -1;
let counter = 0;

export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) { ms = ++lastMs; counter = 0; } // borrow the next millisecond, still ordered
  } else {
    counter = bytes[6]! & 0x07; // a small random start leaves room to count up
  }
  lastMs = ms;
  for (let i = 5; i >= 0; i--) { bytes[i] = ms % 256; ms = Math.floor(ms / 256); }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f); // RFC variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time carried by a UUIDv7. */
export const uuidv7Time = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
