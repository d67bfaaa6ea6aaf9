// Shared fixtures for the database tests: the seeded demo tenant's ids, a second tenant, and a
// filler that puts at least one row into every tenant table for a tenant (used by the RLS tests).
import { randomUUID } from 'node:crypto';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listMigrations, migrate, supabaseDir } from '../../core/db/migrate.ts';
import { openDb, type Db } from '../../core/db/open.ts';
import { withActor, withService, withTenant, type Tx } from '../../core/db/tenant.ts';

export const SEED = {
  tenant: 'a0000000-0000-4000-8000-000000000001',
  owner: 'b0000000-0000-4000-8000-000000000001',
  cashier: 'b0000000-0000-4000-8000-000000000002',
  tokoMakmur: 'c0000000-0000-4000-8000-000000000001',
  sinarJaya: 'c0000000-0000-4000-8000-000000000002',
  pakDarto: 'c0000000-0000-4000-8000-000000000011',
  mbakRini: 'c0000000-0000-4000-8000-000000000012',
  buYati: 'c0000000-0000-4000-8000-000000000013',
  indomieGoreng: 'd0000000-0000-4000-8000-000000000001',
  beras: 'd0000000-0000-4000-8000-000000000007',
  telur: 'd0000000-0000-4000-8000-000000000013',
  aqua: 'd0000000-0000-4000-8000-000000000025',
  gas: 'd0000000-0000-4000-8000-000000000035',
} as const;

/** An in-memory PGlite migrated up to (not including) the migration `first`: a database from before it. */
export async function dbBefore(first: string): Promise<Db> {
  const dir = await mkdtemp(join(tmpdir(), 'juragan-mig-'));
  for (const f of (await listMigrations()).filter((n) => n < first)) await symlink(join(supabaseDir, 'migrations', f), join(dir, f));
  const db = await openDb({ dataDir: 'memory://' });
  await migrate(db, dir);
  return db;
}

/** A new empty tenant (created by the service role, as onboarding would). */
export async function createTenant(db: Db, name = `Warung ${randomUUID().slice(0, 8)}`): Promise<string> {
  return withService(db, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `insert into tenants (name, city, timezone) values ($1, 'Makassar', 'Asia/Makassar') returning id`,
      [name],
    );
    return rows[0]!.id;
  });
}

