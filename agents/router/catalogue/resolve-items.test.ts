import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../../core/db/testing.ts';
import { withTenant } from '../../../core/db/tenant.ts';
import { createProduct, findProduct, usualCost } from './resolve-items.ts';
import { DEMO_TENANT } from '../testing.ts';

describe.each(dbKinds)('catalogue resolution on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db.close());
  const find = (typed: string, unit: string | null = null) => withTenant(db, DEMO_TENANT, (tx) => findProduct(tx, DEMO_TENANT, typed, unit));

  it.each([
    ['indomie goreng', null, 'Indomie Goreng'],
    ['indomi goreng', null, 'Indomie Goreng'],
    ['indomi soto', null, 'Indomie Soto'],
    ['aqwa', 'botol', 'Aqua 600 ml'],
    ['aqua', null, 'Aqua 600 ml'],
    ['aqua gelas', null, 'Aqua Gelas 220 ml'],
    ['telor', null, 'Telur Ayam'],
    ['minyakita', null, 'Minyakita 1 L'],
    ['gula', null, 'Gula Pasir'],
    ['rokok surya 16', null, 'Rokok Surya 16'],
  ])('%s (%s) → %s', async (typed, unit, name) => {
    const out = await find(typed, unit);
    expect(out.kind).toBe('match');
    if (out.kind === 'match') expect(out.item.name).toBe(name);
  });

  it.each([
    ['indomie', ['Indomie Goreng', 'Indomie Kari Ayam', 'Indomie Soto']],
    ['indomi', ['Indomie Goreng', 'Indomie Kari Ayam', 'Indomie Soto']],
  ])('%s is ambiguous', async (typed, names) => {
    const out = await find(typed);
    expect(out.kind).toBe('ambiguous');
    if (out.kind === 'ambiguous') expect(out.choices.map((c) => c.name).sort()).toEqual(names);
  });

  it.each(['kopi luwak', 'sabun cair', 'wkwk'])('%s is unknown', async (typed) => {
    expect((await find(typed)).kind).toBe('none');
  });

  it('creates a product that is then found by its name', async () => {
    const made = await withTenant(db, DEMO_TENANT, (tx) => createProduct(tx, DEMO_TENANT, { name: 'kerupuk udang', unit: 'bungkus', sellPrice: 2000 }));
    expect(made).toMatchObject({ name: 'Kerupuk Udang', unit: 'bks', sellPrice: 2000, aliases: ['kerupuk udang'] });
    const out = await find('krupuk udang');
    expect(out.kind === 'match' && out.item.id).toBe(made.id);
  });

  it('knows the usual cost from the moving average', async () => {
    const out = await find('gula');
    if (out.kind !== 'match') throw new Error('gula not found');
    expect(await withTenant(db, DEMO_TENANT, (tx) => usualCost(tx, DEMO_TENANT, out.item))).toBe(17000);
  });
});
