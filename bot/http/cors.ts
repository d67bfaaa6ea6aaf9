// CORS: closed unless CORS_ORIGINS lists origins. A listed origin gets Access-Control-Allow-Origin on
// its requests and an answer to its preflight; any other origin gets nothing (the browser then refuses
// to hand the response to that page). Credentials are never allowed cross-origin: the dashboard's
// cookies stay same-site (SameSite, and the CSRF check refuses cross-site changes anyway).
import type { FastifyInstance } from 'fastify';

const METHODS = 'GET, POST, PUT, PATCH, DELETE';
const HEADERS = 'content-type, x-csrf-token';

export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins.map((o) => o.toLowerCase()));
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    reply.raw.setHeader('vary', 'Origin');
    if (typeof origin !== 'string' || !allowed.has(origin.toLowerCase())) return;
    reply.raw.setHeader('access-control-allow-origin', origin);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      return reply.status(204).headers({ 'access-control-allow-methods': METHODS, 'access-control-allow-headers': HEADERS, 'access-control-max-age': '600' }).send();
    }
  });
}
