// Calls to the shared SQL functions. They raise `'<code>:<what>'` (SQLSTATE P0001); we turn that into an
// AppError so the router maps it to one friendly reply, and validate what they return with zod.
import type { z } from 'zod';
import type { QueryResult, QueryResultRow } from 'pg';
import { prepared, sqlLiteral, type Tx } from '../../core/db/tenant.ts';
import { AppError, type ErrorKind } from '../../core/errors.ts';

const known: Record<string, ErrorKind> = {
  invalid: 'bad_request', not_found: 'not_found', forbidden: 'forbidden', conflict: 'conflict',
};

function toAppError(err: unknown): unknown {
  if (typeof err !== 'object' || err === null || !('code' in err) || err.code !== 'P0001') return err;
  const message = 'message' in err && typeof err.message === 'string' ? err.message : '';
  const m = /^([a-z_]+):([a-z_]+)/.exec(message);
  if (!m) return err;
  const kind = known[m[1]!] ?? 'bad_request';
  return new AppError(`${kind}:${m[2]}`, { message, cause: err });
}

// zod compiles an object schema into a fast parser on its first parse. A schema written inline at a call
// (`rows(tx, sql, args, z.object({…}))`) is a new one on every call, so it was compiled on every call:
// 5 % of the pipeline's CPU. A schema's first call parses without compiling; only one seen again (a
// module constant) gets compiled.
const seen = new WeakSet<z.ZodType>();
function parser<S extends z.ZodType>(schema: S): (value: unknown) => z.infer<S> {
  if (seen.has(schema)) return (value) => schema.parse(value);
  seen.add(schema);
  return (value) => schema.parse(value, { jitless: true });
}

/** `select fn($1, …) as r` and parse r with the schema. */
export async function callFn<S extends z.ZodType>(tx: Tx, fn: string, args: unknown[], schema: S): Promise<z.infer<S>> {
  const params = args.map((_, i) => `$${i + 1}`).join(', ');
  try {
    const res = await prepared(tx, `select ${fn}(${params}) as r`, args);
    return parser(schema)(res.rows[0]?.r);
  } catch (err) {
    throw toAppError(err);
  }
}

/**
 * callFn and, in the same round trip, `next`: a statement (values inlined) that reads what the call
 * wrote, known before the call returns. The call's arguments are inlined too (a simple query has no
 * parameters); it is one statement fewer per sale (post_transaction, then the reorder facts).
 */
export async function callFnThen<S extends z.ZodType>(tx: Tx, fn: string, args: unknown[], schema: S, next: string): Promise<{ result: z.infer<S>; next: QueryResultRow[] }> {
  try {
    const res = (await tx.query(`select ${fn}(${args.map(sqlLiteral).join(', ')}) as r; ${next}`)) as unknown as QueryResult[];
    return { result: parser(schema)(res[0]!.rows[0]?.r), next: res[1]!.rows };
  } catch (err) {
    throw toAppError(err);
  }
}

/** A query whose rows are parsed with the schema. */
export async function rows<S extends z.ZodType>(tx: Tx, sql: string, args: unknown[], schema: S): Promise<z.infer<S>[]> {
  try {
    const res = await prepared(tx, sql, args);
    const parse = parser(schema);
    return res.rows.map((r) => parse(r));
  } catch (err) {
    throw toAppError(err);
  }
}

export async function one<S extends z.ZodType>(tx: Tx, sql: string, args: unknown[], schema: S): Promise<z.infer<S> | null> {
  return (await rows(tx, sql, args, schema))[0] ?? null;
}
