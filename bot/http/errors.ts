// One place that turns errors into HTTP answers: { error: "<code>", message } with the code's status.
import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, toHttpStatus } from '../../core/errors.ts';

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | z.ZodError, request, reply) => {
    if (err instanceof z.ZodError) {
      return reply.status(400).send({ error: 'bad_request:body', message: 'Invalid request', issues: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    }
    if (err instanceof AppError) {
      return reply.status(toHttpStatus(err)).send({ error: err.code, message: err.message });
    }
    // A safety net behind input-guard.ts: text PostgreSQL cannot store is the client's, not a 500.
    const sqlState = (err as { code?: unknown }).code;
    if (sqlState === '22021' || sqlState === '22P05') {
      return reply.status(400).send({ error: 'bad_request:encoding', message: 'Input holds characters that cannot be stored' });
    }
    // Fastify's own errors (malformed JSON, body too large) carry a 4xx status.
    const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) request.log.error({ err }, 'request failed');
    const code = status >= 500 ? 'internal' : status === 429 ? 'rate_limited:requests' : `bad_request:${(err as FastifyError).code ?? 'invalid'}`;
    // @fastify/rate-limit says it in English ("Rate limit exceeded, retry in 8 minutes"); the login page shows the message.
    const message = status >= 500 ? 'Internal error' : status === 429 ? 'Terlalu sering dicoba dari sini. Tunggu beberapa menit, lalu coba lagi.' : err.message;
    return reply.status(status).send({ error: code, message });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: 'not_found:route', message: `No route ${request.method} ${request.url}` }));
}
