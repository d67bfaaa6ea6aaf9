// The HTTP server: health, the simulator API, and (when enabled) the dashboard.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Db } from '../../core/db/open.ts';
import type { Logger } from '../../core/logger.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';
import type { SimulatorChannel } from '../channels/simulator/simulator-channel.ts';
import type { Pipeline } from '../pipeline/index.ts';
import { installErrorHandler } from './errors.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { installCors } from './cors.ts';
import { installInputGuard } from './input-guard.ts';
import { healthRoutes } from './routes/health.ts';
import { simulatorRoutes } from './routes/simulator.ts';

export interface ServerDeps {
  db: Db;
  queue: JobQueue;
  pipeline: Pipeline;
  simulator: SimulatorChannel;
  channels: Partial<Record<string, Channel>>;
  logger: Logger;
  /** The WhatsApp link page (QR or pairing code), when WhatsApp is on in this process. */
  linkPage?: () => string;
  /** Browser origins allowed to call the API (CORS_ORIGINS); none = closed. */
  corsOrigins?: readonly string[];
  /** Simulator posts per minute per address (SIMULATOR_RATE_LIMIT); 0 or unset = no limit. */
  simulatorPerMinute?: number;
}

export interface RouteEntry { method: string; url: string }
const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route registered on the server so far, the dashboard's and POS's included (tests fuzz them all). */
export const routesOf = (app: FastifyInstance): readonly RouteEntry[] => routeTables.get(app) ?? [];

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger.child({ part: 'http' }) as FastifyBaseLogger,
    // Request lines would log query strings, and those carry phone numbers (personal data).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    // Long polls and SSE streams would otherwise hold shutdown open.
    forceCloseConnections: true,
  }) as unknown as FastifyInstance;
  // First, so every route added later (by any plugin or part) is listed.
  const table: RouteEntry[] = [];
  routeTables.set(app, table);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) table.push({ method, url: route.url });
  });
  installErrorHandler(app);
  installSecurityHeaders(app);
  installCors(app, deps.corsOrigins ?? []);
  installInputGuard(app);
  healthRoutes(app, deps);
  simulatorRoutes(app, deps);
  const linkPage = deps.linkPage;
  // Pengaturan shows this page in a frame: our own pages may frame it (every other response is DENY).
  if (linkPage) app.get('/whatsapp', async (_request, reply) => reply.type('text/html; charset=utf-8')
    .header('content-security-policy', "frame-ancestors 'self'; base-uri 'self'; object-src 'none'").header('x-frame-options', 'SAMEORIGIN')
    .send(linkPage()));
  return app;
}
