import { describe, expect, it } from 'vitest';
import { matchPerson, personQuestion, splitName, type Person } from './contacts.ts';

const people: Person[] = [
  { id: 'yati', name: 'Bu Yati', aliases: ['yati', 'bu yati'], kind: 'customer' },
  { id: 'darto', name: 'Pak Darto', aliases: ['darto', 'pak darto'], kind: 'customer' },
  { id: 'rini', name: 'Mbak Rini', aliases: ['rini', 'mbak rini', 'teh rini'], kind: 'customer' },
  { id: 'makmur', name: 'Toko Makmur', aliases: ['makmur', 'toko makmur', 'koh hendra'], kind: 'supplier' },
  { id: 'joko-s', name: 'Pak Joko', aliases: ['pak joko'], kind: 'supplier' },
  { id: 'joko-c', name: 'Pak Joko', aliases: ['pak joko'], kind: 'customer' },
  { id: 'budi1', name: 'Budi Santoso', aliases: ['budi'], kind: 'customer' },
  { id: 'budi2', name: 'Budi Hartono', aliases: ['budi'], kind: 'customer' },
];
const ids = (m: ReturnType<typeof matchPerson>) => (m.kind === 'near' || m.kind === 'ambiguous' ? m.choices.map((c) => c.id) : []);

describe('matchPerson', () => {
  it.each([
    ['bu yati', 'yati'], ['Ibu Yati', 'yati'], ['yati', 'yati'], ['pak darto', 'darto'], ['bapak darto', 'darto'],
    ['mba rini', 'rini'], ['teh rini', 'rini'], ['koh hendra', 'makmur'], ['BU YATI', 'yati'],
  ])('%s is found exactly', (typed, id) => expect(matchPerson(typed, people, 'customer')).toEqual({ kind: 'found', id }));

  it('prefers the expected kind when two share a name', () => {
    expect(matchPerson('pak joko', people, 'supplier')).toEqual({ kind: 'found', id: 'joko-s' });
    expect(matchPerson('pak joko', people, 'customer')).toEqual({ kind: 'found', id: 'joko-c' });
  });

  it.each([['bu yanti', ['yati']], ['pak darmo', ['darto']], ['mbak rina', ['rini']], ['teh rina', ['rini']], ['rina', ['rini']], ['bu yani', ['yati']]])(
    'a near name is never taken: %s', (typed, want) => {
      const m = matchPerson(typed, people, 'customer');
      expect(m.kind).toBe('near');
      expect(ids(m)).toEqual(want);
    });

  it('a shared name asks instead of taking the first', () => {
    const m = matchPerson('pak budi', people, 'customer');
    expect(m.kind).toBe('ambiguous');
    expect(ids(m)).toEqual(['budi2', 'budi1']);
  });

  it.each(['bu darmi', 'mbak darto', 'pak yani', 'mas rina'])('a near name with a title of the other gender is nobody: %s', (typed) => {
    expect(matchPerson(typed, people, 'customer')).toEqual({ kind: 'none' });
  });

  // A name a letter off and a title she never goes by: someone else (owner try: "Bu Tini itu Mbak Rini?").
  it.each(['bu tini', 'bu rina', 'neng rina'])('a near name with a title the person never goes by is nobody: %s', (typed) => {
    expect(matchPerson(typed, people, 'customer')).toEqual({ kind: 'none' });
  });

  it.each(['bu sri', 'pak joni', 'mbak dewi', 'bu ani'])('a new name is nobody: %s', (typed) => {
    expect(matchPerson(typed, people, 'customer')).toEqual({ kind: 'none' });
  });

  it('a different title is a different person', () => {
    expect(matchPerson('pak yati', people, 'customer').kind).not.toBe('found');
  });

  it('splits the title off', () => {
    expect(splitName('Ibu  Yati ')).toEqual({ title: 'bu', name: 'yati' });
    expect(splitName('yati')).toEqual({ title: null, name: 'yati' });
    expect(splitName('Pakdhe Parno')).toEqual({ title: 'pakde', name: 'parno' });
  });

  // City owner try: "udin bayar 50rb" did not find Si Udin's debt ("si" points at a person and is no title).
  it('"si" is no title: "udin" is Si Udin', () => {
    const siUdin = { id: 'u', name: 'Si Udin', aliases: ['si udin'], kind: 'customer' };
    expect(matchPerson('udin', [siUdin], 'customer')).toEqual({ kind: 'found', id: 'u' });
    expect(matchPerson('si udin', [{ ...siUdin, name: 'Udin', aliases: ['udin'] }], 'customer')).toEqual({ kind: 'found', id: 'u' });
  });

  it('asks in one line for one near name, with a list for several', () => {
    expect(personQuestion('bu yanti', { kind: 'near', choices: [people[0]] })).toBe('Bu Yanti itu Bu Yati, atau orang baru, Kak?');
    expect(personQuestion('pak budi', { kind: 'ambiguous', choices: [people[7], people[6]] })).toBe('Pak Budi yang mana, Kak?\n1. Budi Hartono\n2. Budi Santoso\nBalas dengan nomornya, ya.');
  });
});
