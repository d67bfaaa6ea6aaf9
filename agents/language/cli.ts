// The parse command. `--jsonl`: JSON lines {"text","now"} on stdin → one frame per line, in order.
// Otherwise the text arguments are parsed and printed readably. `--now ISO` fixes the clock.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { clockFrom } from './clock.ts';
import { parse } from './index.ts';

const lineSchema = z.object({ text: z.string(), now: z.string().optional() });

const args = process.argv.slice(2);
const nowAt = args.indexOf('--now');
const fixed = nowAt >= 0 ? clockFrom(args[nowAt + 1]) : {};
const rest = args.filter((a, i) => a !== '--jsonl' && a !== '--now' && (nowAt < 0 || i !== nowAt + 1));

if (args.includes('--jsonl')) {
  const out: string[] = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let text = '';
    let clock = fixed;
    try {
      const msg = lineSchema.parse(JSON.parse(line));
      text = msg.text;
      if (nowAt < 0) clock = clockFrom(msg.now);
    } catch {
      text = '';
    }
    out.push(JSON.stringify(parse(text, clock)) + '\n');
    if (out.length >= 256) flush();
  }
  flush();
} else if (rest.length > 0) {
  console.log(JSON.stringify(parse(rest.join(' '), fixed), null, 2));
} else {
  console.error('usage: npm run -s parse -- [--now ISO] "laku indomie 5 bks 17.500" | --jsonl < lines');
  process.exit(2);
}
