import { expect, test } from 'vitest';
import { dailyVelocity, learnedReorderPoint, reorderAlertText, shouldAlert } from './reorder.ts';

test.each([
  // [sold in 14 days, lead days, point]
  [70, 2, 10], [70, null, 10], [14, 2, 2], [7, 2, 1], [1, 2, 1], [0, 2, null], [140, 3, 30], [21, 2, 3], [15, 0, 0],
])('sold %d, lead %s → point %s', (sold, lead, point) => expect(learnedReorderPoint(sold, lead)).toBe(point));

test('velocity', () => {
  expect(dailyVelocity(70)).toBe(5);
  expect(dailyVelocity(0)).toBe(0);
});

test.each([
  // [level, point, outstanding, alert]
  [9, 10, false, true], [10, 10, false, true], [11, 10, false, false], [9, 10, true, false], [0, null, false, false], [-2, 0, false, true],
] as const)('level %d point %s outstanding %s → %s', (level, point, out, alert) => expect(shouldAlert(level, point, out)).toBe(alert));

test('alert text names product, level and point', () => {
  expect(reorderAlertText({ name: 'Indomie Goreng', unit: 'bks', level: 8, point: 10, velocity: 5 })).toBe(
    '⚠️ Stok Indomie Goreng tinggal 8 bks (batas pesan ulang 10 bks). Rata-rata laku 5 bks/hari. Sudah waktunya kulakan, Kak.',
  );
});
