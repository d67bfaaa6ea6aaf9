// Request guards for the dashboard's API: the session from its cookie, CSRF (double-submit token plus
// a same-origin check) on every change, and SQL error codes turned into HTTP answers.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, sessionFromToken, type MemberRole, type Session } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';

/** Secure cookies when the page was reached over https (directly or through a proxy that says so). */
export const isHttps = (request: FastifyRequest) =>
  request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeS: number): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(request), maxAge: maxAgeS });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(request) });
}

/** Gives a browser its CSRF token (readable by the page's script, never sent cross-site). */
export function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply): void {
  if (request.cookies[CSRF_COOKIE]) return;
  // Straight on the raw response: the page handler hands the response to Next.js (no onSend hooks).
  reply.raw.appendHeader('set-cookie', request.server.serializeCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'),
    { path: '/', sameSite: 'strict', secure: isHttps(request), httpOnly: false }));
}

/** Changes must carry the CSRF cookie's value in a header and must not come from another site. */
export function checkCsrf(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('forbidden:csrf', { message: 'Cross-site request refused' });
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || cookie.length !== header.length || !timingSafeEqual(Buffer.from(cookie), Buffer.from(header))) {
    throw new AppError('forbidden:csrf', { message: 'Missing or wrong CSRF token' });
  }
}

export async function sessionOf(request: FastifyRequest): Promise<Session | null> {
  return sessionFromToken(webContext().db, request.cookies[SESSION_COOKIE]);
}

/** The request's session, or 401; 403 when the member's role is not among `roles`. */
export async function requireSession(request: FastifyRequest, roles: MemberRole[] = ['owner', 'staff', 'cashier']): Promise<Session> {
  const session = await sessionOf(request);
  if (!session) throw new AppError('unauthorized:session', { message: 'Not logged in' });
  if (!roles.includes(session.role)) throw new AppError('forbidden:role', { message: 'Not allowed for this role' });
  return session;
}

/** SQL functions raise '<kind>:<what>' (SQLSTATE P0001); those become AppErrors with their status. */
const httpKinds = new Set(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'rate_limited']);

/** What the owner reads for refusals a page can meet (a helper saw "conflict:debt_has_payments" under a button). */
const sqlMessages: Record<string, string> = {
  'conflict:debt_has_payments': 'Utang dari transaksi ini sudah ada pembayarannya, jadi transaksinya tidak bisa dibatalkan. Stok dan utangnya tidak berubah.',
  'conflict:transaction_voided': 'Transaksi ini sudah dibatalkan sebelumnya.',
  'not_found:transaction': 'Transaksi tidak ditemukan.',
};

export function fromSqlError(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  const m = e?.code === 'P0001' && typeof e.message === 'string' ? /^([a-z_]+):([a-z_]+)/.exec(e.message) : null;
  if (!m) return err;
  const kind = m[1] === 'invalid' ? 'bad_request' : m[1]!;
  return new AppError(httpKinds.has(kind) ? `${kind as 'bad_request'}:${m[2]}` : 'internal', { message: sqlMessages[`${m[1]}:${m[2]}`] ?? e.message, cause: err });
}
