// A new table or function cannot arrive open: the privileges every API role has on every table, view,
// sequence and function (and which functions are SECURITY DEFINER) must equal the explicit allow-list
// in access-allowlist.txt, on PostgreSQL and on PGlite. The failure names the exact lines to change.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { accessLines } from './access-catalogue.ts';

const file = join(import.meta.dirname, 'access-allowlist.txt');

async function allowList(): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l && !l.startsWith('#')).sort();
}

describe.each(dbKinds)('access allow-list on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('the catalogue grants exactly what supabase/tests/access-allowlist.txt lists', async () => {
    const [actual, allowed] = [await accessLines(db), await allowList()];
    const missing = actual.filter((l) => !allowed.includes(l));
    const extra = allowed.filter((l) => !actual.includes(l));
    const message = [
      ...missing.map((l) => `add this line to supabase/tests/access-allowlist.txt (or revoke what it grants in a migration):\n  ${l}`),
      ...extra.map((l) => `remove this line from supabase/tests/access-allowlist.txt (or grant it again in a migration):\n  ${l}`),
    ].join('\n');
    expect(message, message).toBe('');
  });

  it('no role but the service has any privilege on the pipeline and WhatsApp tables, and anon has none anywhere', async () => {
    const lines = await accessLines(db);
    expect(lines.filter((l) => / anon=/.test(l) || /execute=[^ ]*\banon\b/.test(l))).toEqual([]);
    for (const t of ['login_codes', 'onboarding_state', 'whatsapp_auth', 'whatsapp_leases', 'whatsapp_sent_messages', 'schema_migrations']) {
      expect(lines).toContain(`table public.${t} service_role=select,insert,update,delete`);
    }
  });

  it('a tenant session writes none of the pipeline, member and ledger tables directly', async () => {
    const lines = await accessLines(db);
    const closed = ['inbox', 'outbox', 'members', 'conversation_state', 'audit_log', 'transactions', 'transaction_lines',
      'stock_movements', 'debts', 'debt_payments', 'debt_payment_allocations', 'product_units', 'dashboard_sessions'];
    for (const t of closed) {
      const line = lines.find((l) => l.startsWith(`table public.${t} `)) ?? '';
      expect({ t, writes: /authenticated=[^ ]*(insert|update|delete)/.test(line) }).toEqual({ t, writes: false });
    }
  });
});
