// The hourly market alert check: for every warung outside its quiet hours, fresh alerts (spikes in
// what it sells, prices below cost) go to its owners through the outbox, recorded in the same
// transaction, so a retried job neither repeats nor loses one.
import { alertsFor } from '../../agents/market-intel/run-alerts.ts';
import type { Db } from '../../core/db/open.ts';
import { localDate, type TenantZone } from '../../core/format.ts';
import { withService } from '../../core/db/tenant.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';
import { addressFor } from '../pipeline/address.ts';
import { queueSend } from '../pipeline/queues.ts';

export interface Delivery { channel: string; account: string }

export async function sendMarketAlerts(db: Db, queue: JobQueue, delivery: Delivery, now: Date): Promise<number> {
  const tenants = await withService(db, async (tx) => (await tx.query<{ id: string; timezone: TenantZone }>(
    `select id, timezone from public.tenants order by id`)).rows);
  let sent = 0;
  for (const t of tenants) {
    const ids = await withService(db, async (tx) => {
      const alerts = await alertsFor(tx, t, now);
      if (alerts.length === 0) return [];
      const owners = (await tx.query<{ id: string; phone: string }>(
        `select id, phone from public.members where tenant_id = $1 and role = 'owner' and active`, [t.id])).rows;
      const out: string[] = [];
      for (const a of alerts) {
        for (const o of owners) {
          const { rows } = await tx.query<{ id: string }>(
            `insert into public.outbox (tenant_id, channel, account, chat, body, dedupe_key) values ($1, $2, $3, $4, $5, $6)
             on conflict (dedupe_key) where dedupe_key is not null do nothing returning id`,
            [t.id, delivery.channel, delivery.account, addressFor(delivery.channel, o.phone), a.text, `market-alert:${t.id}:${a.subject}:${localDate(now, t.timezone)}:${o.id}`]);
          if (rows[0]) out.push(rows[0].id);
        }
      }
      return out;
    });
    for (const id of ids) await queueSend(queue, id);
    sent += ids.length;
  }
  return sent;
}
