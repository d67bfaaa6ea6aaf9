// Mounts the dashboard on the API's Fastify server: the production Next.js build answers page routes
// (built first if its sources changed), Fastify keeps /api/* (login, live updates, exports, changes)
// and /health. One process, one port.
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../core/db/open.ts';
import type { Logger } from '../../core/logger.ts';
import type { Clock } from '../../core/ports/clock.ts';
import type { MediaStore } from '../../core/ports/media-store.ts';
import type { SendText } from '../lib/login.ts';
import { setWebContext } from '../lib/web.ts';
import { authRoutes, type AuthLimits } from './auth-routes.ts';
import { dashboardDir, ensureBuilt } from './build.ts';
import { ensureCsrfCookie, sessionOf } from './guard.ts';
import { asService } from '../lib/sql.ts';
import { LiveHub, liveRoutes } from './live.ts';
import { transaksiRoutes } from './transaksi-routes.ts';
import { pageRoutes } from './page-routes.ts';
import { staffRoutes } from './staff-routes.ts';
import { posRoutes } from './pos-routes.ts';
import { posSettingsRoutes } from './pos-settings-routes.ts';
import { marketRoutes } from './market-routes.ts';

// Next's types declare globals (process.env.NODE_ENV as required) that would leak into the whole
// repository's type check, so the server factory is loaded untyped and described here.
interface NextApp {
  prepare(): Promise<void>;
  getRequestHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  close(): Promise<void>;
}
type CreateNext = (opts: { dev: boolean; dir: string; customServer: boolean; quiet: boolean; conf?: object }) => NextApp;

export interface DashboardDeps {
  db: Db;
  logger: Logger;
  clock: Clock;
  /** Sends a text (the login code) to a member through the warung's channel. */
  send: SendText;
  /** Where voice notes are kept (Percakapan plays them). */
  media?: MediaStore;
  /** Serve /simulator (the embedded default, or SIMULATOR=on). */
  simulator: boolean;
  /** WhatsApp is on: Pengaturan shows its link page (/whatsapp, owners only once an owner exists). */
  whatsapp: boolean;
  limits?: Partial<AuthLimits>;
}

export interface MountedDashboard {
  live: LiveHub;
  /** Resolves when pages are served (after a build if one was needed); rejects if the build failed. */
  ready: Promise<{ built: boolean; buildMs: number }>;
  close(): Promise<void>;
}

/**
 * Registers the dashboard's routes now and prepares Next.js in the background: the API, the chat and
 * /health answer at once, pages say "being prepared" until the (first) build is done.
 */
export async function mountDashboard(app: FastifyInstance, deps: DashboardDeps): Promise<MountedDashboard> {
  setWebContext({ db: deps.db, clock: deps.clock, simulator: deps.simulator, whatsapp: deps.whatsapp });
  const abort = new AbortController();
  let handle: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  let next: NextApp | undefined;
  const ready = (async () => {
    const build = await ensureBuilt(deps.logger, undefined, abort.signal);
    const createNext = createRequire(import.meta.url)('next') as CreateNext;
    next = createNext({ dev: false, dir: dashboardDir, customServer: true, quiet: false });
    await next.prepare();
    handle = next.getRequestHandler();
    return { built: build.built, buildMs: build.ms };
  })();
  ready.catch((err: unknown) => {
    if (!abort.signal.aborted) deps.logger.error({ err }, 'dashboard failed to start; the API keeps running');
  });

  const live = new LiveHub(deps.db, deps.logger);
  await live.start();

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const limits: AuthLimits = { codePerAddress: 10, loginPerAddress: 20, windowMs: 15 * 60_000, ...deps.limits };
  authRoutes(app, { send: deps.send, limits });
  liveRoutes(app, live);
  transaksiRoutes(app);
  pageRoutes(app, { send: deps.send, media: deps.media });
  staffRoutes(app);
  posRoutes(app, { send: deps.send });
  posSettingsRoutes(app);
  marketRoutes(app);

  // The WhatsApp link page links Juragan's own number: open for the first link, before any owner
  // exists (nobody could log in yet); after that only for a logged-in owner (Pengaturan shows it).
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] !== '/whatsapp') return;
    const owners = await asService<{ n: number }>(deps.db, `select count(*)::int as n from members where role = 'owner' and active`);
    if (owners.rows[0]!.n === 0) return;
    const s = await sessionOf(request);
    if (s?.role !== 'owner') return reply.redirect('/');
  });

  // Unknown API routes stay JSON 404s; every other GET is a page (or a Next asset).
  app.all('/api/*', async (request, reply) => reply.status(404).send({ error: 'not_found:route', message: `No route ${request.method} ${request.url}` }));
  app.route({
    method: 'GET', // HEAD comes with it (exposeHeadRoutes)
    url: '/*',
    handler: async (request, reply) => {
      if (!handle) {
        return reply.status(503).header('retry-after', '5').type('text/html; charset=utf-8')
          .send('<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Juragan</title><p style="font-family:sans-serif;padding:2em">Dasbor Juragan sedang disiapkan (pertama kali sekitar satu menit)… Halaman ini memuat ulang sendiri.</p>');
      }
      if (!request.url.startsWith('/_next/')) ensureCsrfCookie(request, reply);
      reply.hijack();
      await handle(request.raw, reply.raw);
    },
  });

  return {
    live, ready,
    async close() {
      abort.abort();
      await ready.catch(() => {});
      await live.stop();
      await next?.close().catch(() => {});
      setWebContext(undefined);
    },
  };
}
