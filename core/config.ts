// Configuration, read once at start-up from the environment and checked with zod.
// A bad value stops start-up with a message naming the variable. Every variable is documented
// in .env.example.
import { z } from 'zod';
import { AppError } from './errors.ts';

const onOff = z.enum(['on', 'off']);
const optionalString = z.string().trim().min(1).optional();

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Public URL shown in logs and links; defaults to http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** gateway = WhatsApp socket, worker = queue processors, web = HTTP + dashboard, all = everything. */
  ROLE: z.enum(['all', 'gateway', 'worker', 'web']).default('all'),

  /** Postgres (or Supabase) URL. Unset = embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** Redis for BullMQ. Unset = the in-process queue. */
  REDIS_URL: z.url().optional(),
  /** Key prefix for BullMQ in Redis, so several deployments can share one Redis. */
  QUEUE_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]+$/).default('juragan'),
  /** Load supabase/seed.sql (the demo warung) on first start. */
  SEED_DEMO: onOff.default('on'),

  /** Origins (comma-separated, e.g. https://pos.example.id) allowed to call the API from a browser; unset = CORS closed. */
  CORS_ORIGINS: z.string().optional().transform((v, ctx) => {
    const list = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const o of list) {
      if (!/^https?:\/\/[^/\s]+$/.test(o)) ctx.addIssue({ code: 'custom', message: `"${o}" is not an origin like https://pos.example.id` });
    }
    return list;
  }),
  /** POST /api/simulator/messages per minute per client address; 0 = no limit (load tests from one address). */
  SIMULATOR_RATE_LIMIT: z.coerce.number().int().min(0).default(600),

  WHATSAPP: onOff.default('off'),
  /** The dashboard (Next.js) on the API's port, in the processes that serve HTTP (all, web). */
  DASHBOARD: onOff.default('on'),
  /** The simulator web chat at /simulator: on by default unless WhatsApp is the channel. */
  SIMULATOR: onOff.optional(),
  /** Link by pairing code for this phone instead of a QR code. */
  WHATSAPP_PAIRING_PHONE: optionalString,
  /** Messages older than this when they arrive (offline backlog) are recorded but not answered. */
  WHATSAPP_BACKLOG_MAX_AGE_S: z.coerce.number().int().positive().default(600),
  /** Outbound messages per minute per account. */
  WHATSAPP_SEND_PER_MINUTE: z.coerce.number().int().positive().default(20),

  GEMINI_API_KEY: optionalString,
  GEMINI_MODEL: z.string().default('gemini-2.5-flash'),
  OPENAI_API_KEY: optionalString,
  /** OpenAI-compatible servers: OpenAI, Gemini's OpenAI endpoint, Ollama, vLLM, LocalAI. */
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  /** Which LLM extracts frames when the parser is unsure: auto picks Gemini, then OpenAI, else none. */
  LLM_PROVIDER: z.enum(['auto', 'gemini', 'openai', 'none']).default('auto'),
  /** Speech to text: auto picks Gemini, then OpenAI, then STT_BASE_URL, else none. */
  STT_PROVIDER: z.enum(['auto', 'gemini', 'openai', 'compatible', 'none']).default('auto'),
  /** A self-hosted OpenAI-compatible transcription server (whisper.cpp server, LocalAI, vLLM). */
  STT_BASE_URL: z.url().optional(),
  STT_MODEL: optionalString,
  FFMPEG_PATH: optionalString,
  VOICE_MAX_SECONDS: z.coerce.number().int().positive().default(300),
  MEDIA_DIR: optionalString,
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "unset".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('config:invalid', { message: `Invalid configuration: ${problems}` });
  }
  return parsed.data;
}
