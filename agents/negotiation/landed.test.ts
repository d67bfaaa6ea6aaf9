// What an order costs: the goods at a price a unit rounded from a pack's, and the delivery spread over what comes.
import { expect, it } from 'vitest';
import { goodsTotal, landedPerUnit, orderTotal } from './landed.ts';

it('goods priced a unit from a pack\'s price add up to the packs\' money, not the rounding\'s', () => {
  // Haggling try: "200rb sedus" of 12 liter, 24 liter ordered, was Rp400.008 (and Rp415.008 with the fee).
  expect(goodsTotal(16_667, 24)).toBe(400_000);
  expect(orderTotal(16_667, 24, 15_000)).toBe(415_000);
  expect(goodsTotal(16_667, 3)).toBe(50_000);
  // A price that is not a rounding is kept as it is.
  expect(goodsTotal(26_500, 10)).toBe(265_000);
  expect(goodsTotal(13_999, 2)).toBe(27_998);
  expect(goodsTotal(2_650, 40)).toBe(106_000);
});

it('the delivery lands on what actually comes', () => {
  expect(landedPerUnit(26_000, 10, 10_000)).toBe(27_000);
  expect(landedPerUnit(26_000, 10, 12_000, 6)).toBe(28_000);
});
