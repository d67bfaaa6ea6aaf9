// Builds a running Juragan from a config: database (+ migrations, seed), queue, channels, pipeline,
// HTTP. bot/main.ts calls it for `npm start`; bot/testing.ts calls it for end-to-end tests.
// This file and main.ts are the only places adapters are chosen.
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../core/config.ts';
import { migrate, seed } from '../core/db/migrate.ts';
import { openDb, type Db } from '../core/db/open.ts';
import type { Logger } from '../core/logger.ts';
import type { Channel } from '../core/ports/channel.ts';
import { systemClock, type Clock } from '../core/ports/clock.ts';
import type { JobQueue } from '../core/ports/job-queue.ts';
import type { Llm } from '../core/ports/llm.ts';
import type { Transcriber } from '../core/ports/transcriber.ts';
import { SimulatorChannel } from './channels/simulator/simulator-channel.ts';
import { buildServer } from './http/server.ts';
import { LocalMediaStore } from './media/local-media-store.ts';
import { createPipeline, type Pipeline, type PipelineDeps } from './pipeline/index.ts';
import { createQueue } from './queue/create-queue.ts';
import { conversation } from './conversation.ts';
import { startScheduledWork } from './scheduled/run-scheduled.ts';
import { createWhatsAppChannel, renderLinkPage, type WhatsAppGateway } from './channels/whatsapp/index.ts';
import type { QueueName } from './pipeline/queues.ts';
import type { WebWiring } from './http/web.ts';
import type { MountedDashboard } from '../dashboard/server/mount.ts';

export interface Juragan {
  config: Config;
  db: Db;
  queue: JobQueue;
  pipeline: Pipeline;
  simulator: SimulatorChannel;
  http: FastifyInstance;
  /** The dashboard, when this process serves it. */
  web?: MountedDashboard;
  /** The address the HTTP server listens on. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Which queues a process works on. The gateway holds the WhatsApp socket, so it sends the replies
 * (outbox); workers understand and book (inbox), run schedules and the sweeper.
 */
const queuesFor: Record<Config['ROLE'], QueueName[]> = {
  all: ['inbox', 'outbox', 'sweep', 'scheduled'],
  worker: ['inbox', 'sweep', 'scheduled'],
  gateway: ['outbox'],
  web: [],
};

export interface StartOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** Overrides for tests: an in-memory database, a queue with a key prefix, fakes for LLM/STT, fault injection. */
  db?: Db;
  queue?: JobQueue;
  llm?: Llm | null;
  transcriber?: Transcriber | null;
  faults?: PipelineDeps['faults'];
  /** Serve the dashboard (npm start; tests that need it). Off unless asked, so API tests never build it. */
  dashboard?: boolean | { limits?: WebWiring['limits'] };
}

export async function startJuragan(opts: StartOptions): Promise<Juragan> {
  const { config, logger } = opts;
  const db = opts.db ?? (await openDb({ databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'pglite') }));
  const { applied } = await migrate(db);
  if (applied.length) logger.info({ applied: applied.length }, 'migrations applied');
  if (config.SEED_DEMO === 'on' && (await seed(db))) logger.info('demo warung loaded (Warung Bu Sri)');

  const queue = opts.queue ?? (await createQueue(config, logger));
  const simulator = new SimulatorChannel();
  const channels: Partial<Record<string, Channel>> = { simulator };
  const pipeline = createPipeline({
    db, queue, channels, logger: logger.child({ part: 'pipeline' }), clock: opts.clock ?? systemClock,
    ...conversation,
    llm: opts.llm !== undefined ? opts.llm : await llmFrom(config, logger),
    transcriber: opts.transcriber !== undefined ? opts.transcriber : await transcriberFrom(config, logger),
    voice: { maxSeconds: config.VOICE_MAX_SECONDS, ffmpegPath: config.FFMPEG_PATH },
    media: new LocalMediaStore({ dir: config.MEDIA_DIR ?? join(config.DATA_DIR, 'media') }),
    faults: opts.faults,
  });
  let whatsapp: WhatsAppGateway | undefined;
  if (config.WHATSAPP === 'on' && (config.ROLE === 'all' || config.ROLE === 'gateway')) {
    whatsapp = createWhatsAppChannel({ config, db, logger: logger.child({ part: 'whatsapp' }), mediaStore: pipeline.deps.media, ingest: pipeline.ingest });
    channels.whatsapp = whatsapp;
    // Waits for the account's lease when another gateway holds it; shows a QR when not linked yet.
    whatsapp.start().catch((err: unknown) => logger.error({ err }, 'whatsapp gateway failed to start'));
  }
  const queues = queuesFor[config.ROLE];
  if (queues.length) {
    const extra = queues.includes('scheduled') ? { scheduled: await startScheduledWork(pipeline.deps) } : {};
    await pipeline.start({ queues, extra });
  }

  const linkPage = whatsapp && (() => renderLinkPage({ state: whatsapp.state(), ...whatsapp.linkInfo() }));
  const http = await buildServer({ db, queue, pipeline, simulator, channels, logger, linkPage,
    corsOrigins: config.CORS_ORIGINS, simulatorPerMinute: config.SIMULATOR_RATE_LIMIT });
  const web = opts.dashboard && config.DASHBOARD === 'on' && (config.ROLE === 'all' || config.ROLE === 'web')
    ? await (await import('./http/web.ts')).mountWeb(http, { config, db, logger, clock: opts.clock ?? systemClock, pipeline, limits: typeof opts.dashboard === 'object' ? opts.dashboard.limits : undefined })
    : undefined;
  const url = await http.listen({ port: config.PORT, host: config.HOST });

  return {
    config, db, queue, pipeline, simulator, http, web, url,
    async stop() {
      // Order matters: no new messages, then let in-flight jobs finish, then close the database.
      await web?.close();
      await http.close();
      await pipeline.stop();
      await queue.close();
      for (const channel of Object.values(channels)) await channel?.stop();
      await db.close();
    },
  };
}

// The provider SDKs take a second to import; load them only when a provider is configured.
const anyProvider = (c: Config) => Boolean(c.GEMINI_API_KEY || c.OPENAI_API_KEY || c.OPENAI_BASE_URL || c.STT_BASE_URL);

async function llmFrom(config: Config, logger: Logger): Promise<Llm | null> {
  if (!anyProvider(config)) return null;
  return (await import('../agents/llm/create-llm.ts')).createLlm(config, logger);
}

async function transcriberFrom(config: Config, logger: Logger): Promise<Transcriber | null> {
  if (!anyProvider(config)) return null;
  return (await import('./voice/create-transcriber.ts')).createTranscriber(config, logger);
}
