// Market prices at start-up: the demo warung's official prices on first start (idempotent), then the
// daily fetch of the panels (market-fetch.ts) on processes that run scheduled work.
import { loadDemoPrices } from '../../agents/market-intel/demo-data.ts';
import type { Logger } from '../../core/logger.ts';
import type { Juragan } from '../app.ts';

export async function startMarketWork(juragan: Juragan, logger: Logger): Promise<void> {
  if (juragan.config.SEED_DEMO === 'on' && juragan.config.ROLE !== 'gateway') {
    const loaded = await loadDemoPrices(juragan.db);
    if (loaded) logger.info({ rows: loaded.inserted, bad: loaded.bad.length }, 'demo market prices loaded (Bapanas, Kota Bandung)');
  }
}
