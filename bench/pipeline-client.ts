// The load generator of bench/pipeline.ts, in its own process: each owner posts a message through
// the simulator API and waits for the reply. Closed loop (no rate): the owner sends the next right
// away. Paced (rate): message i is due at i/rate s and goes out from an owner with nothing in flight;
// its latency counts from when it was due. First every owner sends the script once unmeasured ("warm"),
// then on "go" the measured load; sends the latencies and its own CPU time back ("done").
// Replies arrive on each owner's event stream (/api/simulator/stream, as `npm run chat` reads them), or
// with --wait poll on the long poll (/api/simulator/replies). node:http with keep-alive, not fetch:
// the load generator shares the machine's two cores with the server, so it should cost little.
import http from 'node:http';

interface Start { base: string; phones: string[]; total: number; script: string[]; rate: number | null; wait: 'stream' | 'poll' }

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(base: string, method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), {
      method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Opens the owner's event stream; `onReply` runs for each reply. Resolves once the stream is open. */
function openStream(base: string, phone: string, onReply: () => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(`/api/simulator/stream?${new URLSearchParams({ to: phone })}`, base), (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.startsWith('event: reply')) onReply();
        }
      });
      resolve(req);
    });
    req.on('error', reject);
  });
}

process.once('message', async (m) => {
  const { base, phones, total, script, rate, wait } = m as Start;
  const latencies: number[] = [];
  const cursors = new Map<string, string | null>();
  const waiters = new Map<string, () => void>();
  const streams = wait === 'stream'
    ? await Promise.all(phones.map((phone) => openStream(base, phone, () => {
      const w = waiters.get(phone);
      waiters.delete(phone);
      w?.(); // a second reply to the same message finds no waiter and is dropped
    })))
    : [];

  /** Posts one message as `phone` and waits for its reply. */
  async function exchange(phone: string, text: string): Promise<void> {
    const replied = wait === 'stream' ? new Promise<void>((r) => waiters.set(phone, r)) : null;
    const res = await request(base, 'POST', '/api/simulator/messages', JSON.stringify({ from: phone, text }));
    if (res.status !== 202) throw new Error(`POST ${res.status}`);
    if (replied) return replied;
    for (;;) {
      const cursor = cursors.get(phone);
      const q = new URLSearchParams({ to: phone, wait: '10000', ...(cursor ? { after: cursor } : {}) });
      const page = JSON.parse((await request(base, 'GET', `/api/simulator/replies?${q}`)).text) as { replies: unknown[]; cursor: string | null };
      cursors.set(phone, page.cursor);
      if (page.replies.length > 0) return;
    }
  }

  // Warm: every owner sends the whole script once, so each kind of message has run on every pooled
  // connection (prepared statements, PL/pgSQL compiled per backend) and through V8's JIT. With only one
  // message each, the first second of a paced run was a cold start and made the whole run's p99.
  await Promise.all(phones.map(async (phone) => { for (const line of script) await exchange(phone, line); }));
  process.send!({ kind: 'warm' });
  await new Promise((r) => process.once('message', r));
  const cpuBefore = process.cpuUsage();

  if (rate === null) {
    let next = 0;
    await Promise.all(phones.map(async (phone) => {
      while (next < total) {
        const text = script[next++ % script.length]!;
        const t0 = performance.now();
        await exchange(phone, text);
        latencies.push(performance.now() - t0);
      }
    }));
  } else {
    const idle = [...phones];
    const queued: ((phone: string) => void)[] = [];
    const takeOwner = () => (idle.length ? Promise.resolve(idle.pop()!) : new Promise<string>((r) => queued.push(r)));
    const giveBack = (phone: string) => (queued.length ? queued.shift()!(phone) : idle.push(phone));
    const start = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const ahead = due - performance.now();
      if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
      const phone = await takeOwner();
      inFlight.push(exchange(phone, script[i % script.length]!).then(() => {
        latencies.push(performance.now() - due);
        giveBack(phone);
      }));
    }
    await Promise.all(inFlight);
  }
  const cpu = process.cpuUsage(cpuBefore);
  for (const s of streams) s.destroy();
  process.send!({ kind: 'done', data: { latencies, clientCpuMs: (cpu.user + cpu.system) / 1000 } }, () => process.exit(0));
});
