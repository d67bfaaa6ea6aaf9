// POS PINs are 4-6 digits: hashed with scrypt and a random salt before they reach the database
// (members.pin_hash, read only by the service role). Format: scrypt$<N>$<salt>$<hash>, base64url.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16384;
const scrypt = (pin: string, salt: Buffer, n: number) => new Promise<Buffer>((resolve, reject) =>
  scryptCb(pin, salt, 32, { N: n, r: 8, p: 1 } satisfies ScryptOptions, (err, key) => (err ? reject(err) : resolve(key))));

export const isValidPin = (pin: string) => /^\d{4,6}$/.test(pin);

export async function hashPin(pin: string): Promise<string> {
  if (!isValidPin(pin)) throw new Error('invalid:pin');
  const salt = randomBytes(16);
  return `scrypt$${N}$${salt.toString('base64url')}$${(await scrypt(pin, salt, N)).toString('base64url')}`;
}

export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  const m = /^scrypt\$(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored ?? '');
  if (!m || !isValidPin(pin)) return false;
  const want = Buffer.from(m[3]!, 'base64url');
  const got = await scrypt(pin, Buffer.from(m[2]!, 'base64url'), Number(m[1]));
  return got.length === want.length && timingSafeEqual(got, want);
}
