import { describe, expect, it } from 'vitest';
import { wallClock, zip } from './zip.ts';

/** Reads the central directory back: names, sizes and modified times as the ZIP tools show them. */
function entries(archive: Buffer) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: { name: string; modified: string; data: string }[] = [];
  for (let i = 0, at = archive.readUInt32LE(end + 16); i < archive.readUInt16LE(end + 10); i++) {
    const time = archive.readUInt16LE(at + 12);
    const date = archive.readUInt16LE(at + 14);
    const size = archive.readUInt32LE(at + 24);
    const nameLen = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLen).toString();
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const pad = (v: number) => String(v).padStart(2, '0');
    out.push({
      name,
      modified: `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
      data: archive.subarray(dataAt, dataAt + size).toString(),
    });
    at += 46 + nameLen;
  }
  return out;
}

describe('zip', () => {
  it('stores each file with its name, content and the time it was made in the warung zone (not 1980)', () => {
    const at = wallClock(new Date('2026-12-07T03:30:41Z'), 'Asia/Makassar'); // 11:30:41 WITA
    const archive = zip([{ name: 'transaksi.csv', data: Buffer.from('a,b\n1,2\n') }, { name: 'utang.csv', data: Buffer.from('x\n') }], at);
    expect(entries(archive)).toEqual([
      { name: 'transaksi.csv', modified: '2026-12-07 11:30:40', data: 'a,b\n1,2\n' },
      { name: 'utang.csv', modified: '2026-12-07 11:30:40', data: 'x\n' },
    ]);
  });

  it('gives the wall clock of the zone across midnight', () => {
    expect(wallClock(new Date('2026-12-31T17:05:00Z'), 'Asia/Jakarta')).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 5, second: 0 });
    expect(wallClock(new Date('2026-12-31T17:05:00Z'), 'Asia/Jayapura').hour).toBe(2);
  });
});
