// What must hold after the soak, read straight from the database (as its superuser, past RLS) and
// from BullMQ: one answer per message, one booking per message, stock equal to its ledger, no open
// work and no stuck job.
import { Queue } from 'bullmq';
import type pg from 'pg';
import type { Sent } from './load.ts';

export interface Invariants {
  messages_sent: number;
  messages_accepted: number;
  inbox_rows: number;
  inbox_by_status: Record<string, number>;
  /** Messages with exactly one reply to their sender's chat / none / more than one. */
  answered_once: number;
  unanswered: number;
  answered_twice_or_more: number;
  bookings: number;
  /** source_ref values booked more than once (transactions, stock movements outside a transaction, debts). */
  duplicate_bookings: number;
  /** Messages with more than one transaction booked for them. */
  messages_booked_twice: number;
  /** Product lines whose stock movement is missing or doubled; voided transactions whose movements do not net to zero. */
  ledger_mismatches: number;
  /** Products whose stock level (the view every reader uses) differs from the sum of their movements. */
  stock_level_mismatches: number;
  open_outbox: number;
  jobs: Record<string, Record<string, number>>;
  /** Jobs waiting, active or delayed in the inbox and outbox queues after waitForJobs (the schedules keep one delayed job each in theirs). */
  stuck_jobs: number;
}

const count = async (pool: pg.Pool, sql: string, params: unknown[] = []) => Number((await pool.query<{ n: string }>(sql, params)).rows[0]!.n);

export async function checkInvariants(pool: pg.Pool, redisUrl: string, prefix: string, sent: Sent[], runId: string): Promise<Invariants> {
  const like = `${runId}-%`;
  const statuses = await pool.query<{ status: string; n: string }>(
    `select status, count(*) as n from inbox where channel = 'simulator' and external_id like $1 group by status`, [like]);
  const answers = await pool.query<{ replies: string; n: string }>(
    `select replies, count(*) as n from (
       select i.id, count(o.id) filter (where o.status = 'sent') as replies
         from inbox i left join outbox o on o.inbox_id = i.id and o.chat = i.chat
        where i.channel = 'simulator' and i.external_id like $1 group by i.id) r group by replies`, [like]);
  const byReplies = new Map(answers.rows.map((r) => [Number(r.replies), Number(r.n)]));
  const duplicates = await count(pool, `select
      (select count(*) from (select 1 from transactions group by tenant_id, source_ref having count(*) > 1) a)
    + (select count(*) from (select 1 from stock_movements where transaction_id is null and source_ref is not null
                              group by tenant_id, source_ref having count(*) > 1) b)
    + (select count(*) from (select 1 from debts where source_ref is not null group by tenant_id, source_ref having count(*) > 1) c) as n`);
  const bookedTwice = await count(pool, `select count(*) as n from (
      select i.id from inbox i join transactions t on t.source_ref = 'inbox:' || i.id
       where i.external_id like $1 group by i.id having count(*) > 1) x`, [like]);
  // Every product line of a sale or purchase moves stock once; a voided transaction's movements net to zero.
  const ledger = await count(pool, `select
      (select count(*) from transaction_lines l join transactions t on t.id = l.transaction_id
        where l.product_id is not null and t.kind in ('sale', 'purchase')
          and (select count(*) from stock_movements m where m.transaction_id = t.id and m.product_id = l.product_id and m.kind = t.kind)
              <> (select count(*) from transaction_lines l2 where l2.transaction_id = t.id and l2.product_id = l.product_id))
    + (select count(*) from (select t.id from transactions t join stock_movements m on m.transaction_id = t.id
        where t.status = 'voided' group by t.id, m.product_id having sum(m.qty) <> 0) v)
    + (select count(*) from stock_movements m where m.kind in ('sale', 'purchase')
        and not exists (select 1 from transactions t where t.id = m.transaction_id)) as n`);
  const levels = await count(pool, `select count(*) as n from stock_levels s
      where s.level <> (select coalesce(sum(qty), 0) from stock_movements m where m.product_id = s.product_id and m.tenant_id = s.tenant_id)`);
  const openOutbox = await count(pool, `select count(*) as n from outbox where status in ('pending', 'sending')`);
  const bookings = await count(pool, `select count(*) as n from transactions t join inbox i on t.source_ref = 'inbox:' || i.id where i.external_id like $1`, [like]);

  const { jobs, open: stuck } = await jobCounts(redisUrl, prefix);

  const inboxByStatus = Object.fromEntries(statuses.rows.map((r) => [r.status, Number(r.n)]));
  return {
    messages_sent: sent.length,
    messages_accepted: sent.filter((m) => m.acceptedAt !== null).length,
    inbox_rows: Object.values(inboxByStatus).reduce((a, b) => a + b, 0),
    inbox_by_status: inboxByStatus,
    answered_once: byReplies.get(1) ?? 0,
    unanswered: byReplies.get(0) ?? 0,
    answered_twice_or_more: [...byReplies].filter(([k]) => k > 1).reduce((a, [, v]) => a + v, 0),
    bookings,
    duplicate_bookings: duplicates,
    messages_booked_twice: bookedTwice,
    ledger_mismatches: ledger,
    stock_level_mismatches: levels,
    open_outbox: openOutbox,
    jobs,
    stuck_jobs: stuck,
  };
}

/** Every queue's job counts, and how many jobs are still to run (waiting, active, delayed work; the schedules keep one delayed job each). */
async function jobCounts(redisUrl: string, prefix: string): Promise<{ jobs: Invariants['jobs']; open: number }> {
  const jobs: Invariants['jobs'] = {};
  let open = 0;
  for (const name of ['inbox', 'outbox', 'sweep', 'scheduled']) {
    const queue = new Queue(name, { connection: { url: redisUrl, maxRetriesPerRequest: 1 }, prefix });
    try {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed');
      jobs[name] = c;
      open += (c.active ?? 0) + (c.waiting ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0);
      if (name === 'inbox' || name === 'outbox') open += c.delayed ?? 0;
    } finally {
      await queue.close();
    }
  }
  return { jobs, open };
}

/**
 * Once every inbox row is done, the jobs queued for rows a drain of their chat already took are left to
 * run (each finds nothing to claim). Waits for them: a job still open after `timeoutMs` is stuck.
 */
export async function waitForJobs(redisUrl: string, prefix: string, timeoutMs: number): Promise<{ open_when_rows_done: number; ms: number }> {
  const start = Date.now();
  const first = (await jobCounts(redisUrl, prefix)).open;
  for (let open = first; open > 0 && Date.now() - start < timeoutMs; open = (await jobCounts(redisUrl, prefix)).open) {
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { open_when_rows_done: first, ms: Date.now() - start };
}
