// Handles one claimed inbox row: text (or the voice note's transcript) → sender → the router, whose
// work, the replies in the outbox and the row marked done commit in ONE transaction. A crash at any
// step rolls all of it back, and the retry starts again from a clean slate: nothing is booked twice
// and nothing is lost.
import pg from 'pg';
import { AppError } from '../../core/errors.ts';
import { commitSql, setActorSql, sqlLiteral, takeDeferred, withService, type Actor, type Tx } from '../../core/db/tenant.ts';
import type { Reply, Sender } from '../../agents/router/types.ts';
import type { InboxRow } from './claim.ts';
import type { PipelineDeps } from './deps.ts';
import { textOfRow } from './text-of-row.ts';
import { addressFor } from './address.ts';
import type { Outgoing } from './send.ts';

/** This worker's claim on the row was lost (its lease expired and another worker took the row). */
export const LEASE_LOST = 'conflict:lease_lost';

/** A reply just written to the outbox; `claimed` when written as "sending" for this process to send. */
export type Written = Outgoing & { claimed: boolean };

/**
 * A finished row: its replies, and whether its chat had another unfinished row right after the commit
 * (read in the commit's round trip, so a drain whose chat is empty needs no claim that finds nothing).
 */
export interface Finished { written: Written[]; more: boolean }

export async function processRow(deps: PipelineDeps, row: InboxRow): Promise<Finished> {
  const fault = deps.faults ?? (() => {});
  fault('claimed');
  const text = await textOfRow(deps, row);
  fault('transcribed');
  if (!text.ok) return finishWith(deps, row, null, [{ text: text.reply }]);

  const channel = deps.channels[row.channel];
  await channel?.setTyping(row.chat, true).catch(() => {});
  try {
    // One transaction: identify as the service (with the begin), then act as the sender (RLS applies to the router
    // and agents), then write the replies and finish the row as the service again.
    const who = { channel: row.channel, senderPhone: row.sender_phone, senderAddress: row.sender_address };
    return await withService(deps.db, async (tx, found) => {
      const sender = deps.identifySender.read(who, found);
      fault('identified');
      // The pipeline itself writes inbox rows without a tenant; a row that names one the sender does not
      // belong to was not written by us, and acting on it would act as another warung.
      if (row.tenant_id !== null && row.tenant_id !== tenantOf(sender)) {
        deps.logger.warn({ inbox: row.id }, 'inbox row tenant disagrees with its sender; ignored');
        return writeRepliesAndFinish(tx, row, null, [], deps, 'ignored');
      }
      // The switch to the sender's identity rides with the router's first query.
      const replies = await deps.handleMessage({
        tx, sender, now: deps.clock.now(), llm: deps.llm, setup: setActorSql(actorFor(sender)),
        message: { inboxId: row.id, text: text.text, source: row.kind === 'voice' ? 'voice' : 'chat', chat: row.chat, senderPhone: row.sender_phone },
      });
      fault('handled');
      if (text.heard && replies[0]) replies[0] = { ...replies[0], text: `${text.heard}\n${replies[0].text}` };
      return writeRepliesAndFinish(tx, row, tenantOf(sender), replies, deps);
    }, deps.identifySender.sql(who)); // the sender is looked up in the round trip that begins the transaction
  } finally {
    await channel?.setTyping(row.chat, false).catch(() => {});
  }
}

/** For rows answered without the router (a voice note that cannot be heard, an apology after giving up). */
export async function finishWith(deps: PipelineDeps, row: InboxRow, tenantId: string | null, replies: Reply[], status: 'done' | 'failed' = 'done'): Promise<Finished> {
  return withService(deps.db, (tx) => writeRepliesAndFinish(tx, row, tenantId ?? row.tenant_id, replies, deps, status));
}

/**
 * As the service again: the replies into the outbox, the row marked finished and the commit, in ONE
 * round trip (a simple query of four statements, values inlined as escaped literals). Must be the
 * last thing a transaction does. When this process sends
 * replies itself they are written already claimed ("sending", attempt 1), as send.ts would mark them.
 */
async function writeRepliesAndFinish(
  tx: Tx, row: InboxRow, tenantId: string | null, replies: Reply[], deps: PipelineDeps, status: 'done' | 'failed' | 'ignored' = 'done',
): Promise<Finished> {
  const claim = deps.sendsInline === true;
  const lit = sqlLiteral;
  const values = replies.map((reply, seq) => {
    const chat = reply.toPhone ? addressFor(row.channel, reply.toPhone) : row.chat;
    return `(${[tenantId, row.id, seq, row.channel, row.account, chat, reply.text, claim ? 'sending' : 'pending', claim ? 1 : 0].map(lit).join(', ')})`;
  });
  // Finishing the row comes first: it is fenced by this claim's token (attempts) and locks the row, so a
  // worker whose lease ran out and was taken over fails here and rolls back all it did.
  // The router's deferred writes first, still under the sender's identity (core/db/tenant.ts deferToCommit).
  const deferred = takeDeferred(tx);
  const statements = [
    ...deferred,
    setActorSql({ role: 'service_role' }),
    `select internal.finish_inbox(${lit(row.id)}, ${lit(row.attempts)}, ${lit(status)}, ${lit(tenantId)}::uuid)`,
  ];
  if (values.length) {
    statements.push(`insert into outbox (tenant_id, inbox_id, seq, channel, account, chat, body, status, attempts) values ${values.join(', ')}
      on conflict (inbox_id, seq) do nothing returning id, seq, channel, chat, body`);
  }
  // The last step of the transaction, so it commits in the same round trip. The outbox rows and the
  // row done are thus written and committed at once: a crash "after outbox_written" is before all three.
  deps.faults?.('outbox_written');
  statements.push(commitSql(tx));
  // After the commit, in its own snapshot: a row of this chat that came in meanwhile. Its own job may have
  // tried to claim it while this row still held the chat, and found nothing; this drain takes it then.
  statements.push(`select internal.chat_has_unfinished(${lit(row.channel)}, ${lit(row.account)}, ${lit(row.chat)}) as more`);
  let results: pg.QueryResult | pg.QueryResult[];
  try {
    results = await tx.query(statements.join(';\n'));
  } catch (err) {
    if ((err as Error).message === LEASE_LOST) throw new AppError(LEASE_LOST, { cause: err });
    throw err;
  }
  const all = Array.isArray(results) ? results : [results];
  const inserted = values.length ? (all[deferred.length + 2] as pg.QueryResult<Outgoing & { seq: number }>).rows : [];
  const more = (all.at(-1) as pg.QueryResult<{ more: boolean }>).rows[0]?.more !== false;
  const written = [...inserted].sort((a, b) => a.seq - b.seq).map(({ id, channel, chat, body }) => ({ id, channel, chat, body, claimed: claim }));
  return { written, more };
}

function actorFor(sender: Sender): Actor {
  if (sender.kind === 'member') return { role: 'authenticated', tenantId: sender.tenantId, memberId: sender.memberId, memberRole: sender.role };
  if (sender.kind === 'supplier') return { role: 'authenticated', tenantId: sender.tenantId };
  // Onboarding creates a tenant, which no tenant's claims may do.
  return { role: 'service_role' };
}

const tenantOf = (sender: Sender) => (sender.kind === 'unknown' ? null : sender.tenantId);
