// The market scripts through the whole app (simulator API → inbox → queue → router → market agent →
// outbox) on PGlite + inline queue and on PostgreSQL + BullMQ, with the demo warung's real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, stacks, type TestApp } from '../../bot/testing.ts';
import { CASHIER, OWNER } from '../router/testing.ts';
import { loadDemoPrices } from './demo-data.ts';
import { marketScripts } from './scripts.ts';

const phones = { owner: OWNER, cashier: CASHIER } as Record<string, string>;

describe.each(stacks)('market conversations on %s', (stack) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack, now: marketScripts[0].at, seeded: true });
    await loadDemoPrices(app.db);
  }, 120_000);
  afterAll(() => app?.stop());

  it.each(marketScripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    app.clock.set(script.at);
    for (const step of script.steps) {
      if ('at' in step) { app.clock.set(step.at); continue; }
      const replies = (await app.say(phones[step.as ?? 'owner'], step.say)).join('\n');
      for (const f of step.reply) expect(replies, `"${step.say}" → ${replies}`).toContain(f);
      for (const f of step.not ?? []) expect(replies, `"${step.say}" → ${replies}`).not.toContain(f);
      app.clock.set(new Date(app.clock.now().getTime() + 30_000));
    }
  });
});
