// The "scheduled" queue: builds the texts (agents/finance) and queues them in the outbox in the same
// transaction that marks the work done, so a retried job sends nothing twice.
import { z } from 'zod';
import { dailySummary, dueDebtReminders } from '../../agents/finance/index.ts';
import { localDate, type TenantZone } from '../../core/format.ts';
import { withService, type Tx } from '../../core/db/tenant.ts';
import type { JobHandler } from '../../core/ports/job-queue.ts';
import { addressFor } from '../pipeline/address.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { deliver } from '../pipeline/send.ts';
import { negotiationTimers } from './negotiation-timers.ts';
import { ScheduleSync } from './schedules.ts';

const payloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily_summary'), tenantId: z.string().uuid() }),
  z.object({ kind: z.literal('debt_reminders') }),
  z.object({ kind: z.literal('sync_schedules') }),
  z.object({ kind: z.literal('negotiation_timers') }),
]);
type Payload = z.infer<typeof payloadSchema>;

/** Owners are told on WhatsApp when it is linked, else in the simulator. */
function deliveryChannel(deps: PipelineDeps): { channel: string; account: string } {
  const wa = deps.channels.whatsapp;
  return wa ? { channel: 'whatsapp', account: wa.account } : { channel: 'simulator', account: 'sim' };
}

async function queueText(tx: Tx, deps: PipelineDeps, tenantId: string, phone: string, text: string, dedupeKey: string | null): Promise<string | null> {
  const { channel, account } = deliveryChannel(deps);
  const { rows } = await tx.query<{ id: string }>(
    `insert into outbox (tenant_id, channel, account, chat, body, dedupe_key) values ($1, $2, $3, $4, $5, $6)
     on conflict (dedupe_key) where dedupe_key is not null do nothing returning id`,
    [tenantId, channel, account, addressFor(channel, phone), text, dedupeKey],
  );
  return rows[0]?.id ?? null;
}

type Handlers = { [K in Payload['kind']]: (deps: PipelineDeps, p: Extract<Payload, { kind: K }>) => Promise<(string | null)[]> };

const handlers: Omit<Handlers, 'sync_schedules'> = {
  daily_summary: (deps, p) => withService(deps.db, async (tx) => {
    const now = deps.clock.now();
    const tenant = (await tx.query<{ timezone: TenantZone }>(`select timezone from tenants where id = $1`, [p.tenantId])).rows[0];
    if (!tenant) return [];
    const owners = (await tx.query<{ id: string; phone: string }>(
      `select id, phone from members where tenant_id = $1 and role = 'owner' and active`, [p.tenantId])).rows;
    if (owners.length === 0) return [];
    const text = await dailySummary(tx, p.tenantId, now);
    const day = localDate(now, tenant.timezone);
    return Promise.all(owners.map((o) => queueText(tx, deps, p.tenantId, o.phone, text, `summary:${p.tenantId}:${day}:${o.id}`)));
  }),
  debt_reminders: (deps) => withService(deps.db, async (tx) => {
    const due = await dueDebtReminders(tx, deps.clock.now());
    const ids: (string | null)[] = [];
    for (const r of due) ids.push(await queueText(tx, deps, r.tenantId, r.phone, r.text, null));
    return ids;
  }),
  negotiation_timers: (deps) => negotiationTimers(deps, queueText),
};

/** The processor of the "scheduled" queue, and the schedules it keeps in sync every minute. */
export async function startScheduledWork(deps: PipelineDeps): Promise<JobHandler> {
  const sync = new ScheduleSync(deps);
  const all: Handlers = { ...handlers, sync_schedules: async () => (await sync.sync(), []) };
  await sync.sync();
  await deps.queue.schedule('scheduled', 'sync-schedules', { cron: '* * * * *', tz: 'UTC' }, { kind: 'sync_schedules' });
  await deps.queue.schedule('scheduled', 'negotiation-timers', { cron: '* * * * *', tz: 'UTC' }, { kind: 'negotiation_timers' });
  return async (job) => {
    const payload = payloadSchema.parse(job.payload);
    const ids = await (all[payload.kind] as (d: PipelineDeps, p: Payload) => Promise<(string | null)[]>)(deps, payload);
    for (const id of ids) if (id) await deliver(deps, id);
  };
}
