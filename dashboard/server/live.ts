// Live updates: one LISTEN per web process (juragan_live carries a tenant id, juragan_session a revoked
// session id; see *_dashboard_login.sql), fanned out as server-sent events, one stream per open page.
// A logout (here or in another process) ends the session's streams.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../core/db/open.ts';
import type { Logger } from '../../core/logger.ts';
import { requireSession } from './guard.ts';

interface Stream { sessionId: string; tenantId: string; send(event: string): void; end(): void }

export class LiveHub {
  private readonly streams = new Set<Stream>();
  private unlisten: (() => Promise<void>)[] = [];

  private readonly db: Db;
  private readonly logger: Logger;

  constructor(db: Db, logger: Logger) {
    this.db = db;
    this.logger = logger;
  }

  async start(): Promise<void> {
    if (!this.db.listen) return void this.logger.warn('database cannot LISTEN: the dashboard will not update live');
    this.unlisten.push(await this.db.listen('juragan_live', (tenantId) => this.changed(tenantId)));
    this.unlisten.push(await this.db.listen('juragan_session', (sessionId) => this.endSession(sessionId)));
  }

  changed(tenantId: string): void {
    for (const s of this.streams) if (s.tenantId === tenantId) s.send('change');
  }

  endSession(sessionId: string): void {
    for (const s of this.streams) if (s.sessionId === sessionId) s.end();
  }

  add(stream: Stream): () => void {
    this.streams.add(stream);
    return () => this.streams.delete(stream);
  }

  get size(): number {
    return this.streams.size;
  }

  async stop(): Promise<void> {
    for (const s of this.streams) s.end();
    for (const u of this.unlisten.splice(0)) await u().catch(() => {});
  }
}

export function liveRoutes(app: FastifyInstance, hub: LiveHub): void {
  // GET /api/live: "change" events whenever the warung's books or stock change.
  app.get('/api/live', async (request, reply) => {
    const session = await requireSession(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 2000\n: connected\n\n');
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    const remove = hub.add({
      sessionId: session.sessionId, tenantId: session.tenantId,
      send: (event) => res.write(`event: ${event}\ndata: {}\n\n`),
      end: () => {
        res.write('event: logout\ndata: {}\n\n');
        res.end();
      },
    });
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      remove();
    });
  });
}
