// Schedules the next socket after a close, following reconnect-policy. Keeps the history across
// sockets: a failure count reset by an open connection, and a "replaced" count reset only after
// the connection stayed up for a while, so two clients taking the session from each other
// cannot loop forever.
import { decideReconnect, freshHistory, type ReconnectAction, type ReconnectOptions } from './reconnect-policy.ts';

export interface ReconnectorOptions {
  connect: (refreshVersion: boolean) => void | Promise<void>;
  onFinal: (action: Extract<ReconnectAction, { kind: 'final' }>) => void | Promise<void>;
  onError?: (err: unknown) => void;
  policy?: Partial<ReconnectOptions>;
  /** An open connection that lasted this long clears the "replaced" count. */
  stableMs?: number;
}

export interface Reconnector {
  opened(): void;
  closed(statusCode: number | undefined): ReconnectAction;
  cancel(): void;
  readonly pending: boolean;
}

export function createReconnector(opts: ReconnectorOptions): Reconnector {
  const stableMs = opts.stableMs ?? 10 * 60_000;
  let history = freshHistory();
  let openedAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  return {
    opened() {
      openedAt = Date.now();
      history = { ...history, attempt: 0 };
    },
    closed(statusCode) {
      if (openedAt !== undefined && Date.now() - openedAt >= stableMs) history = freshHistory();
      openedAt = undefined;
      const decided = decideReconnect(statusCode, history, opts.policy);
      history = decided.history;
      const action = decided.action;
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (action.kind === 'final') {
        Promise.resolve(opts.onFinal(action)).catch((err) => opts.onError?.(err));
      } else {
        timer = setTimeout(() => {
          timer = undefined;
          Promise.resolve(opts.connect(action.refreshVersion)).catch((err) => opts.onError?.(err));
        }, action.delayMs);
      }
      return action;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
