// Security headers on every response: API, simulator, SSE streams and pages handed to Next.js.
// Set on the raw response in onRequest, so hijacked replies (SSE, the Next.js handler) get them too.
// No script policy here: the pages own their Content-Security-Policy for scripts; these headers only
// close what no page of ours needs (being framed, plugins, MIME sniffing, cross-origin embedding).
// CORS stays closed: no route sends Access-Control-Allow-Origin.
import type { FastifyInstance } from 'fastify';

export const securityHeaders: Record<string, string> = {
  'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
};

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.raw.setHeader(name, value);
  });
}
