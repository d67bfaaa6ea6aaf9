// Transactions with the caller's identity set the way Supabase does it: a database role plus
// JWT claims in `request.jwt.claims`. The server connects as a privileged user, so without
// this RLS would not apply to our own queries; with it, the database refuses cross-tenant reads
// and writes even when our code has a bug.
import pg from 'pg';
import type { Db } from './open.ts';

export type Actor =
  | { role: 'authenticated'; tenantId: string; memberId?: string | null; memberRole?: 'owner' | 'staff' | 'cashier' }
  | { role: 'service_role' };

export type Tx = pg.PoolClient;

/**
 * Runs fn in one transaction as the actor; commits on success, rolls back on any error. `first`, a
 * statement with its values inlined, rides with the `begin` (one round trip fewer); fn gets its rows.
 */
export async function withActor<T>(db: Db, actor: Actor, fn: (tx: Tx, first: pg.QueryResultRow[]) => Promise<T>, first?: string | null): Promise<T> {
  const client = await db.pool.connect();
  deferred.delete(client);
  try {
    // One round trip: a simple query may carry several statements (values inlined, escaped).
    const begun = await client.query(first ? `begin; ${setActorSql(actor)}; ${first}` : `begin; ${setActorSql(actor)}`);
    const result = await fn(client, first ? (begun as unknown as pg.QueryResult[]).at(-1)!.rows : []);
    if (!committedInside.delete(client)) await client.query([...takeDeferred(client), 'commit'].join(';\n'));
    return result;
  } catch (err) {
    committedInside.delete(client);
    deferred.delete(client);
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const committedInside = new WeakSet<Tx>();

const deferred = new WeakMap<Tx, string[]>();

/**
 * A write nothing later in this transaction reads, sent with the commit instead of on its own (one
 * round trip fewer): it runs just before the commit, under the identity the transaction has then, so
 * the caller must not switch identity in between (the pipeline takes these before switching back to
 * the service, see takeDeferred). A complete statement with its values inlined as escaped literals.
 */
export function deferToCommit(tx: Tx, sql: string): void {
  const list = deferred.get(tx);
  if (list) list.push(sql);
  else deferred.set(tx, [sql]);
}

/** The deferred statements, removed: for whoever sends the commit (withActor, or fn before commitSql). */
export function takeDeferred(tx: Tx): string[] {
  const list = deferred.get(tx) ?? [];
  deferred.delete(tx);
  return list;
}

/** How many statements are deferred so far: what a savepoint taken now would keep (dropDeferred's `keep`). */
export function deferredCount(tx: Tx): number {
  return deferred.get(tx)?.length ?? 0;
}

/** Forgets the deferred statements after the first `keep`, with the work they belonged to (a rollback to a savepoint). */
export function dropDeferred(tx: Tx, keep = 0): void {
  const list = deferred.get(tx);
  if (list && keep > 0) list.length = Math.min(list.length, keep);
  else deferred.delete(tx);
}

/**
 * `commit` as the last statement of fn's last simple query, which spares withActor its own commit
 * round trip. Only as the very last statement fn sends; if that query fails, withActor rolls back.
 */
export function commitSql(tx: Tx): string {
  committedInside.add(tx);
  return 'commit';
}

/**
 * The statement that sets the identity for the rest of the transaction (role + JWT claims), e.g.
 * after identifying the sender. Values are inlined as escaped literals so it can share a round trip
 * with other statements (a simple query; `begin; …`).
 */
export function setActorSql(actor: Actor): string {
  const claims =
    actor.role === 'service_role'
      ? { role: 'service_role' }
      : { role: 'authenticated', sub: actor.memberId ?? null, tenant_id: actor.tenantId, member_role: actor.memberRole ?? null };
  return `select set_config('request.jwt.claims', ${pg.escapeLiteral(JSON.stringify(claims))}, true), set_config('role', ${pg.escapeLiteral(actor.role)}, true)`;
}

/**
 * A value as an SQL literal, for statements that share a round trip (a simple query has no parameters):
 * null, a finite number as is, a date as its ISO text, an object or array as JSON text, anything else as
 * an escaped string. Cast where the type is not clear from the context (`…::uuid`).
 */
export function sqlLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return pg.escapeLiteral(v.toISOString());
  return pg.escapeLiteral(typeof v === 'object' ? JSON.stringify(v) : String(v));
}

export const withTenant = <T>(db: Db, tenantId: string, fn: (tx: Tx) => Promise<T>, memberRole?: 'owner' | 'staff' | 'cashier') =>
  withActor(db, { role: 'authenticated', tenantId, memberRole }, fn);

/** The service role bypasses RLS: for cross-tenant work only (inbox routing, schedulers, migrations). */
export const withService = <T>(db: Db, fn: (tx: Tx, first: pg.QueryResultRow[]) => Promise<T>, first?: string | null) =>
  withActor(db, { role: 'service_role' }, fn, first);

/**
 * One statement as the service, without a transaction: the connection's own role owns the tables,
 * so like service_role it is not bound by RLS. For the pipeline's single-statement bookkeeping
 * (inbox, outbox) this is one round trip instead of four (begin, claims, statement, commit).
 */
export function serviceQuery<R extends pg.QueryResultRow>(db: Db, sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
  return prepared<R>(db.pool, sql, params);
}

const statementNames = new Map<string, string>();

/**
 * A fixed, parameterized statement as a named prepared statement: each connection parses and plans
 * it once, then only binds values. Planning was most of the time of the hot queries (products with
 * their stock level: 0.35 → 0.12 ms on Postgres, 0.66 → 0.24 ms on PGlite). Only for SQL text that is
 * a constant at its call site: every distinct text gets a name for the life of the process.
 */
export function prepared<R extends pg.QueryResultRow>(q: pg.Pool | pg.PoolClient, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `juragan_${statementNames.size + 1}`));
  return q.query<R>({ name, text, values });
}
