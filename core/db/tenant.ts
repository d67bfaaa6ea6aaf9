// Transactions with the caller's identity set the way Supabase does it: a database role plus
// JWT claims in `request.jwt.claims`. The server connects as a privileged user, so without
// this RLS would not apply to our own queries; with it, the database refuses cross-tenant reads
// and writes even when our code has a bug.
import type pg from 'pg';
import type { Db } from './open.ts';

export type Actor =
  | { role: 'authenticated'; tenantId: string; memberId?: string | null; memberRole?: 'owner' | 'staff' | 'cashier' }
  | { role: 'service_role' };

export type Tx = pg.PoolClient;

/** Runs fn in one transaction as the actor; commits on success, rolls back on any error. */
export async function withActor<T>(db: Db, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.pool.connect();
  try {
    await client.query('begin');
    const claims =
      actor.role === 'service_role'
        ? { role: 'service_role' }
        : { role: 'authenticated', sub: actor.memberId ?? null, tenant_id: actor.tenantId, member_role: actor.memberRole ?? null };
    await client.query(`select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)`, [
      JSON.stringify(claims),
      actor.role,
    ]);
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

export const withTenant = <T>(db: Db, tenantId: string, fn: (tx: Tx) => Promise<T>, memberRole?: 'owner' | 'staff' | 'cashier') =>
  withActor(db, { role: 'authenticated', tenantId, memberRole }, fn);

/** The service role bypasses RLS: for cross-tenant work only (inbox routing, schedulers, migrations). */
export const withService = <T>(db: Db, fn: (tx: Tx) => Promise<T>) => withActor(db, { role: 'service_role' }, fn);

/**
 * Inside a tenant transaction, runs fn as service_role and switches back. The pipeline uses it for
 * its own bookkeeping (marking the inbox row done, queueing replies) so that it commits atomically
 * with the agent's work, while the agent's queries stay under RLS.
 */
export async function asService<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const { rows } = await tx.query<{ role: string }>(`select current_setting('role') as role`);
  await tx.query(`select set_config('role', 'service_role', true)`);
  try {
    return await fn();
  } finally {
    await tx.query(`select set_config('role', $1, true)`, [rows[0]?.role ?? 'none']);
  }
}
