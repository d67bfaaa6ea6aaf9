// Marks replies sent in groups, the way a database groups commits: while one update is on its way,
// the marks that come in meanwhile wait and then go together in one statement. Under load that is one
// round trip for many replies; a lone reply goes at once, as before. Each caller still waits for its
// own row to be marked (the simulator shows a reply only once it is "sent").
import type { Db } from '../../core/db/open.ts';
import { serviceQuery } from '../../core/db/tenant.ts';

interface Mark { id: string; externalId: string | null; done: (err?: unknown) => void }

const MAX_GROUP = 200;
const queues = new WeakMap<Db, { waiting: Mark[]; busy: boolean }>();

export function markSent(db: Db, id: string, externalId: string | null): Promise<void> {
  let q = queues.get(db);
  if (!q) queues.set(db, (q = { waiting: [], busy: false }));
  const queue = q;
  return new Promise((resolve, reject) => {
    queue.waiting.push({ id, externalId, done: (err) => (err === undefined ? resolve() : reject(err)) });
    if (!queue.busy) void flush(db, queue);
  });
}

async function flush(db: Db, q: { waiting: Mark[]; busy: boolean }): Promise<void> {
  q.busy = true;
  while (q.waiting.length) {
    const group = q.waiting.splice(0, MAX_GROUP);
    try {
      await serviceQuery(db, `update outbox o set status = 'sent', sent_at = clock_timestamp(), external_id = v.external_id
        from unnest($1::uuid[], $2::text[]) as v(id, external_id) where o.id = v.id`,
      [group.map((m) => m.id), group.map((m) => m.externalId)]);
      for (const m of group) m.done();
    } catch (err) {
      for (const m of group) m.done(err);
    }
  }
  q.busy = false;
}
