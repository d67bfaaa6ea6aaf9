import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../../core/db/testing.ts';
import { withService, withTenant } from '../../../core/db/tenant.ts';
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

  it('finds a product among many that share a word, and by an alias given later', async () => {
    // A grocer's catalogue: 60 sizes of a look-alike brand written before the one meant. 40 candidates are
    // ranked; when they were the first 40 the scan met, "Kecap Manis Bango" was not among them.
    const tenant = await withService(db, async (tx) => {
      const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, timezone) values ('Toko Grosir', 'Solo', 'Asia/Jakarta') returning id`)).rows[0]!.id;
      await tx.query(`insert into products (tenant_id, name, unit) select $1, 'Kecap Manis Bangau ' || n || ' ml', 'btl' from generate_series(1, 60) n`, [t]);
      await tx.query(`insert into products (tenant_id, name, unit) values ($1, 'Kecap Manis Bango', 'btl'), ($1, 'Sarden ABC', 'klg')`, [t]);
      return t;
    });
    const findIn = (typed: string) => withTenant(db, tenant, (tx) => findProduct(tx, tenant, typed, null));
    const bango = await findIn('kecap manis bango');
    expect(bango.kind === 'match' && bango.item.name).toBe('Kecap Manis Bango');
    expect((await findIn('sarden kaleng')).kind).not.toBe('match');
    await withService(db, (tx) => tx.query(`update products set aliases = array['sarden kaleng'] where tenant_id = $1 and name = 'Sarden ABC'`, [tenant]));
    const sarden = await findIn('sarden kaleng');
    expect(sarden.kind === 'match' && sarden.item.name).toBe('Sarden ABC');
    // Another warung's catalogue is not this one's to search.
    await expect(withTenant(db, DEMO_TENANT, (tx) => tx.query(`select * from internal.product_candidates($1, 'kecap')`, [tenant]))).rejects.toThrow(/forbidden/);
  });

  it('knows the usual cost from the moving average', async () => {
    const out = await find('gula');
    if (out.kind !== 'match') throw new Error('gula not found');
    expect(await withTenant(db, DEMO_TENANT, (tx) => usualCost(tx, DEMO_TENANT, out.item))).toBe(17000);
  });
});
