// ROLE=web runs the web part alone (an operator splitting processes): the dashboard answers and an
// owner logs in, while no worker books anything; and a start with unchanged sources builds nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger.ts';
import { withService } from '../../core/db/tenant.ts';
import { ensureBuilt } from '../server/build.ts';
import { login, newPage, OWNER, startWebApp, type WebApp } from './harness.ts';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ env: { ROLE: 'web' } });
}, 300_000);
afterAll(async () => app?.stop());

it('serves the dashboard and logs an owner in, and processes no chat messages', async () => {
  const { context, page } = await newPage(app);
  await login(app, page, OWNER);
  await page.getByRole('heading', { name: 'Ringkasan' }).waitFor();
  await app.juragan.pipeline.ingest({ channel: 'simulator', account: 'sim', externalId: 'web-only-1', senderPhone: OWNER, senderAddress: OWNER,
    chat: OWNER, kind: 'text', body: 'laku aqua 1 btl 4000', mediaRef: null, quotedId: null, sentAt: new Date() });
  await new Promise((r) => setTimeout(r, 1500));
  const rows = await withService(app.db, async (tx) => (await tx.query<{ status: string }>(`select status from inbox where external_id = 'web-only-1'`)).rows);
  expect(rows).toEqual([{ status: 'pending' }]); // a worker process books it, not the web part
  await context.close();
}, 120_000);

it('does not build again when the sources did not change', async () => {
  const lines: string[] = [];
  expect((await ensureBuilt(silentLogger, (l) => lines.push(l))).built).toBe(false);
  expect(lines).toEqual([]);
});
