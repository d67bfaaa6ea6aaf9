// The load generator of bench/pipeline.ts, in its own process: each owner posts a message through
// the simulator API, waits for the reply (long poll), then sends the next. Sends the latencies back.
process.once('message', async (m) => {
  const { base, phones, total, script } = m as { base: string; phones: string[]; total: number; script: string[] };
  const latencies: number[] = [];
  let next = 0;
  async function owner(phone: string): Promise<void> {
    let cursor: string | null = null;
    while (next < total) {
      const text = script[next++ % script.length]!;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/simulator/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: phone, text }),
      });
      if (res.status !== 202) throw new Error(`POST ${res.status}`);
      for (;;) {
        const q = new URLSearchParams({ to: phone, wait: '10000', ...(cursor ? { after: cursor } : {}) });
        const page = (await (await fetch(`${base}/api/simulator/replies?${q}`)).json()) as { replies: unknown[]; cursor: string | null };
        cursor = page.cursor;
        if (page.replies.length > 0) break;
      }
      latencies.push(performance.now() - t0);
    }
  }

  await Promise.all(phones.map(owner));
  process.send!(latencies, () => process.exit(0));
});
