// The soak's senders: warungs with an owner, a cashier and two suppliers each, sending the mix the
// demo personas send, open loop at a fixed rate through the gateway's simulator API. A POST that
// fails (the database or Redis is restarting) is sent again with the same id until it is accepted,
// as WhatsApp redelivers a message its server could not hand over.
import type pg from 'pg';

export const DEMO_TENANT = 'a0000000-0000-4000-8000-000000000001';

/** What each persona says (the demo's phrasings; bench/pipeline.ts uses the owner's). */
export const scripts = {
  owner: [
    'laku indomie goreng 2 bks 7rb', 'kulakan gula pasir 5 kg 85rb', 'bayar listrik 150rb', 'stok beras masih brp',
    'laporan hari ini', 'bu yati ngutang 25rb', 'laku telur 1 kg 30rb', 'laku kopi kapal api 4 sachet goceng',
  ],
  cashier: [
    'laku aqua 600ml 3 botol', 'laku indomie soto 5 bks 17.500', 'laku beras 2 kg 28rb', 'stok minyak',
    'laku pop mie 2 cup 12rb', 'laku teh pucuk 2 botol 8rb',
  ],
  supplier: [
    'siang bu, telur lagi 27rb/kg', 'beras medium 12.500 per kg bu', 'barang sudah dikirim ya bu', 'minyak naik jadi 19rb',
  ],
} as const;
export type Persona = keyof typeof scripts;

export interface Sender { phone: string; persona: Persona }

/** N warungs like the demo one (its catalogue, 1,000 of each in stock), each with its four people. */
export async function createWarungs(pool: pg.Pool, count: number): Promise<Sender[]> {
  const senders: Sender[] = [];
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (let i = 0; i < count; i++) {
      const n = String(i).padStart(5, '0');
      const t = (await client.query<{ id: string }>(`insert into tenants (name, city, timezone) values ($1, 'Bandung', 'Asia/Jakarta') returning id`, [`Warung Soak ${i}`])).rows[0]!.id;
      const owner = `+62857100${n}`;
      const cashier = `+62857200${n}`;
      const suppliers = [`+62857300${n}`, `+62857400${n}`];
      await client.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, $3, 'owner'), ($1, $4, $5, 'cashier')`,
        [t, owner, `Owner ${i}`, cashier, `Kasir ${i}`]);
      await client.query(`insert into contacts (tenant_id, kind, name, phone) values ($1, 'supplier', $2, $3), ($1, 'supplier', $4, $5)`,
        [t, `Grosir A${i}`, suppliers[0], `Grosir B${i}`, suppliers[1]]);
      await client.query(`insert into contacts (tenant_id, kind, name, aliases) values ($1, 'customer', 'Bu Yati', '{yati,bu yati}')`, [t]);
      await client.query(`insert into products (tenant_id, name, aliases, unit, sell_price, avg_cost, category)
                          select $1, name, aliases, unit, sell_price, avg_cost, category from products where tenant_id = $2`, [t, DEMO_TENANT]);
      await client.query(`insert into stock_movements (tenant_id, product_id, qty, kind, source_ref)
                          select $1, id, 1000, 'adjustment', 'soak-open:' || id from products where tenant_id = $1`, [t]);
      senders.push({ phone: owner, persona: 'owner' }, { phone: cashier, persona: 'cashier' },
        { phone: suppliers[0]!, persona: 'supplier' }, { phone: suppliers[1]!, persona: 'supplier' });
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
  return senders;
}

export interface Sent { id: string; phone: string; persona: Persona; t0: number; acceptedAt: number | null; attempts: number }

export interface Load {
  sent: Sent[];
  /** Stops sending new messages; resolves when every message sent so far was accepted (or `giveUpMs` passed). */
  stop(giveUpMs: number): Promise<void>;
}

/**
 * Sends `rate` messages a second, round-robin over the senders with owners and cashiers twice as
 * often as suppliers. `t0` is the wall-clock time of the first attempt, so reply times include the
 * time a message waited for a restarted service.
 */
export function startLoad(o: { gatewayUrl: string; senders: Sender[]; rate: number; runId: string }): Load {
  const sent: Sent[] = [];
  const pending = new Set<Promise<void>>();
  const weighted = o.senders.flatMap((s) => (s.persona === 'supplier' ? [s] : [s, s]));
  const spoken = new Map<string, number>();
  let n = 0;
  let stopped = false;

  const post = async (m: Sent, text: string) => {
    for (;;) {
      m.attempts++;
      const ok = await fetch(`${o.gatewayUrl}/api/simulator/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: m.phone, text, id: m.id }),
        signal: AbortSignal.timeout(10_000),
      }).then((r) => r.status === 202, () => false);
      if (ok) return void (m.acceptedAt = Date.now());
      if (giveUp) return;
      await new Promise((r) => setTimeout(r, 300));
    }
  };
  let giveUp = false;

  const started = performance.now();
  const tick = () => {
    if (stopped) return;
    // Catch up to the schedule (timers drift under load): open loop, the rate is what is offered.
    const due = Math.floor(((performance.now() - started) / 1000) * o.rate);
    while (n < due) {
      const sender = weighted[n % weighted.length]!;
      const said = spoken.get(sender.phone) ?? 0;
      spoken.set(sender.phone, said + 1);
      const lines = scripts[sender.persona];
      const m: Sent = { id: `${o.runId}-${n}`, phone: sender.phone, persona: sender.persona, t0: Date.now(), acceptedAt: null, attempts: 0 };
      sent.push(m);
      const p = post(m, lines[said % lines.length]!).finally(() => pending.delete(p));
      pending.add(p);
      n++;
    }
    setTimeout(tick, 10);
  };
  tick();

  return {
    sent,
    async stop(giveUpMs) {
      stopped = true;
      const timer = setTimeout(() => (giveUp = true), giveUpMs);
      while (pending.size) await Promise.race(pending);
      clearTimeout(timer);
    },
  };
}
