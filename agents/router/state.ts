// Conversation state in Postgres (table conversation_state): one row per member chat with a pending
// question (ignored after expires_at) and the last booked event, so "batal" knows what to undo.
// It is written in the same transaction as the booking, so a retried message sees a consistent state.
import pg from 'pg';
import { deferToCommit, prepared, sqlLiteral, type Tx } from '../../core/db/tenant.ts';
import type { BookedEvent } from './types.ts';
import { bookedEventSchema, pendingSchema, type Pending } from './state-schema.ts';

/** How long a question waits for its answer. */
export const PENDING_TTL_MS = 30 * 60_000;

export interface ChatState { pending: Pending | null; lastEvent: BookedEvent | null }
export interface StateKey { tenantId: string; chatKey: string }

/** Per sender within a chat, so two cashiers in one group never answer each other's questions. */
export const chatKeyFor = (chat: string, memberId: string) => `${chat}:${memberId}`;

/**
 * `before` is a statement sent in the same round trip (the router's savepoint): a simple query of
 * several statements, so the key goes in as escaped literals.
 */
export async function loadState(tx: Tx, key: StateKey, now: Date, before?: string): Promise<ChatState> {
  type Row = { pending: unknown; expires_at: Date | null; last_event: unknown };
  // A function, not the plain select: its plan is kept per connection, where an inlined statement is planned every time.
  const select = `select pending, expires_at, last_event from internal.chat_state(${sqlLiteral(key.tenantId)}, ${sqlLiteral(key.chatKey)})`;
  const res = await tx.query<Row>(before ? `${before}; ${select}` : select);
  // pg answers a multi-statement query with one result per statement.
  const rows: Row[] = Array.isArray(res) ? (res.at(-1) as pg.QueryResult<Row>).rows : res.rows;
  const row = rows[0];
  if (!row) return { pending: null, lastEvent: null };
  const live = row.pending != null && (!row.expires_at || row.expires_at.getTime() > now.getTime());
  const pending = live ? pendingSchema.safeParse(row.pending) : null;
  const last = row.last_event == null ? null : bookedEventSchema.safeParse(row.last_event);
  return { pending: pending?.success ? pending.data : null, lastEvent: last?.success ? last.data : null };
}

// Writes go through SQL functions (a tenant session may not write conversation_state directly; they
// check the chat key is the caller's own: `<chat>:<member id>`).
export async function setPending(tx: Tx, key: StateKey, pending: Pending | null, now: Date): Promise<void> {
  const expires = pending ? new Date(now.getTime() + PENDING_TTL_MS) : null;
  await prepared(tx, 'select public.set_chat_pending($1, $2, $3, $4, $5)',
    [key.tenantId, key.chatKey, pending ? JSON.stringify(pending) : null, expires, now]);
}

/**
 * Remembered at commit (deferToCommit): the last thing a message does and nothing reads it back in
 * the same transaction, so it rides with the commit instead of costing a round trip of its own.
 */
export async function setLastEvent(tx: Tx, key: StateKey, event: BookedEvent | null, now: Date): Promise<void> {
  const lit = sqlLiteral;
  deferToCommit(tx, `select public.set_chat_last_event(${lit(key.tenantId)}::uuid, ${lit(key.chatKey)}, ${lit(event)}::jsonb, ${lit(now)}::timestamptz)`);
}

/** Sets or clears the question of this message's chat; clearing costs nothing when none is open. */
export async function putPending(env: { tx: Tx; key: StateKey; now: Date; pendingOpen: boolean }, pending: Pending | null): Promise<void> {
  if (!pending && !env.pendingOpen) return;
  await setPending(env.tx, env.key, pending, env.now);
  env.pendingOpen = pending != null;
}
