// The web part's wiring: mounts the dashboard (dashboard/server) on the HTTP server and gives it the
// one thing it needs from the bot: sending a text (the login code) through the warung's channel,
// the same way scheduled messages go out (an outbox row, then the channel's sender).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../core/config.ts';
import type { Db } from '../../core/db/open.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import type { Logger } from '../../core/logger.ts';
import type { Clock } from '../../core/ports/clock.ts';
import { mountDashboard, type DashboardDeps, type MountedDashboard } from '../../dashboard/server/mount.ts';
import { addressFor } from '../pipeline/address.ts';
import type { Pipeline } from '../pipeline/index.ts';
import { deliver } from '../pipeline/send.ts';

export interface WebWiring {
  config: Config;
  db: Db;
  logger: Logger;
  clock: Clock;
  pipeline: Pipeline;
  limits?: DashboardDeps['limits'];
}

export function mountWeb(http: FastifyInstance, w: WebWiring): Promise<MountedDashboard> {
  // WhatsApp is the warung's channel when it is on (its gateway may be another process); else the simulator.
  const whatsapp = w.config.WHATSAPP === 'on';
  const { channel, account } = whatsapp ? { channel: 'whatsapp', account: 'default' } : { channel: 'simulator', account: 'sim' };
  return mountDashboard(http, {
    db: w.db, logger: w.logger.child({ part: 'web' }), clock: w.clock, limits: w.limits, media: w.pipeline.deps.media,
    simulator: w.config.SIMULATOR ? w.config.SIMULATOR === 'on' : !whatsapp, whatsapp,
    send: async (to, text, opts) => {
      const { rows } = await serviceQuery<{ id: string }>(w.db,
        `insert into outbox (tenant_id, channel, account, chat, body, dedupe_key) values ($1, $2, $3, $4, $5, $6)
         on conflict (dedupe_key) where dedupe_key is not null do nothing returning id`,
        [to.tenantId, channel, account, addressFor(channel, to.phone), text, opts?.dedupeKey ?? null]);
      if (rows[0]) await deliver(w.pipeline.deps, rows[0].id);
    },
  });
}
