// POST /api/auth/code, /api/auth/login, /api/auth/logout. Every answer to "send me a code" is the
// same for members and strangers; per-address limits come from @fastify/rate-limit, per-phone and
// per-code limits from SQL.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { toE164 } from '../../core/phone.ts';
import { loginWithCode, requestCode, type SendText } from '../lib/login.ts';
import { revokeToken, SESSION_COOKIE, SESSION_DAYS } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, clearSessionCookie, setSessionCookie } from './guard.ts';

const phone = z.string().max(32).transform((v, ctx) => toE164(v) ?? (ctx.addIssue({ code: 'custom', message: 'Nomor WhatsApp tidak valid' }), z.NEVER));
const codeBody = z.object({ phone });
const loginBody = z.object({ phone, code: z.string().trim().regex(/^\d{6}$/, 'Kode 6 angka') });

export interface AuthLimits { codePerAddress: number; loginPerAddress: number; windowMs: number }

const messages = {
  wrong: 'Kode salah. Coba lagi.',
  expired: 'Kode sudah kedaluwarsa. Minta kode baru.',
  too_many: 'Terlalu banyak percobaan. Minta kode baru.',
  none: 'Minta kode dulu.',
} as const;

export function authRoutes(app: FastifyInstance, deps: { send: SendText; limits: AuthLimits }): void {
  const limit = (max: number) => ({ rateLimit: { max, timeWindow: deps.limits.windowMs } });

  app.post('/api/auth/code', { config: limit(deps.limits.codePerAddress) }, async (request, reply) => {
    checkCsrf(request);
    const body = codeBody.parse(request.body);
    const result = await requestCode(webContext().db, body.phone, deps.send);
    if (result === 'too_many') throw new AppError('rate_limited:login_code', { message: 'Sudah 5 kode dalam satu jam. Coba lagi nanti.' });
    return reply.send({ ok: true, message: 'Kalau nomor ini terdaftar, kode sudah dikirim lewat WhatsApp.' });
  });

  app.post('/api/auth/login', { config: limit(deps.limits.loginPerAddress) }, async (request, reply) => {
    checkCsrf(request);
    const body = loginBody.parse(request.body);
    const r = await loginWithCode(webContext().db, body.phone, body.code, request.headers['user-agent']);
    if (r.status !== 'ok') throw new AppError(r.status === 'too_many' ? 'rate_limited:login' : 'unauthorized:code', { message: messages[r.status] });
    setSessionCookie(request, reply, r.token, SESSION_DAYS * 86_400);
    return reply.send({ ok: true, role: r.role, next: r.role === 'cashier' ? '/pos' : '/' });
  });

  app.post('/api/auth/logout', async (request, reply) => {
    checkCsrf(request);
    const token = request.cookies[SESSION_COOKIE];
    if (token) await revokeToken(webContext().db, token);
    clearSessionCookie(request, reply);
    return reply.send({ ok: true });
  });
}
