// One pino logger. Phone numbers and message bodies are personal data: log them masked, and
// message text only at debug level. Call sites pass maskPhone(...) and never the text; two nets
// below catch what a call site gets wrong: redaction of the fields that carry text or phones
// (also inside errors, where PostgreSQL puts the offending row's values in `detail`), and a last
// pass over every written line that masks anything shaped like a phone number.
import { pino, type DestinationStream, type Logger } from 'pino';
import { toE164 } from './phone.ts';

export type { Logger };

const personal = ['body', 'text', 'phone', 'caption', 'transcript', 'senderPhone', 'senderAddress'];
export const redactPaths = [
  ...personal,
  ...personal.map((k) => `*.${k}`),
  // pg errors: "Key (tenant_id, phone)=(…, +62…) already exists"; AppError details may quote input.
  'err.detail', 'err.details', 'err.where', '*.err.detail', '*.err.details', 'err.cause.detail',
];

export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  pretty = process.stdout.isTTY,
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: { paths: redactPaths, censor: '[redacted]' },
    hooks: { streamWrite: maskPhonesIn },
    ...(pretty && !destination ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/** "+6281234567890" → "+62812****890": enough to tell chats apart in a log, not enough to call. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '-';
  if (phone.length <= 7) return '****';
  return `${phone.slice(0, 6)}****${phone.slice(-3)}`;
}

// International numbers (+ and 9–15 digits), and Indonesian mobiles written 62 8… or 08…,
// not inside a longer word or number (ids, timestamps, masked phones stay as they are).
const PHONE_LIKE = /(?<![\w+\-])(?:\+\d{9,15}|628\d{7,12}|08\d{7,12})(?!\d)/g;

/** Masks every phone-shaped number in a finished log line. */
export function maskPhonesIn(line: string): string {
  return line.replace(PHONE_LIKE, (m) => maskPhone(toE164(m) ?? m)); // one spelling, so the same chat looks the same
}

/** A quiet logger for tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
