// post_transaction / void_transaction / set_stock_count / add_stock: stock, totals, cost of goods,
// moving average, idempotency on source_ref, all-or-nothing, credit debts and voids.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createProduct, one, SEED } from './fixtures.ts';

type Posted = {
  id: string; created: boolean; status: string; total: number; cogs: number | null; debt_id: string | null; voided?: boolean;
  lines: { product_id: string | null; description: string; qty: number; unit_price: number; total: number; cogs: number | null }[];
  stock: { product_id: string; level: number }[];
};
const T = SEED.tenant;
const ref = () => `test:${randomUUID()}`;

describe.each(dbKinds)('posting functions on %s', (kind) => {
  let db: TestDb;
  const post = (doc: Record<string, unknown>) =>
    withTenant(db, T, (tx) => one<{ r: Posted }>(tx, `select post_transaction($1) r`, [{ source: 'chat', payment: 'cash', ...doc }])).then((x) => x.r);
  const voidTx = (id: string, sourceRef = ref()) =>
    withTenant(db, T, (tx) => one<{ r: Posted }>(tx, `select void_transaction($1, $2, 'salah catat', $3) r`, [T, id, sourceRef])).then((x) => x.r);
  const level = (productId: string) =>
    withTenant(db, T, (tx) => one<{ level: number }>(tx, `select level from stock_levels where product_id = $1`, [productId])).then((x) => x.level);
  const avgCost = (productId: string) =>
    withTenant(db, T, (tx) => one<{ avg_cost: number | null }>(tx, `select avg_cost from products where id = $1`, [productId])).then((x) => x.avg_cost);
  const count = (sql: string, params: unknown[]) =>
    withTenant(db, T, (tx) => one<{ n: number }>(tx, `select count(*)::int n from ${sql}`, params)).then((x) => x.n);
  const failure = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('a sale moves stock out, totals the lines and books cogs at the average cost', async () => {
    const p = await createProduct(db, T, { name: 'Kopi Uji', sellPrice: 5000, avgCost: 3000, stock: 20 });
    const r = await post({ kind: 'sale', source_ref: ref(), lines: [
      { product_id: p, qty: 3, unit_price: 5000 },
      { product_id: p, qty: 2 }, // price from the catalogue
      { description: 'ongkos antar', qty: 1, unit_price: 2000 },
    ] });
    expect(r.created).toBe(true);
    expect(r.total).toBe(27000);
    expect(r.lines.map((l) => [l.total, l.cogs])).toEqual([[15000, 9000], [10000, 6000], [2000, null]]);
    expect(r.lines[0]!.description).toBe('Kopi Uji');
    expect(r.cogs).toBeNull(); // the service line has no known cost
    expect(r.stock).toEqual([{ product_id: p, level: 15 }]);
    expect(await level(p)).toBe(15);
    const goods = await post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 1.5, unit_price: 5000 }] });
    expect([goods.total, goods.cogs]).toEqual([7500, 4500]);
    expect(await level(p)).toBe(13.5);
  });

  it('records the acting member as created_by, and rounds fractional rupiah', async () => {
    const as = (memberId: string) => withActor(db, { role: 'authenticated', tenantId: T, memberId, memberRole: 'cashier' }, (tx) =>
      one<{ r: Posted }>(tx, `select post_transaction($1) r`, [{ kind: 'income', source: 'pos', source_ref: ref(), total: 1000.4 }]));
    const byCashier = (await as(SEED.cashier)).r;
    const byStranger = (await as(randomUUID())).r; // a JWT subject that is no member of this warung
    const rows = await withTenant(db, T, (tx) => tx.query<{ id: string; created_by: string | null; total: number }>(
      `select id, created_by, total from transactions where id in ($1, $2)`, [byCashier.id, byStranger.id]));
    const by = Object.fromEntries(rows.rows.map((r) => [r.id, [r.created_by, r.total]]));
    expect(by[byCashier.id]).toEqual([SEED.cashier, 1000]);
    expect(by[byStranger.id]).toEqual([null, 1000]);
  });

  it('a purchase moves stock in and updates the moving-average cost', async () => {
    const p = await createProduct(db, T, { name: 'Beras Uji', unit: 'kg', sellPrice: 14000, avgCost: 10000, stock: 10 });
    const r = await post({ kind: 'purchase', contact_id: SEED.tokoMakmur, source_ref: ref(), lines: [{ product_id: p, qty: 10, unit_price: 12000 }] });
    expect([r.total, r.cogs, r.stock]).toEqual([120000, null, [{ product_id: p, level: 20 }]]);
    expect(await avgCost(p)).toBe(11000);
    // A line total that is not qty * unit_price (a discount) is what the average uses.
    await post({ kind: 'purchase', source_ref: ref(), lines: [{ product_id: p, qty: 5, unit_price: 12000, total: 55000 }] });
    expect(await avgCost(p)).toBe((20 * 11000 + 55000) / 25);
  });

  it('negative stock counts as zero in the moving average; unknown cost gives null cogs', async () => {
    const p = await createProduct(db, T, { name: 'Gula Uji', sellPrice: 20000, avgCost: null });
    const sold = await post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 3 }] });
    expect([sold.total, sold.cogs, sold.lines[0]!.cogs]).toEqual([60000, null, null]);
    expect(await level(p)).toBe(-3);
    await post({ kind: 'purchase', source_ref: ref(), lines: [{ product_id: p, qty: 5, unit_price: 16000 }] });
    expect(await avgCost(p)).toBe(16000);
    expect(await level(p)).toBe(2);
    await post({ kind: 'purchase', source_ref: ref(), lines: [{ product_id: p, qty: 2, unit_price: 17000 }] });
    expect(await avgCost(p)).toBe(16500);
  });

  it('the same source_ref twice books once', async () => {
    const p = await createProduct(db, T, { name: 'Aqua Uji', sellPrice: 4000, avgCost: 3000, stock: 10 });
    const doc = { kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 2 }] };
    const first = await post(doc);
    const second = await post({ ...doc, lines: [{ product_id: p, qty: 9 }] });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.id).toBe(first.id);
    expect(second.total).toBe(8000);
    expect(await level(p)).toBe(8);
    expect(await count(`transactions where source_ref = $1`, [doc.source_ref])).toBe(1);
  });

  it('concurrent postings with one source_ref book once, and parallel sales keep the level right', async () => {
    const p = await createProduct(db, T, { name: 'Rokok Uji', sellPrice: 30000, avgCost: 28000, stock: 50 });
    const same = ref();
    const results = await Promise.all(Array.from({ length: 4 }, () => post({ kind: 'sale', source_ref: same, lines: [{ product_id: p, qty: 1 }] })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    await Promise.all(Array.from({ length: 6 }, () => post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 2 }] })));
    expect(await level(p)).toBe(50 - 1 - 12);
  });

  it('a failure in the middle leaves nothing behind', async () => {
    const p = await createProduct(db, T, { name: 'Teh Uji', sellPrice: 4000, avgCost: 3000, stock: 10 });
    const sourceRef = ref();
    const movements = await count(`stock_movements`, []);
    const audits = await count(`audit_log`, []);
    const err = await failure(post({ kind: 'sale', payment: 'credit', contact_id: SEED.buYati, source_ref: sourceRef, lines: [
      { product_id: p, qty: 2 },
      { product_id: randomUUID(), qty: 1, unit_price: 1000 },
    ] }));
    expect(err).toBe('not_found:product');
    expect(await level(p)).toBe(10);
    expect(await count(`transactions where source_ref = $1`, [sourceRef])).toBe(0);
    expect(await count(`stock_movements`, [])).toBe(movements);
    expect(await count(`audit_log`, [])).toBe(audits);
    expect(await count(`debts where contact_id = $1`, [SEED.buYati])).toBe(0);
  });

  it('rejects bad documents with coded errors', async () => {
    const p = await createProduct(db, T, { name: 'Sabun Uji', sellPrice: 4000, avgCost: 3000, stock: 10 });
    expect(await failure(post({ kind: 'gift', source_ref: ref(), total: 1 }))).toBe('invalid:kind');
    expect(await failure(post({ kind: 'sale', source_ref: '', total: 1 }))).toBe('invalid:source_ref');
    expect(await failure(post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 0 }] }))).toBe('invalid:qty');
    expect(await failure(post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: 'abc', qty: 1 }] }))).toBe('invalid:product_id');
    expect(await failure(post({ kind: 'expense', payment: 'credit', counterparty_name: 'PLN', source_ref: ref(), total: 5 }))).toBe('invalid:payment');
    expect(await failure(post({ kind: 'sale', payment: 'credit', source_ref: ref(), total: 5 }))).toBe('invalid:counterparty');
    expect(await failure(post({ kind: 'expense', source_ref: ref(), lines: [{ product_id: p, qty: 1, unit_price: 1 }] }))).toBe('invalid:line_product');
    expect(await level(p)).toBe(10);
  });

  it('an expense without lines is one line with its category and touches no stock', async () => {
    const movements = await count(`stock_movements`, []);
    const r = await post({ kind: 'expense', category: 'listrik', source_ref: ref(), total: 200000, payment: 'transfer' });
    expect([r.total, r.cogs, r.lines.length, r.lines[0]!.description, r.lines[0]!.product_id]).toEqual([200000, null, 1, 'listrik', null]);
    expect(await count(`stock_movements`, [])).toBe(movements);
  });

  it('credit creates a receivable for a sale and a payable for a purchase', async () => {
    const p = await createProduct(db, T, { name: 'Telur Uji', unit: 'kg', sellPrice: 30000, avgCost: 27000, stock: 10 });
    const sale = await post({ kind: 'sale', payment: 'credit', contact_id: SEED.pakDarto, due_date: '2026-11-30', source_ref: ref(),
      lines: [{ product_id: p, qty: 2, unit_price: 30000 }] });
    const debt = await withTenant(db, T, (tx) => one<Record<string, unknown>>(tx,
      `select direction, contact_id, amount, paid, status, due_date::text from debts where id = $1 and transaction_id = $2`, [sale.debt_id, sale.id]));
    expect(debt).toEqual({ direction: 'receivable', contact_id: SEED.pakDarto, amount: 60000, paid: 0, status: 'open', due_date: '2026-11-30' });
    // Only a name: an existing contact matched by alias...
    const byAlias = await post({ kind: 'sale', payment: 'credit', counterparty_name: 'Rini', source_ref: ref(), total: 25000 });
    expect(await withTenant(db, T, (tx) => one<{ contact_id: string }>(tx, `select contact_id from debts where id = $1`, [byAlias.debt_id]))).toEqual({ contact_id: SEED.mbakRini });
    // ...or a new customer.
    const fresh = await post({ kind: 'sale', payment: 'credit', counterparty_name: 'Bu Tini', source_ref: ref(), total: 15000 });
    const tini = await withTenant(db, T, (tx) => one<{ kind: string; name: string }>(tx,
      `select c.kind, c.name from debts d join contacts c on c.id = d.contact_id where d.id = $1`, [fresh.debt_id]));
    expect(tini).toEqual({ kind: 'customer', name: 'Bu Tini' });
    const buy = await post({ kind: 'purchase', payment: 'credit', contact_id: SEED.sinarJaya, source_ref: ref(), lines: [{ product_id: p, qty: 10, unit_price: 27500 }] });
    expect(await withTenant(db, T, (tx) => one<{ direction: string; amount: number }>(tx, `select direction, amount from debts where id = $1`, [buy.debt_id])))
      .toEqual({ direction: 'payable', amount: 275000 });
    const cash = await post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 1 }] });
    expect(cash.debt_id).toBeNull();
  });

  it('voiding restores stock and voids the debt, once', async () => {
    const p = await createProduct(db, T, { name: 'Mie Uji', sellPrice: 3500, avgCost: 3000, stock: 40 });
    const sale = await post({ kind: 'sale', payment: 'credit', contact_id: SEED.buYati, source_ref: ref(), lines: [{ product_id: p, qty: 5 }] });
    expect(await level(p)).toBe(35);
    const v = await voidTx(sale.id);
    expect([v.voided, v.status, v.stock]).toEqual([true, 'voided', [{ product_id: p, level: 40 }]]);
    expect(await withTenant(db, T, (tx) => one<{ status: string }>(tx, `select status from debts where id = $1`, [sale.debt_id]))).toEqual({ status: 'void' });
    const again = await voidTx(sale.id);
    expect([again.voided, again.status]).toEqual([false, 'voided']);
    expect(await level(p)).toBe(40);
    expect(await count(`stock_movements where transaction_id = $1 and kind = 'void'`, [sale.id])).toBe(1);
    expect(await failure(voidTx(randomUUID()))).toBe('not_found:transaction');
  });

  it('voiding a purchase takes its cost back out of the average', async () => {
    const p = await createProduct(db, T, { name: 'Minyak Uji', sellPrice: 21000, avgCost: 19000, stock: 10 });
    const buy = await post({ kind: 'purchase', source_ref: ref(), lines: [{ product_id: p, qty: 10, unit_price: 190000 }] }); // a typo: 190rb per pcs
    expect(await avgCost(p)).toBe(104500);
    await voidTx(buy.id);
    expect(await avgCost(p)).toBe(19000);
    expect(await level(p)).toBe(10);
  });

  it('a credit sale whose debt is partly paid cannot be voided', async () => {
    const sale = await post({ kind: 'sale', payment: 'credit', contact_id: SEED.buYati, source_ref: ref(), total: 40000 });
    await withTenant(db, T, (tx) => tx.query(`select record_debt_payment($1, $2, 'receivable', 100000, $3)`, [T, SEED.buYati, ref()]));
    expect(await failure(voidTx(sale.id))).toBe('conflict:debt_has_payments');
    expect(await withTenant(db, T, (tx) => one<{ status: string }>(tx, `select status from transactions where id = $1`, [sale.id]))).toEqual({ status: 'posted' });
  });

  it('set_stock_count books the difference as an opname movement, idempotently', async () => {
    const p = await createProduct(db, T, { name: 'Gas Uji', sellPrice: 23000, avgCost: 20000, stock: 10 });
    await post({ kind: 'sale', source_ref: ref(), lines: [{ product_id: p, qty: 3 }] });
    const sourceRef = ref();
    const count1 = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select set_stock_count($1, $2, 5, $3) r`, [T, p, sourceRef]));
    expect(count1.r).toMatchObject({ product_id: p, created: true, before: 7, diff: -2, level: 5 });
    const count2 = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select set_stock_count($1, $2, 1, $3) r`, [T, p, sourceRef]));
    expect(count2.r).toMatchObject({ created: false, diff: -2, level: 5 });
    expect(await count(`stock_movements where product_id = $1 and kind = 'opname'`, [p])).toBe(1);
    const up = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select set_stock_count($1, $2, 12, $3) r`, [T, p, ref()]));
    expect(up.r).toMatchObject({ diff: 7, level: 12 });
    expect(await failure(withTenant(db, T, (tx) => tx.query(`select set_stock_count($1, $2, 1, 'x')`, [T, randomUUID()])))).toBe('not_found:product');
    expect(await failure(withTenant(db, T, (tx) => tx.query(`select set_stock_count($1, $2, -1, 'y')`, [T, p])))).toBe('invalid:qty');
  });

  it('add_stock receives goods (with cost into the average) and books breakage', async () => {
    const p = await createProduct(db, T, { name: 'Susu Uji', sellPrice: 2000, avgCost: 1500, stock: 10 });
    const sourceRef = ref();
    const r = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select add_stock($1, $2, 10, $3, 1700) r`, [T, p, sourceRef]));
    expect(r.r).toMatchObject({ created: true, level: 20, avg_cost: 1600 });
    const again = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select add_stock($1, $2, 10, $3, 1700) r`, [T, p, sourceRef]));
    expect(again.r).toMatchObject({ created: false, level: 20 });
    const broken = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select add_stock($1, $2, -2, $3) r`, [T, p, ref()]));
    expect(broken.r).toMatchObject({ created: true, level: 18, avg_cost: 1600 });
    expect(await count(`stock_movements where product_id = $1 and kind = 'adjustment' and qty = -2`, [p])).toBe(1);
  });
});
