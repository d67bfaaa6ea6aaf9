// A per-address fixed-window limit for one route, in memory (per process): enough to stop a flood of
// simulator messages from one client; the login routes use @fastify/rate-limit with the dashboard.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';

export function perAddressLimit(perMinute: number, what: string): (request: FastifyRequest) => void {
  if (!perMinute) return () => {};
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextPrune = 0;
  return (request) => {
    const now = Date.now();
    if (now > nextPrune) {
      for (const [ip, w] of windows) if (w.resetAt <= now) windows.delete(ip);
      nextPrune = now + 60_000;
    }
    let w = windows.get(request.ip);
    if (!w || w.resetAt <= now) windows.set(request.ip, (w = { count: 0, resetAt: now + 60_000 }));
    if (++w.count > perMinute) {
      throw new AppError(`rate_limited:${what}`, { message: 'Terlalu banyak pesan. Coba lagi sebentar lagi.' });
    }
  };
}
