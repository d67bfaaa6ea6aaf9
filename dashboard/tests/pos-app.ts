// Test and bench harness for the POS API: a Fastify server with the real POS routes, guard and error
// handler on a fresh database (PGlite or PostgreSQL), without building the Next.js pages. Texts go to the
// outbox the way bot/http/web.ts queues them (dedupe key included), where tests read them.
import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { installErrorHandler } from '../../bot/http/errors.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { systemClock } from '../../core/ports/clock.ts';
import type { SendText } from '../lib/login.ts';
import { CSRF_COOKIE, CSRF_HEADER, newToken, SESSION_COOKIE, sha256 } from '../lib/session.ts';
import { setWebContext } from '../lib/web.ts';
import { posRoutes } from '../server/pos-routes.ts';
import { posSettingsRoutes } from '../server/pos-settings-routes.ts';

export const TENANT = 'a0000000-0000-4000-8000-000000000001';
export const OWNER_ID = 'b0000000-0000-4000-8000-000000000001';
export const CASHIER_ID = 'b0000000-0000-4000-8000-000000000002';

export interface PosApp {
  app: FastifyInstance;
  db: TestDb;
  /** A logged-in session of a member: its cookie and CSRF header, ready for inject or fetch. */
  login(memberId: string, tenantId?: string): Promise<Client>;
  stop(): Promise<void>;
}

export interface Client {
  sessionId: string;
  headers: Record<string, string>;
  inject(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export const outboxSend = (db: TestDb): SendText => async (to, text, opts) => {
  await withService(db, (tx) => tx.query(
    `insert into outbox (tenant_id, channel, account, chat, body, dedupe_key) values ($1, 'simulator', 'sim', $2, $3, $4)
     on conflict (dedupe_key) where dedupe_key is not null do nothing`, [to.tenantId, to.phone, text, opts?.dedupeKey ?? null]));
};

export async function startPosApp(stack: 'pglite' | 'postgres', opts: { db?: TestDb; listen?: boolean } = {}): Promise<PosApp & { url?: string }> {
  const db = opts.db ?? await freshDb(stack, { seeded: true });
  setWebContext({ db, clock: systemClock, simulator: true, whatsapp: false });
  const app = Fastify({ bodyLimit: 64 * 1024 });
  installErrorHandler(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  posRoutes(app, { send: outboxSend(db) });
  posSettingsRoutes(app);
  const url = opts.listen ? await app.listen({ port: 0, host: '127.0.0.1' }) : undefined;

  const login: PosApp['login'] = async (memberId, tenantId = TENANT) => {
    const token = newToken();
    const csrf = randomBytes(24).toString('base64url');
    const sessionId = await withService(db, async (tx) => (await tx.query<{ id: string }>(
      `insert into dashboard_sessions (tenant_id, member_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`,
      [tenantId, memberId, sha256(token)])).rows[0]!.id);
    const headers = { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`, [CSRF_HEADER]: csrf };
    return {
      sessionId, headers,
      inject: (method, u, payload) => app.inject({ method, url: u, headers, ...(payload === undefined ? {} : { payload }) } as InjectOptions),
    };
  };

  return {
    app, db, url, login,
    async stop() {
      await app.close();
      setWebContext(undefined);
      if (!opts.db) await db.close();
    },
  };
}
