// The owner's one summary, built from the database: when every supplier has answered, at the deadline
// (suppliers still quiet count as silent), or at the round limit. Marks the negotiation 'deciding'
// with the numbered choices it offered, or 'failed' when nothing fits the ceiling.
import type { Tx } from '../../core/db/tenant.ts';
import type { TenantZone } from '../../core/format.ts';
import { quoteAboveMarket } from '../market-intel/index.ts';
import { dealOf, loadNegotiation, loadSuppliers, ownerPhones, saveThread } from './store.ts';
import { ownerSummary } from './summary.ts';
import { answered, standingPrice } from './thread.ts';

export interface OwnerNote { tenantId: string; phone: string; text: string }

/** The summary for the owner when the negotiation is ready for it (or `force`d at the deadline); else null. */
export async function summarizeIfDone(tx: Tx, negotiationId: string, force: boolean, now: Date): Promise<OwnerNote[] | null> {
  const neg = await loadNegotiation(tx, negotiationId);
  if (!neg || neg.status !== 'open') return null;
  const sups = await loadSuppliers(tx, negotiationId);
  const waiting = sups.filter((s) => !answered.has(s.thread.status));
  if (waiting.length && !force) return null;
  for (const s of waiting) {
    s.thread = { ...s.thread, status: 'silent' };
    await saveThread(tx, s.id, s.thread);
  }
  const deal = dealOf(neg);
  const summary = ownerSummary({
    item: deal.item, qty: deal.qty, unit: deal.unit, ceiling: deal.ceiling, lastPrice: neg.last_price, market: neg.market_price,
    suppliers: sups.map((s) => ({ id: s.contact_id, name: s.name, thread: s.thread })),
  });
  const alerts = await aboveMarket(tx, neg.tenant_id, deal.item, deal.unit, now,
    sups.map((s) => ({ name: s.name, price: standingPrice(s.thread, deal.ceiling) ?? s.thread.asks.at(-1) ?? null })));
  const lines = summary.text.split('\n');
  const text = alerts.length ? [...lines.slice(0, -1), ...alerts, lines.at(-1)!].join('\n') : summary.text;
  await tx.query(
    `update negotiations set status = $2, choices = $3::uuid[], summary_at = now(), updated_at = now() where id = $1`,
    [negotiationId, summary.choices.length ? 'deciding' : 'failed', summary.choices.map((c) => c.id)]);
  const phones = await ownerPhones(tx, neg.tenant_id, neg.created_by);
  return phones.map((phone) => ({ tenantId: neg.tenant_id, phone, text }));
}

/** Quotes more than 10 % above the market reference, cheapest first (market-intel says each commodity once a week). */
async function aboveMarket(tx: Tx, tenantId: string, item: string, unit: string, now: Date, quotes: { name: string; price: number | null }[]): Promise<string[]> {
  const zone = (await tx.query<{ timezone: TenantZone }>(`select timezone from tenants where id = $1`, [tenantId])).rows[0]?.timezone ?? 'Asia/Jakarta';
  const out: string[] = [];
  for (const q of quotes.filter((x): x is { name: string; price: number } => x.price != null).sort((a, b) => a.price - b.price)) {
    const line = await quoteAboveMarket(tx, { tenantId, zone, item, price: q.price, unit, at: now });
    if (line) out.push(`${q.name}: ${line}`);
  }
  return out;
}
