import { describe, expect, it } from 'vitest';
import { decideMatch, editDistance, nameScore, sizeClash, strangerWord, typoOnly, wordSimilarity } from './match-product.ts';

const catalogue = [
  { id: 'g', name: 'Indomie Goreng', aliases: ['indomie goreng', 'mie goreng'], unit: 'bks' },
  { id: 's', name: 'Indomie Soto', aliases: ['indomie soto'], unit: 'bks' },
  { id: 'a', name: 'Aqua 600 ml', aliases: ['aqua', 'aqua botol'], unit: 'btl' },
  { id: 'c', name: 'Aqua Gelas 220 ml', aliases: ['aqua gelas'], unit: 'gelas' },
  { id: 't', name: 'Telur Ayam', aliases: ['telur'], unit: 'kg' },
  { id: 'b', name: 'Beras Medium', aliases: ['beras'], unit: 'kg' },
  { id: 'gas', name: 'Gas Elpiji 3 kg', aliases: ['gas melon', 'gas 3 kg'], unit: 'tabung' },
  { id: 'gas12', name: 'Gas Elpiji 12 kg', aliases: ['gas 12 kg'], unit: 'tabung' },
];

describe('editDistance', () => {
  it.each([['aqua', 'aqua', 0], ['aqwa', 'aqua', 1], ['auqa', 'aqua', 1], ['indomi', 'indomie', 1], ['telor', 'telur', 1], ['', 'abc', 3]])(
    '%s/%s → %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('wordSimilarity', () => {
  it('prefers exact over prefix over typo, and never fuzzes sizes', () => {
    expect(wordSimilarity('aqua', 'aqua')).toBe(1);
    expect(wordSimilarity('indo', 'indomie')).toBe(0.9);
    expect(wordSimilarity('aqwa', 'aqua')).toBeGreaterThan(0.5);
    expect(wordSimilarity('600', '220')).toBe(0);
    expect(wordSimilarity('gula', 'kopi')).toBe(0);
  });
  it('a word with -an is another word, not a typo (owner try: "gorengan" offered Minyak Goreng and Indomie Goreng)', () => {
    expect(wordSimilarity('gorengan', 'goreng')).toBe(0);
    expect(wordSimilarity('manis', 'manisan')).toBe(0);
    expect(decideMatch('gorengan', [{ id: '1', name: 'Indomie Goreng', aliases: [] }, { id: '2', name: 'Minyak Goreng Sania 1 L', aliases: [] }], null).kind).toBe('none');
  });
  it('scores a name with extra words below an exact one', () => {
    expect(nameScore('indomie goreng', 'indomie goreng')).toBe(1);
    expect(nameScore('indomie goreng', 'indomie goreng jumbo')).toBeLessThan(1);
  });
});

describe('decideMatch', () => {
  it.each([
    ['indomie goreng', null, 'match', ['g']],
    ['mie goreng', null, 'match', ['g']],
    ['indomie', null, 'ambiguous', ['g', 's']],
    ['indomi', null, 'ambiguous', ['g', 's']],
    ['indomi soto', null, 'match', ['s']],
    ['aqwa', 'botol', 'match', ['a']],
    ['aqua', null, 'match', ['a']],
    ['aqua gelas', null, 'match', ['c']],
    ['telor', null, 'match', ['t']],
    ['BERAS', null, 'match', ['b']],
    // "the rice/eggs" with a Javanese, Sundanese or Indonesian ending: the same goods, not a typo.
    ['berase', null, 'match', ['b']],
    ['telure', null, 'match', ['t']],
    ['berasna', null, 'match', ['b']],
    ['aquane', null, 'match', ['a']],
    ['aquanya', null, 'match', ['a']],
    // A size in other words is the same size (owner try: "gas 3 kilo" was asked about as maybe Gas Elpiji 3 kg).
    ['gas 3 kilo', null, 'match', ['gas']],
    ['gas elpiji 12 kilogram', null, 'match', ['gas12']],
    ['gas 3kg', null, 'match', ['gas']],
    ['kopi luwak', null, 'none', []],
    ['indomie kari', null, 'none', []],
  ])('%s (%s) → %s %j', (typed, unit, kind, ids) => {
    const out = decideMatch(typed, catalogue, unit);
    expect(out.kind).toBe(kind);
    if (out.kind === 'match') expect([out.item.id]).toEqual(ids);
    if (out.kind === 'ambiguous') expect(out.choices.map((c) => c.id).sort()).toEqual([...ids].sort());
  });
});

describe('sizes in other words', () => {
  it('"1 liter" is "1 L", and the size still tells two products apart', () => {
    const oil = [{ id: 'm1', name: 'Minyak Goreng Sania 1 L', aliases: ['minyak sania'], unit: 'pcs' },
      { id: 'm2', name: 'Minyak Goreng Sania 2 L', aliases: [], unit: 'pcs' }];
    expect(decideMatch('minyak sania 1 liter', oil)).toMatchObject({ kind: 'match', item: { id: 'm1' } });
    expect(decideMatch('minyak goreng sania 2 ltr', oil)).toMatchObject({ kind: 'match', item: { id: 'm2' } });
  });
});

describe('words typed short', () => {
  // Helper try: "aqua gls 10 @1k" made a new product "Aqua Gls".
  it('"gls", "btl", "krupuk" are the catalogue\'s "gelas", "botol", "kerupuk"', () => {
    expect(decideMatch('aqua gls', catalogue)).toMatchObject({ kind: 'match', item: { id: 'c' } });
    expect(decideMatch('aqua btl', catalogue)).toMatchObject({ kind: 'match', item: { id: 'a' } });
    expect(decideMatch('krupuk udang', [{ id: 'k', name: 'Kerupuk Udang', aliases: [], unit: 'bks' }])).toMatchObject({ kind: 'match', item: { id: 'k' } });
  });
});

describe('weak matches', () => {
  const withChips = [...catalogue, { id: 'k', name: 'Chitato Sapi Panggang 68 g', aliases: ['chitato', 'keripik kentang'], unit: 'bks' }];
  it('typos two letters off everywhere are weak; one letter, a prefix or an exact word is not', () => {
    expect(typoOnly('kerupuk', 'keripik kentang')).toBe(true);
    expect(typoOnly('aqwa', 'aqua')).toBe(false);
    expect(typoOnly('indomi soto', 'indomie soto')).toBe(false);
    expect(typoOnly('kripik', 'keripik kentang')).toBe(false);
    // Owner try: "beras pulut" (glutinous rice) was booked silently as Beras Premium through its alias "beras pulen".
    expect(typoOnly('beras pulut', 'beras pulen')).toBe(true);
    expect(typoOnly('indomi gorng', 'indomie goreng')).toBe(false);
  });
  it('a weak match is offered, never taken', () => {
    const out = decideMatch('kerupuk', withChips);
    expect(out).toMatchObject({ kind: 'ambiguous', weak: true });
    if (out.kind === 'ambiguous') expect(out.choices.map((c) => c.id)).toEqual(['k']);
    expect(decideMatch('kripik', withChips)).toMatchObject({ kind: 'match', item: { id: 'k' } });
  });

  // City try: "shopeefood mie ayam 2 porsi 30rb" booked 2 cups of Pop Mie Ayam.
  it('servings of a dish are offered a packaged product, never given it', () => {
    const cups = [...catalogue, { id: 'p', name: 'Pop Mie Ayam', aliases: ['pop mie ayam'], unit: 'cup' }];
    expect(decideMatch('mie ayam', cups, 'porsi')).toMatchObject({ kind: 'ambiguous', weak: true });
    expect(decideMatch('mie ayam', cups, 'cup')).toMatchObject({ kind: 'match', item: { id: 'p' } });
    expect(decideMatch('pop mie ayam', cups, 'porsi')).toMatchObject({ kind: 'match', item: { id: 'p' } });
    const dish = [...catalogue, { id: 'n', name: 'Nasi Goreng', aliases: [], unit: 'porsi' }];
    expect(decideMatch('nasi goreng', dish, 'porsi')).toMatchObject({ kind: 'match', item: { id: 'n' } });
  });

  it('a name that leaves a typed word unmatched (a brand the owner named) is offered, never taken', () => {
    const oil = [...catalogue, { id: 'm', name: 'Minyak Goreng Sania 1 L', aliases: ['minyak goreng', 'minyak sania'], unit: 'pcs' }];
    expect(strangerWord('minyak goreng bimoli', 'minyak goreng')).toBe(true);
    expect(strangerWord('minyak goreng', 'minyak goreng')).toBe(false);
    expect(strangerWord('mie goreng 2', 'mie goreng')).toBe(false); // a number is not a name
    expect(strangerWord('indomi goreng', 'indomie goreng')).toBe(false); // a typo still fits
    const out = decideMatch('minyak goreng bimoli', oil);
    expect(out).toMatchObject({ kind: 'ambiguous', weak: true });
    if (out.kind === 'ambiguous') expect(out.choices.map((c) => c.id)).toEqual(['m']);
    expect(decideMatch('minyak goreng', oil)).toMatchObject({ kind: 'match', item: { id: 'm' } });
    expect(decideMatch('minyak sania', oil)).toMatchObject({ kind: 'match', item: { id: 'm' } });
    // The category's word before a name is no stranger.
    const smokes = [...catalogue, { id: 'r', name: 'Sampoerna Mild 16', aliases: ['sampoerna mild'], unit: 'bks', category: 'rokok' }];
    expect(decideMatch('rokok sampoerna mild', smokes)).toMatchObject({ kind: 'match', item: { id: 'r' } });
    expect(decideMatch('rokok sampoerna mild', smokes.map((c) => ({ ...c, category: null })))).toMatchObject({ kind: 'ambiguous', weak: true });
    // "rokok gg": the category's word before a short alias (owner try: "rokok gg" became a new product).
    const gg = [...smokes, { id: 'gg', name: 'Gudang Garam Filter 12', aliases: ['gudang garam', 'gg'], unit: 'bks', category: 'rokok' }];
    expect(decideMatch('rokok gg', gg)).toMatchObject({ kind: 'match', item: { id: 'gg' } });
    expect(decideMatch('rokok gg', gg.map((c) => ({ ...c, category: null }))).kind).not.toBe('match');
  });
});

// Owner try (Jakarta): "kejual 2 aqua 1500ml" was booked as Aqua 600 ml at its price.
describe('a size typed that is not the product\'s own', () => {
  it.each([
    ['aqua 1500ml', 'Aqua 600 ml', true], ['aqua 1,5 liter', 'Aqua 600 ml', true], ['aqua 1,5 l', 'Aqua 1500 ml', false],
    ['gas 3 kilo', 'Gas Elpiji 3 kg', false], ['gas 12kg', 'Gas Elpiji 3 kg', true], ['aqua 600', 'Aqua 600 ml', false],
    ['beras 5 kg', 'Beras Medium', false],
  ])('%s against %s: clash %s', (typed, name, clash) => expect(sizeClash(typed, name)).toBe(clash));
  it('is another product, not the one of another size', () => {
    expect(decideMatch('aqua 1500ml', catalogue).kind).toBe('none');
    expect(decideMatch('aqua 600ml', catalogue)).toMatchObject({ kind: 'match', item: { id: 'a' } });
    expect(decideMatch('gas 12 kilo', catalogue)).toMatchObject({ kind: 'match', item: { id: 'gas12' } });
  });
});

// Helpers' tries: "sabun rinso" and "deterjen rinso" were new products (the next sale then saved them), though "rinso",
// "deterjen" and "sabun cuci" are all the Rinso's names.
describe('words spread over a product\'s names', () => {
  const soaps = [
    { id: 'r', name: 'Rinso Anti Noda 770 g', aliases: ['rinso', 'deterjen', 'sabun cuci'] },
    { id: 'l', name: 'Sabun Lifebuoy 70 g', aliases: ['lifebuoy', 'sabun mandi'] },
    { id: 't', name: 'Telur Ayam', aliases: ['telur'] },
  ];
  it('every typed word being one of its names\' words is that product', () => {
    expect(decideMatch('sabun rinso', soaps)).toMatchObject({ kind: 'match', item: { id: 'r' } });
    expect(decideMatch('deterjen rinso', soaps)).toMatchObject({ kind: 'match', item: { id: 'r' } });
    expect(decideMatch('sabun mandi lifebuoy', soaps)).toMatchObject({ kind: 'match', item: { id: 'l' } });
  });
  it('a word none of them has still is not taken', () => {
    expect(decideMatch('telur bebek', soaps).kind).not.toBe('match');
    expect(decideMatch('sabun', soaps).kind).toBe('ambiguous');
  });
});
