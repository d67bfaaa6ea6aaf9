// The "market" queue: the daily fetch of the official price panels (agents/market-intel/daily-fetch.ts),
// scheduled after the panels publish (around 13:00 WIB), and the hourly alert check (market-alerts.ts). A 429 or an outage throws a retryable error,
// so the queue retries with backoff; the fetch is idempotent, so a retry rewrites nothing.
import { z } from 'zod';
import { fetchDaily } from '../../agents/market-intel/daily-fetch.ts';
import type { Fetch } from '../../agents/market-intel/http.ts';
import type { Db } from '../../core/db/open.ts';
import { localDate } from '../../core/format.ts';
import type { Logger } from '../../core/logger.ts';
import type { Clock } from '../../core/ports/clock.ts';
import type { JobHandler, JobQueue } from '../../core/ports/job-queue.ts';
import { sendMarketAlerts, type Delivery } from './market-alerts.ts';

export const MARKET_QUEUE = 'market';
export const FETCH_SCHEDULE = { id: 'market-fetch', cron: '15 14 * * *', tz: 'Asia/Jakarta' } as const;
/** Hourly: each warung's quiet hours are checked in its own zone. */
export const ALERT_SCHEDULE = { id: 'market-alerts', cron: '5 * * * *', tz: 'UTC' } as const;

const payloadSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('fetch_daily') }), z.object({ kind: z.literal('alerts') })]);

export interface MarketDeps {
  db: Db; queue: JobQueue; clock: Clock; logger: Logger; bapanasUrl?: string; pihpsUrl?: string; fetch?: Fetch;
  /** Where owners are told: WhatsApp when linked, else the simulator. */
  delivery: () => Delivery;
}

export function marketHandler(deps: MarketDeps): JobHandler {
  return async (job) => {
    const payload = payloadSchema.parse(job.payload);
    if (payload.kind === 'alerts') {
      const sent = await sendMarketAlerts(deps.db, deps.queue, deps.delivery(), deps.clock.now());
      if (sent) deps.logger.info({ sent }, 'market alerts queued');
      return;
    }
    const day = localDate(deps.clock.now(), 'Asia/Jakarta');
    const report = await fetchDaily(deps.db, { day, bapanasUrl: deps.bapanasUrl, pihpsUrl: deps.pihpsUrl, fetch: deps.fetch });
    deps.logger.info({ day, saved: report.saved, failed: report.sources.filter((s) => s.error).map((s) => `${s.source}:${s.error}`) }, 'market prices fetched');
  };
}

/** Works the market queue and keeps the daily schedule. */
export async function startMarketFetch(deps: MarketDeps): Promise<void> {
  await deps.queue.process(MARKET_QUEUE, marketHandler(deps), { concurrency: 1 });
  await deps.queue.schedule(MARKET_QUEUE, FETCH_SCHEDULE.id, { cron: FETCH_SCHEDULE.cron, tz: FETCH_SCHEDULE.tz }, { kind: 'fetch_daily' });
  await deps.queue.schedule(MARKET_QUEUE, ALERT_SCHEDULE.id, { cron: ALERT_SCHEDULE.cron, tz: ALERT_SCHEDULE.tz }, { kind: 'alerts' });
}
