// `npm start`: Juragan in one process. With nothing configured: PGlite under ./data, the
// in-process queue, the simulator channel. With DATABASE_URL and REDIS_URL: Postgres and BullMQ.
import { existsSync } from 'node:fs';
import { loadConfig } from '../core/config.ts';
import { createLogger } from '../core/logger.ts';
import { startJuragan } from './app.ts';
import { startMarketWork } from './scheduled/market-work.ts';

const started = Date.now();
if (existsSync('.env')) process.loadEnvFile('.env');
let config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL);
const juragan = await startJuragan({ config, logger, dashboard: true }).catch((err: unknown) => {
  logger.fatal({ err }, 'start-up failed');
  process.exit(1);
});
logger.info(
  { db: juragan.db.kind, queue: juragan.queue.name, role: config.ROLE, ms: Date.now() - started },
  `Juragan is running at ${config.PUBLIC_URL ?? juragan.url} (try: npm run chat)`,
);

juragan.web?.ready.then(
  ({ built, buildMs }) => logger.info({ built, ms: buildMs }, `Dashboard ready at ${config.PUBLIC_URL ?? juragan.url}`),
  () => {},
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing messages in flight');
    juragan.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

// Market prices (demo data on first start, the daily fetch) start in the background, after the
// signal handlers, so a shutdown during start-up still finishes cleanly.
startMarketWork(juragan, logger.child({ part: 'market' })).catch((err: unknown) => {
  if (!stopping) logger.error({ err }, 'market prices: start-up work failed');
});
