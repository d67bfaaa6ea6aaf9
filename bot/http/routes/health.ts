// GET /health: what runs, for operators and load balancers.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../core/db/open.ts';
import type { Channel } from '../../../core/ports/channel.ts';
import type { JobQueue } from '../../../core/ports/job-queue.ts';

export function healthRoutes(app: FastifyInstance, deps: { db: Db; queue: JobQueue; channels: Partial<Record<string, Channel>> }): void {
  app.get('/health', async (_request, reply) => {
    let dbOk = true;
    try {
      await deps.db.pool.query('select 1');
    } catch {
      dbOk = false;
    }
    const channels = Object.fromEntries(Object.entries(deps.channels).flatMap(([name, ch]) => (ch ? [[name, ch.state()]] : [])));
    return reply.status(dbOk ? 200 : 503).send({ status: dbOk ? 'ok' : 'degraded', db: deps.db.kind, queue: deps.queue.name, channels });
  });
}
