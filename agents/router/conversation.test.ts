// Runs every conversation script (scripts/*.ts) through the whole app on both stacks:
// PGlite + in-process queue and PostgreSQL + BullMQ (real Redis).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../../bot/testing.ts';
import { allScripts } from './scripts/index.ts';
import type { Persona, Script, ScriptTenant } from './scripts/types.ts';
import { CASHIER, DEMO_TENANT, OWNER, SUPPLIER } from './testing.ts';

const pad = (n: number) => String(n).padStart(5, '0');

function phonesFor(script: Script, i: number): Record<Persona, string> {
  const own = { owner: `+62811100${pad(i)}`, cashier: `+62811200${pad(i)}` };
  return {
    ...(script.tenant === 'demo' ? { owner: OWNER, cashier: CASHIER } : script.tenant === 'new' ? { owner: `+62811300${pad(i)}`, cashier: own.cashier } : own),
    supplier: SUPPLIER, newcomer: `+62811300${pad(i)}`, newcashier: `+62811400${pad(i)}`,
  };
}

async function seedTenant(app: TestApp, t: ScriptTenant, phones: Record<Persona, string>, name: string): Promise<string> {
  return withService(app.db, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(`insert into tenants (name, city, timezone) values ($1, 'Test', $2) returning id`, [name, t.timezone]);
    const id = rows[0].id;
    await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, 'Pak Owner', 'owner')`, [id, phones.owner]);
    if (t.cashier) await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, 'Kasir', 'cashier')`, [id, phones.cashier]);
    for (const [pname, unit, sell, cost, stock, aliases] of t.products) {
      const p = await tx.query<{ id: string }>(
        `insert into products (tenant_id, name, aliases, unit, sell_price, avg_cost) values ($1, $2, $3, $4, $5, $6) returning id`,
        [id, pname, aliases ?? [pname.toLowerCase()], unit, sell, cost],
      );
      if (stock) {
        await tx.query(`insert into stock_movements (tenant_id, product_id, qty, kind, unit_cost, source_ref) values ($1, $2, $3, 'adjustment', $4, $5)`,
          [id, p.rows[0].id, stock, cost, `seed:${p.rows[0].id}`]);
      }
    }
    return id;
  });
}

async function tenantOf(app: TestApp, script: Script, phones: Record<Persona, string>, seeded: string | null): Promise<string | null> {
  if (script.tenant === 'demo') return DEMO_TENANT;
  if (seeded) return seeded;
  return withService(app.db, async (tx) => (await tx.query<{ tenant_id: string }>(
    `select tenant_id from members where phone = $1 and role = 'owner'`, [phones.newcomer])).rows[0]?.tenant_id ?? null);
}

describe.each(stacks)('conversation scripts on %s', (stack) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack, now: allScripts[0].at, seeded: true });
  }, 120_000);
  afterAll(() => app?.stop());

  it.each(allScripts.map((s, i) => [s.name, s, i] as const))('%s', async (_name, script, i) => {
    const phones = phonesFor(script, i);
    app.clock.set(script.at);
    const seeded = typeof script.tenant === 'object' ? await seedTenant(app, script.tenant, phones, `Warung Uji ${i}`) : null;
    for (const step of script.steps) {
      if ('at' in step) {
        app.clock.set(step.at);
        continue;
      }
      const text = step.say.replace('{newcashier}', `0${phones.newcashier.slice(3)}`);
      const replies = (await app.say(phones[step.as ?? 'owner'], text)).join('\n');
      for (const f of step.reply) expect(replies, `"${step.say}" → ${replies}`).toContain(f);
      for (const f of step.not ?? []) expect(replies, `"${step.say}" → ${replies}`).not.toContain(f);
      app.clock.set(new Date(app.clock.now().getTime() + 30_000));
    }
    const tenant = await tenantOf(app, script, phones, seeded);
    for (const check of script.rows ?? []) {
      const rows = await withService(app.db, async (tx) => (await tx.query(check.sql, check.sql.includes('$1') ? [tenant] : [])).rows);
      expect(rows, check.sql).toEqual(check.rows);
    }
    if (tenant) {
      const open = await withService(app.db, async (tx) => (await tx.query(
        `select chat_key from conversation_state where tenant_id = $1 and pending is not null and expires_at > $2`, [tenant, app.clock.now()])).rows);
      expect(open, 'no question left open').toEqual([]);
    }
  });
});
