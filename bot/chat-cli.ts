// `npm run chat -- --as owner|cashier|supplier1|supplier2|+62…`: chat with a running Juragan from the
// terminal through the simulator API. Type a message, see the replies (and "mengetik…") as they come.
import { createInterface } from 'node:readline/promises';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { toE164 } from '../core/phone.ts';

export const personas: Record<string, string> = {
  owner: '+6281200000001',
  cashier: '+6281200000002',
  supplier1: '+6281300000001',
  supplier2: '+6281300000002',
};

const { values } = parseArgs({
  options: { as: { type: 'string', default: 'owner' }, url: { type: 'string' } },
});
const phone = personas[values.as ?? 'owner'] ?? toE164(values.as ?? '');
if (!phone) {
  console.error(`Unknown persona "${values.as}". Use owner, cashier, supplier1, supplier2 or a phone number.`);
  process.exit(2);
}
const base = values.url ?? process.env.JURAGAN_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const health = await fetch(`${base}/health`).then((r) => r.json(), () => null);
if (!health) {
  console.error(`Juragan is not running at ${base}. Start it first: npm start`);
  process.exit(1);
}
console.log(`Chatting as ${values.as} (${phone}) with ${base}. Ctrl-C to leave.\n`);

// Start from the newest reply so old ones are not replayed, and open the stream before the first
// message so no reply is missed.
const latest = (await (await fetch(`${base}/api/simulator/replies?to=${encodeURIComponent(phone)}`)).json()) as { cursor: string | null };
let rl: ReturnType<typeof createInterface> | undefined;
await streamReplies(phone, latest.cursor, (line) => {
  process.stdout.write(`\r\x1b[K${line}\n`);
  rl?.prompt(true);
});
// Created only now: lines typed (or piped) before the loop below starts would otherwise be lost.
rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'kamu> ' });
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (text) {
    const res = await fetch(`${base}/api/simulator/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: phone, text, id: randomUUID() }),
    }).catch(() => null);
    if (!res || res.status !== 202) console.log(`(gagal mengirim: ${res ? res.status : 'server tidak menjawab'})`);
  }
  rl.prompt();
}

/** Resolves once the stream is open; then prints its events as they come. */
async function streamReplies(to: string, after: string | null, print: (line: string) => void): Promise<void> {
  const query = new URLSearchParams({ to, ...(after ? { after } : {}) });
  const res = await fetch(`${base}/api/simulator/stream?${query}`);
  if (res.body) void readEvents(res.body, print);
}

async function readEvents(body: ReadableStream<Uint8Array>, print: (line: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!data) continue;
      const parsed: unknown = JSON.parse(data);
      if (event === 'typing' && typeof parsed === 'object' && parsed && 'typing' in parsed && parsed.typing) print('  Juragan sedang mengetik…');
      if (event === 'reply' && typeof parsed === 'object' && parsed && 'text' in parsed) print(`juragan> ${String(parsed.text).replace(/\n/g, '\n         ')}`);
    }
  }
}
