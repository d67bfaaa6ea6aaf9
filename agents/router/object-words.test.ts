// Word tables outside the parser read chat words too: a word naming one of Object's own properties
// ("constructor", "toString") must read as an unknown word, never as Object's function.
import { describe, expect, it } from 'vitest';
import { canonicalUnit } from '../negotiation/units.ts';
import { priceUnit } from '../market-intel/units.ts';
import { inIndonesian } from './catalogue/regional.ts';
import { splitName } from './people/contacts.ts';
import { readAmount, readChoiceNumber, readPrice } from './answers.ts';

describe.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])('"%s" typed in a chat', (w) => {
  it('is no unit, price unit, regional word or title', () => {
    expect(canonicalUnit(w)).toBe(w.toLowerCase());
    expect(priceUnit(`per ${w}`)).toBeNull();
    expect(inIndonesian(`${w} 2`)).toBeNull();
    expect(splitName(`${w} budi`).title).toBeNull();
  });
  it('is no number in an answer', () => {
    expect(readChoiceNumber(`yang ${w}`, 3)).toBeNull();
    expect(readAmount(`5 ${w}`)).not.toBeNaN();
    expect(typeof readPrice(`${w} 5rb`)).not.toBe('function');
  });
});
