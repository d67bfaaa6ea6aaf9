// A local HTTP server that stands in for Gemini / OpenAI in tests: it records each request exactly as
// the SDK sent it and answers with scripted responses in the provider's wire format.
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface RecordedRequest {
  method: string;
  /** Path with query string, e.g. "/v1beta/models/gemini-2.5-flash:generateContent". */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
  /** Wait this long before answering (to trigger client timeouts). */
  delayMs?: number;
}

export type Responder = StubReply | ((req: RecordedRequest) => StubReply);

export interface StubServer {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The n-th request gets the n-th reply; the last one repeats. */
export async function startStubServer(replies: Responder[]): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      const responder = replies[Math.min(requests.length, replies.length) - 1];
      const reply = typeof responder === 'function' ? responder(recorded) : responder;
      const send = () => {
        if (res.destroyed) return;
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        res.end(text);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('stub server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Parses a recorded multipart/form-data body with the platform's own parser (undici). */
export async function formDataOf(req: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(req.body), { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
}

export function jsonOf(req: RecordedRequest): unknown {
  return JSON.parse(req.body.toString('utf8'));
}
