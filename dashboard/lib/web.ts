// What the host process hands the Next.js app: the database and the clock. The app runs in the same
// process (a custom server), but Next bundles its own copy of these modules, so the handle lives on
// globalThis under a registered symbol that both copies see.
import type { Db } from '../../core/db/open.ts';
import type { Clock } from '../../core/ports/clock.ts';

export interface WebContext {
  db: Db;
  clock: Clock;
  /** The simulator web chat is served (embedded default, or SIMULATOR=on). */
  simulator: boolean;
  /** WhatsApp is the channel (its link page is at /whatsapp). */
  whatsapp: boolean;
}

const KEY = Symbol.for('juragan.web');
type Holder = { [KEY]?: WebContext };

export function setWebContext(ctx: WebContext | undefined): void {
  (globalThis as Holder)[KEY] = ctx;
}

export function webContext(): WebContext {
  const ctx = (globalThis as Holder)[KEY];
  if (!ctx) throw new Error('dashboard: no web context (mountDashboard was not called)');
  return ctx;
}
