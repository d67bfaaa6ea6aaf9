// The simulator's HTTP face: post a message as a phone, read the replies (long poll or SSE).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../../core/db/open.ts';
import { toE164 } from '../../../core/phone.ts';
import type { SimulatorChannel } from '../../channels/simulator/simulator-channel.ts';
import { latestCursor, listReplies, readCursor } from '../../channels/simulator/replies.ts';
import type { Pipeline } from '../../pipeline/index.ts';
import { perAddressLimit } from '../rate-limit.ts';

const POLL_MS = 1000;

const phone = z.string().transform((v, ctx) => toE164(v) ?? (ctx.addIssue({ code: 'custom', message: 'not a phone number' }), z.NEVER));
const postBody = z.object({
  from: phone,
  text: z.string().trim().min(1).max(4000),
  id: z.string().min(1).max(100).optional(),
});
const repliesQuery = z.object({
  to: phone,
  after: z.string().max(64).optional(),
  wait: z.coerce.number().int().min(0).max(30_000).default(0),
});

export function simulatorRoutes(app: FastifyInstance, deps: { db: Db; pipeline: Pipeline; simulator: SimulatorChannel; simulatorPerMinute?: number }): void {
  const limit = perAddressLimit(deps.simulatorPerMinute ?? 0, 'simulator');
  app.post('/api/simulator/messages', async (request, reply) => {
    limit(request);
    const body = postBody.parse(request.body);
    const { inboxId, duplicate } = await deps.pipeline.ingest({
      channel: 'simulator', account: 'sim', externalId: body.id ?? randomUUID(), senderPhone: body.from,
      senderAddress: body.from, chat: body.from, kind: 'text', body: body.text, mediaRef: null, quotedId: null, sentAt: new Date(),
    });
    return reply.status(202).send({ id: inboxId, duplicate });
  });

  app.get('/api/simulator/replies', async (request) => {
    const q = repliesQuery.parse(request.query);
    const after = readCursor(q.after); // without one: the newest page and cursor
    const deadline = Date.now() + q.wait;
    let page = await listReplies(deps.db, q.to, after);
    while (page.replies.length === 0 && Date.now() < deadline) {
      await waitForReply(deps.simulator, q.to, Math.min(POLL_MS, deadline - Date.now()));
      page = await listReplies(deps.db, q.to, after);
    }
    return page;
  });

  // Server-sent events: "reply" events with {id,text,at,cursor}, "typing" events with {typing}.
  app.get('/api/simulator/stream', async (request, reply) => {
    const q = repliesQuery.parse(request.query);
    let cursor = readCursor(q.after) ?? (await latestCursor(deps.db, q.to));
    await listReplies(deps.db, q.to, cursor); // a cursor the database cannot read is a 400 now, not a silent stream
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n'); // sends the headers now, so clients know the stream is open
    const write = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    let closed = false;
    const onTyping = (typing: boolean) => write('typing', { typing });
    deps.simulator.events.on(`typing:${q.to}`, onTyping);
    request.raw.on('close', () => {
      closed = true;
      deps.simulator.events.off(`typing:${q.to}`, onTyping);
    });
    while (!closed) {
      const page = await listReplies(deps.db, q.to, cursor).catch(() => ({ replies: [], cursor }));
      for (const r of page.replies) write('reply', { ...r, cursor: page.cursor });
      cursor = page.cursor;
      if (page.replies.length === 0) await waitForReply(deps.simulator, q.to, POLL_MS);
    }
  });
}

/**
 * Resolves on the next reply to `chat` sent by this process, or after `ms`. Replies sent by another
 * process (a separate worker) raise no event here, so callers re-read the table every POLL_MS.
 */
function waitForReply(simulator: SimulatorChannel, chat: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      simulator.events.off(`reply:${chat}`, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    simulator.events.on(`reply:${chat}`, done);
  });
}
