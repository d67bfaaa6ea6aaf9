// Queries as the connection's own role (the service: not bound by RLS), for the login and session
// functions that run before anyone is known. Deliberately unnamed statements: Next.js bundles its own
// copy of core/db/tenant.ts, whose prepared-statement names would collide on PGlite's one connection
// with the host's copy (same name, different SQL).
import type pg from 'pg';
import type { Db } from '../../core/db/open.ts';

export function asService<R extends pg.QueryResultRow>(db: Db, text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
  return db.pool.query<R>(text, values);
}
