// One pino logger. Phone numbers and message bodies are personal data: log them masked, and
// message text only at debug level.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['*.body', '*.text', '*.phone', 'body', 'text', 'phone'], censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } } } : {}),
  });
}

/** "+6281234567890" → "+62812****890": enough to tell chats apart in a log, not enough to call. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '-';
  if (phone.length <= 7) return '****';
  return `${phone.slice(0, 6)}****${phone.slice(-3)}`;
}

/** A quiet logger for tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
