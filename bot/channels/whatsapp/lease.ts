// One live WhatsApp socket per account. Two sockets on one account fight over the session and
// corrupt it, so a gateway must hold the account's lease before it connects. The lease is a row
// (works the same on Postgres and on PGlite, whose pool has a single connection): the holder
// renews `expires_at`; another gateway may only take an expired lease, and taking it increments
// `token`. Auth-state writes check the token in their own transaction (fencing), so a gateway that
// paused past its expiry cannot overwrite the new holder's keys.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../../core/errors.ts';
import type { Db } from '../../../core/db/open.ts';
import { withService, type Tx } from '../../../core/db/tenant.ts';

export interface LeaseToken {
  account: string;
  holder: string;
  token: number;
}

export async function tryAcquireLease(db: Db, account: string, holder: string, ttlMs: number): Promise<LeaseToken | null> {
  const { rows } = await withService(db, (tx) =>
    tx.query<{ token: number }>(
      `insert into public.whatsapp_leases as l (account, holder, token, expires_at)
       values ($1, $2, 1, now() + make_interval(secs => $3::double precision / 1000))
       on conflict (account) do update
         set holder = excluded.holder, token = l.token + 1, expires_at = excluded.expires_at, updated_at = now()
         where l.expires_at <= now()
       returning token`,
      [account, holder, ttlMs],
    ),
  );
  return rows[0] ? { account, holder, token: rows[0].token } : null;
}

/** Extends our lease; false when it was taken over (we must stop the socket at once). */
export async function renewLease(db: Db, lease: LeaseToken, ttlMs: number): Promise<boolean> {
  const res = await withService(db, (tx) =>
    tx.query(
      `update public.whatsapp_leases set expires_at = now() + make_interval(secs => $4::double precision / 1000), updated_at = now()
       where account = $1 and holder = $2 and token = $3`,
      [lease.account, lease.holder, lease.token, ttlMs],
    ),
  );
  return res.rowCount === 1;
}

export async function releaseLease(db: Db, lease: LeaseToken): Promise<void> {
  await withService(db, (tx) =>
    tx.query(`update public.whatsapp_leases set expires_at = now(), updated_at = now() where account = $1 and holder = $2 and token = $3`, [
      lease.account,
      lease.holder,
      lease.token,
    ]),
  );
}

/** Inside a write transaction: throws unless `lease` is still the account's current lease. */
export async function assertLeaseHeld(tx: Tx, account: string, lease: LeaseToken | undefined): Promise<void> {
  if (!lease) throw new AppError('conflict:whatsapp_lease_missing', { message: 'no WhatsApp lease held for this account' });
  // `for share` makes a concurrent takeover wait until this write has committed.
  const { rowCount } = await tx.query('select 1 from public.whatsapp_leases where account = $1 and holder = $2 and token = $3 for share', [
    account,
    lease.holder,
    lease.token,
  ]);
  if (rowCount !== 1) throw new AppError('conflict:whatsapp_lease_lost', { message: 'the WhatsApp lease was taken by another gateway' });
}

export interface HeldLease extends LeaseToken {
  /** Stops renewing and lets the next gateway take over at once. */
  release(): Promise<void>;
}

export interface HoldLeaseOptions {
  holder?: string;
  ttlMs?: number;
  renewEveryMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
  /** Called once when a renewal finds the lease gone; the caller must close its socket. */
  onLost?: (lease: LeaseToken) => void;
  onWaiting?: () => void;
}

/** Waits until the account's lease is ours, then keeps it renewed until release() or loss. */
export async function holdLease(db: Db, account: string, opts: HoldLeaseOptions = {}): Promise<HeldLease> {
  const holder = opts.holder ?? randomUUID();
  const ttlMs = opts.ttlMs ?? 30_000;
  const renewEveryMs = opts.renewEveryMs ?? Math.floor(ttlMs / 3);
  const pollMs = opts.pollMs ?? Math.floor(ttlMs / 3);
  let lease = await tryAcquireLease(db, account, holder, ttlMs);
  let told = false;
  while (!lease) {
    if (!told) opts.onWaiting?.();
    told = true;
    await sleep(pollMs, undefined, { signal: opts.signal });
    lease = await tryAcquireLease(db, account, holder, ttlMs);
  }
  const held = lease;
  let stopped = false;
  const timer = setInterval(() => {
    renewLease(db, held, ttlMs)
      .then((ok) => {
        if (!ok && !stopped) {
          stopped = true;
          clearInterval(timer);
          opts.onLost?.(held);
        }
      })
      // A failed renewal (database hiccup) is retried on the next tick; the ttl covers a few misses.
      .catch(() => {});
  }, renewEveryMs);
  timer.unref();
  return {
    ...held,
    release: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await releaseLease(db, held);
    },
  };
}
