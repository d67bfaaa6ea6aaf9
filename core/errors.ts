// Errors are codes ("not_found:product"), mapped in one place to an HTTP status or a friendly reply.
// Workers tell retryable errors (a database hiccup) from final ones (bad input) by `retryable`.

export type ErrorKind =
  | 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited'
  | 'unavailable' | 'voice' | 'stt' | 'llm' | 'config' | 'internal';

export class AppError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly details: unknown;

  constructor(code: `${ErrorKind}:${string}` | ErrorKind, opts: { message?: string; retryable?: boolean; details?: unknown; cause?: unknown } = {}) {
    super(opts.message ?? code, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryable = opts.retryable ?? kindOf(code) === 'unavailable';
    this.details = opts.details;
  }

  get kind(): ErrorKind {
    return kindOf(this.code);
  }
}

function kindOf(code: string): ErrorKind {
  return code.split(':')[0] as ErrorKind;
}

const httpStatus: Record<ErrorKind, number> = {
  bad_request: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, rate_limited: 429,
  unavailable: 503, voice: 422, stt: 502, llm: 502, config: 500, internal: 500,
};

export function toHttpStatus(err: unknown): number {
  return err instanceof AppError ? httpStatus[err.kind] ?? 500 : 500;
}

// What a person sees when something goes wrong; specific codes first, then the kind.
const replies: Record<string, string> = {
  'voice:unplayable': 'Maaf Kak, pesan suaranya tidak bisa diputar. Kirim ulang atau ketik saja, ya?',
  'voice:too_long': 'Maaf Kak, pesan suaranya kepanjangan (maks 5 menit). Kirim yang lebih pendek atau ketik saja, ya?',
  stt: 'Maaf Kak, pesan suaranya belum bisa didengar sekarang. Suaranya sudah disimpan; coba lagi nanti atau ketik saja, ya?',
  not_found: 'Maaf Kak, datanya tidak ketemu.',
  forbidden: 'Maaf Kak, ini hanya bisa dilakukan pemilik warung.',
  bad_request: 'Maaf Kak, pesannya belum bisa saya pahami.',
  rate_limited: 'Sebentar ya Kak, pesannya lagi banyak. Coba lagi sebentar lagi.',
};

export function toReply(err: unknown): string {
  if (err instanceof AppError) {
    return replies[err.code] ?? replies[err.kind] ?? 'Maaf Kak, ada gangguan. Coba lagi sebentar lagi, ya.';
  }
  return 'Maaf Kak, ada gangguan. Coba lagi sebentar lagi, ya.';
}

export function isRetryable(err: unknown): boolean {
  if (err instanceof AppError) return err.retryable;
  // Unknown errors (connection resets, timeouts) are worth another try.
  return true;
}
