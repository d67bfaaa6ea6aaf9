// Repeatable schedules in each tenant's time zone: the daily summary at the tenant's closing time,
// and debt reminders every morning. Kept in sync with the tenants table by the minute sweeper, so a
// new warung or a changed closing time is picked up within a minute.
import type { Db } from '../../core/db/open.ts';
import { withService } from '../../core/db/tenant.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export class ScheduleSync {
  /** scheduleId → "cron|tz" last upserted by this process. */
  private readonly known = new Map<string, string>();
  private readonly deps: { db: Db; queue: JobQueue };

  constructor(deps: { db: Db; queue: JobQueue }) {
    this.deps = deps;
  }

  async sync(): Promise<number> {
    const tenants = await withService(this.deps.db, async (tx) =>
      (await tx.query<{ id: string; timezone: string; closing: string }>(
        `select id, timezone, to_char(coalesce(closing_time, '21:00'), 'HH24:MI') as closing from tenants`,
      )).rows,
    );
    let changed = 0;
    for (const t of tenants) {
      const [hh, mm] = t.closing.split(':').map(Number);
      changed += await this.upsert(`summary-${t.id}`, `${mm} ${hh} * * *`, t.timezone, { kind: 'daily_summary', tenantId: t.id });
    }
    // Reminders go out at 08:00 local time; one schedule per zone, each sends what is due anywhere.
    for (const zone of ZONES) changed += await this.upsert(`reminders-${zone.replace('/', '-')}`, '0 8 * * *', zone, { kind: 'debt_reminders' });
    return changed;
  }

  private async upsert(id: string, cron: string, tz: string, payload: { kind: string; tenantId?: string }): Promise<number> {
    const key = `${cron}|${tz}`;
    if (this.known.get(id) === key) return 0;
    await this.deps.queue.schedule('scheduled', id, { cron, tz }, payload);
    this.known.set(id, key);
    return 1;
  }
}
