// WHATSAPP=on wires the gateway into the running app: /health shows its connection state and
// /whatsapp serves the link page. (WhatsApp's servers are unreachable here, so it keeps reconnecting.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadConfig } from '../core/config.ts';
import { silentLogger } from '../core/logger.ts';
import { startJuragan } from './app.ts';

test('WHATSAPP=on: /health reports the WhatsApp connection and /whatsapp shows the link page', { timeout: 60_000 }, async () => {
  const config = loadConfig({ PORT: '0', WHATSAPP: 'on', DATA_DIR: join(mkdtempSync(join(tmpdir(), 'juragan-wa-')), 'data'), SEED_DEMO: 'off' });
  const app = await startJuragan({ config, logger: silentLogger });
  try {
    const health = (await app.http.inject({ method: 'GET', url: '/health' })).json();
    expect(health.channels.whatsapp.state).toMatch(/^(connecting|disconnected)$/);
    const page = await app.http.inject({ method: 'GET', url: '/whatsapp' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/WhatsApp/);
  } finally {
    await app.stop();
  }
});

test('WHATSAPP=off: no WhatsApp channel and no link page', { timeout: 60_000 }, async () => {
  const config = loadConfig({ PORT: '0', DATA_DIR: join(mkdtempSync(join(tmpdir(), 'juragan-wa-')), 'data'), SEED_DEMO: 'off' });
  const app = await startJuragan({ config, logger: silentLogger });
  try {
    const health = (await app.http.inject({ method: 'GET', url: '/health' })).json();
    expect(health.channels.whatsapp).toBeUndefined();
    expect((await app.http.inject({ method: 'GET', url: '/whatsapp' })).statusCode).toBe(404);
  } finally {
    await app.stop();
  }
});
