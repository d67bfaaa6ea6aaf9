// Market prices at start-up: the demo warung's official prices on first start (idempotent), then the
// daily fetch of the panels (market-fetch.ts) on processes that run scheduled work.
import { loadDemoPrices } from '../../agents/market-intel/demo-data.ts';
import type { Logger } from '../../core/logger.ts';
import type { Clock } from '../../core/ports/clock.ts';
import { systemClock } from '../../core/ports/clock.ts';
import type { Juragan } from '../app.ts';
import { startMarketFetch, type MarketDeps } from './market-fetch.ts';

export async function startMarketWork(juragan: Juragan, logger: Logger, opts: { clock?: Clock } & Pick<MarketDeps, 'bapanasUrl' | 'pihpsUrl'> = {}): Promise<void> {
  const role = juragan.config.ROLE;
  if (juragan.config.SEED_DEMO === 'on' && role !== 'gateway' && role !== 'web') {
    const loaded = await loadDemoPrices(juragan.db);
    if (loaded) logger.info({ rows: loaded.inserted, bad: loaded.bad.length }, 'demo market prices loaded (Bapanas, Kota Bandung)');
  }
  if (role === 'all' || role === 'worker') {
    const channels = juragan.pipeline.deps.channels;
    const delivery = () => (channels.whatsapp ? { channel: 'whatsapp', account: channels.whatsapp.account } : { channel: 'simulator', account: 'sim' });
    await startMarketFetch({ db: juragan.db, queue: juragan.queue, clock: opts.clock ?? systemClock, logger, bapanasUrl: opts.bapanasUrl, pihpsUrl: opts.pihpsUrl, delivery });
  }
}
