import { expect, test } from 'vitest';
import { localPhone, toE164 } from './phone.ts';

test.each([
  ['081234567890', '+6281234567890'],
  ['0812-3456-7890', '+6281234567890'],
  ['62 812 3456 7890', '+6281234567890'],
  ['+6281200000001', '+6281200000001'],
  ['81234567890', '+6281234567890'],
  ['12345', null],
  ['halo', null],
  ['0812345678901234567', null],
])('%s → %s', (input, expected) => expect(toE164(input)).toBe(expected));

test.each([
  ['+6281234567890', '0812-3456-7890'],
  ['+6281200000001', '0812-0000-0001'],
  ['+628123456789', '0812-3456-789'],
  ['+601123456789', '+601123456789'],
])('localPhone(%s) = %s', (input, expected) => expect(localPhone(input)).toBe(expected));
