// Handles one claimed inbox row: text (or the voice note's transcript) → sender → the router, whose
// work, the replies in the outbox and the row marked done commit in ONE transaction. A crash at any
// step rolls all of it back, and the retry starts again from a clean slate: nothing is booked twice
// and nothing is lost.
import { setActor, withService, type Actor, type Tx } from '../../core/db/tenant.ts';
import type { Reply, Sender } from '../../agents/router/types.ts';
import type { InboxRow } from './claim.ts';
import type { PipelineDeps } from './deps.ts';
import { textOfRow } from './text-of-row.ts';
import { addressFor } from './address.ts';

export async function processRow(deps: PipelineDeps, row: InboxRow): Promise<string[]> {
  const fault = deps.faults ?? (() => {});
  fault('claimed');
  const text = await textOfRow(deps, row);
  fault('transcribed');
  if (!text.ok) return finishWith(deps, row, null, [{ text: text.reply }]);

  const channel = deps.channels[row.channel];
  await channel?.setTyping(row.chat, true).catch(() => {});
  try {
    // One transaction: identify as the service, then act as the sender (RLS applies to the router
    // and agents), then write the replies and finish the row as the service again.
    return await withService(deps.db, async (tx) => {
      const sender = await deps.identifySender(tx, { channel: row.channel, senderPhone: row.sender_phone, senderAddress: row.sender_address });
      fault('identified');
      await setActor(tx, actorFor(sender));
      const replies = await deps.handleMessage({
        tx, sender, now: deps.clock.now(), llm: deps.llm,
        message: { inboxId: row.id, text: text.text, source: row.kind === 'voice' ? 'voice' : 'chat', chat: row.chat, senderPhone: row.sender_phone },
      });
      fault('handled');
      if (text.heard && replies[0]) replies[0] = { ...replies[0], text: `${text.heard}\n${replies[0].text}` };
      await setActor(tx, { role: 'service_role' });
      return writeRepliesAndFinish(tx, row, tenantOf(sender), replies, fault);
    });
  } finally {
    await channel?.setTyping(row.chat, false).catch(() => {});
  }
}

/** For rows answered without the router (a voice note that cannot be heard, an apology after giving up). */
export async function finishWith(deps: PipelineDeps, row: InboxRow, tenantId: string | null, replies: Reply[], status: 'done' | 'failed' = 'done') {
  return withService(deps.db, (tx) => writeRepliesAndFinish(tx, row, tenantId ?? row.tenant_id, replies, deps.faults ?? (() => {}), status));
}

async function writeRepliesAndFinish(
  tx: Tx, row: InboxRow, tenantId: string | null, replies: Reply[], fault: NonNullable<PipelineDeps['faults']>, status: 'done' | 'failed' = 'done',
): Promise<string[]> {
  const ids: string[] = [];
  for (const [seq, reply] of replies.entries()) {
    const chat = reply.toPhone ? addressFor(row.channel, reply.toPhone) : row.chat;
    const { rows } = await tx.query<{ id: string }>(
      `insert into outbox (tenant_id, inbox_id, seq, channel, account, chat, body)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (inbox_id, seq) do nothing returning id`,
      [tenantId, row.id, seq, row.channel, row.account, chat, reply.text],
    );
    if (rows[0]) ids.push(rows[0].id);
  }
  fault('outbox_written');
  await tx.query(
    `update inbox set status = $3, processed_at = now(), locked_until = null, tenant_id = coalesce(tenant_id, $2) where id = $1`,
    [row.id, tenantId, status],
  );
  return ids;
}

function actorFor(sender: Sender): Actor {
  if (sender.kind === 'member') return { role: 'authenticated', tenantId: sender.tenantId, memberId: sender.memberId, memberRole: sender.role };
  if (sender.kind === 'supplier') return { role: 'authenticated', tenantId: sender.tenantId };
  // Onboarding creates a tenant, which no tenant's claims may do.
  return { role: 'service_role' };
}

const tenantOf = (sender: Sender) => (sender.kind === 'unknown' ? null : sender.tenantId);
