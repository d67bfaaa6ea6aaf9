// One GET of a price panel's JSON with the errors a worker must tell apart: 429 and 5xx are worth a
// retry later (AppError retryable), other answers are final. No panel is reachable from CI: the tests
// run these against local HTTP servers that speak the recorded shapes.
import { AppError } from '../../core/errors.ts';

export type Fetch = typeof fetch;

export async function getJson(url: string, opts: { fetch?: Fetch; timeoutMs?: number } = {}): Promise<unknown> {
  const f = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await f(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000) });
  } catch (cause) {
    throw new AppError('unavailable:price_panel', { message: `price panel unreachable: ${new URL(url).host}`, cause });
  }
  if (res.status === 429) {
    throw new AppError('rate_limited:price_panel', { retryable: true, details: { retryAfter: res.headers.get('retry-after') } });
  }
  if (res.status >= 500) throw new AppError('unavailable:price_panel', { message: `price panel answered ${res.status}` });
  if (!res.ok) throw new AppError('bad_request:price_panel', { message: `price panel answered ${res.status}` });
  try {
    return await res.json();
  } catch (cause) {
    throw new AppError('unavailable:price_panel', { message: 'price panel answered no JSON', cause });
  }
}