export async function one<T>(tx: Tx, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await tx.query(sql, params);
  if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}: ${sql}`);
  return rows[0] as T;
}

/**
 * A product with known cost and stock for exact arithmetic in tests. Written by the service role: a
 * tenant session may neither set avg_cost nor write stock movements directly.
 */
export async function createProduct(
  db: Db,
  tenantId: string,
  p: { name: string; unit?: string; sellPrice?: number | null; avgCost?: number | null; stock?: number },
): Promise<string> {
  // As the service (setup, not a writer under test): tenant sessions may not write the ledger directly.
  return withService(db, async (tx) => {
    const { id } = await one<{ id: string }>(
      tx,
      `insert into products (tenant_id, name, unit, sell_price, avg_cost) values ($1, $2, $3, $4, $5) returning id`,
      [tenantId, p.name, p.unit ?? 'pcs', p.sellPrice ?? null, p.avgCost ?? null],
    );
    if (p.stock) {
      await tx.query(
        `insert into stock_movements (tenant_id, product_id, qty, kind, unit_cost, source_ref) values ($1, $2, $3, 'adjustment', $4, $5)`,
        [tenantId, id, p.stock, p.avgCost ?? null, `opening:${id}`],
      );
    }
    return id;
  });
}

/**
 * Puts at least one row into every tenant table for the tenant: acting as that tenant where a tenant
 * session may write (directly or through the functions), as the service for the pipeline's tables.
 */
export async function fillTenant(db: Db, tenantId: string): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const productId = await createProduct(db, tenantId, { name: `Produk ${tag}`, sellPrice: 5000, avgCost: 4000, stock: 10 });
  const phone = `+62899${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const member = await withService(db, (tx) =>
    one<{ id: string }>(tx, `insert into members (tenant_id, phone, name, role) values ($1, $2, 'Kasir', 'cashier') returning id`, [tenantId, phone]));
  await withTenant(db, tenantId, async (tx) => {
    const customer = await one<{ id: string }>(tx, `insert into contacts (tenant_id, kind, name) values ($1, 'customer', 'Pelanggan ${tag}') returning id`, [tenantId]);
    const supplier = await one<{ id: string }>(tx, `insert into contacts (tenant_id, kind, name) values ($1, 'supplier', 'Pemasok ${tag}') returning id`, [tenantId]);
    const sale = await one<{ r: { id: string; debt_id: string } }>(tx, `select post_transaction($1) r`, [
      { tenant_id: tenantId, kind: 'sale', payment: 'credit', contact_id: customer.id, source: 'chat', source_ref: `fill:${tag}`,
        lines: [{ product_id: productId, qty: 2, unit_price: 5000 }] },
    ]);
    await tx.query(`select record_debt_payment($1, $2, 'receivable', 3000, $3)`, [tenantId, customer.id, `fill-pay:${tag}`]);
    await tx.query(`insert into debt_reminders (tenant_id, contact_id, debt_id, remind_on) values ($1, $2, $3, current_date + 7)`, [tenantId, customer.id, sale.r.debt_id]);
    await tx.query(`select set_product_unit($1, $2, 'dus', 12)`, [tenantId, productId]);
    const neg = await one<{ id: string }>(tx,
      `insert into negotiations (tenant_id, product_id, item, qty, unit, max_price) values ($1, $2, 'telur', 10, 'kg', 27000) returning id`,
      [tenantId, productId]);
    await tx.query(`insert into market_prices (tenant_id, commodity, region, unit, price, source, contact_id, observed_at) values ($1, 'Telur Ayam Ras', 'Kota Bandung', 'kg', 26500, 'supplier', $2, now())`,
      [tenantId, supplier.id]);
    return { supplier, neg };
  }).then(({ supplier, neg }) => withService(db, async (tx) => {
    const inbox = await one<{ id: number }>(tx,
      `insert into inbox (tenant_id, member_id, channel, account, external_id, chat, kind, body) values ($1, $2, 'simulator', 'sim', $3, 'chat-${tag}', 'text', 'halo') returning id`,
      [tenantId, member.id, `ext-${tag}`]);
    const outbox = await one<{ id: string }>(tx,
      `insert into outbox (tenant_id, inbox_id, seq, channel, account, chat, body) values ($1, $2, 0, 'simulator', 'sim', 'chat-${tag}', 'Siap, Kak!') returning id`,
      [tenantId, inbox.id]);
    await tx.query(`insert into conversation_state (tenant_id, chat_key, last_event) values ($1, $2, '{"type":"sale"}')`, [tenantId, `sim:sim:chat-${tag}`]);
    await tx.query(`insert into negotiation_offers (tenant_id, negotiation_id, contact_id, direction, price, outbox_id) values ($1, $2, $3, 'ask', null, $4)`,
      [tenantId, neg.id, supplier.id, outbox.id]);
    const session = await one<{ id: string }>(tx, `insert into dashboard_sessions (tenant_id, member_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`,
      [tenantId, member.id, `hash-${tag}`]);
    return (await one<{ r: { device_id: string; code: string } }>(tx, 'select pos_register_device($1) as r', [session.id])).r;
  })).then((device) => withActor(db, { role: 'authenticated', tenantId, memberId: member.id, memberRole: 'cashier' }, (tx) =>
    tx.query('select pos_book_sale($1, $2)', [tenantId, {
      id: randomUUID(), deviceId: device.device_id, seq: 1, receiptNo: `${device.code}-000001`, cashierId: member.id, occurredAt: new Date().toISOString(),
      customer: null, lines: [{ id: randomUUID(), productId, qty: 1, pack: null, unitPrice: 5000, discount: 0 }],
      payments: [{ id: randomUUID(), method: 'cash', amount: 5000, tendered: 5000 }],
    }])));
}

/** Tables that hold tenant rows and are covered by fillTenant. */
export const tenantTables = [
  'members', 'contacts', 'products', 'stock_movements', 'transactions', 'transaction_lines', 'debts', 'debt_payments',
  'debt_payment_allocations', 'debt_reminders', 'inbox', 'outbox', 'conversation_state', 'audit_log', 'negotiations',
  'negotiation_offers', 'market_prices', 'dashboard_sessions', 'product_units',
  'pos_devices', 'pos_sales', 'pos_sale_lines', 'pos_payments', 'stock_on_hand',
] as const;
