// The owner's one summary, built from the database: when every supplier has answered, at the deadline
// (suppliers still quiet count as silent), or at the round limit. Marks the negotiation 'deciding'
// with the numbered choices it offered, or 'failed' when nothing fits the ceiling.
import type { Tx } from '../../core/db/tenant.ts';
import { dealOf, loadNegotiation, loadSuppliers, ownerPhones, saveThread } from './store.ts';
import { ownerSummary } from './summary.ts';
import { answered } from './thread.ts';

export interface OwnerNote { tenantId: string; phone: string; text: string }

/** The summary for the owner when the negotiation is ready for it (or `force`d at the deadline); else null. */
export async function summarizeIfDone(tx: Tx, negotiationId: string, force: boolean): Promise<OwnerNote[] | null> {
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
  await tx.query(
    `update negotiations set status = $2, choices = $3::uuid[], summary_at = now(), updated_at = now() where id = $1`,
    [negotiationId, summary.choices.length ? 'deciding' : 'failed', summary.choices.map((c) => c.id)]);
  const phones = await ownerPhones(tx, neg.tenant_id, neg.created_by);
  return phones.map((phone) => ({ tenantId: neg.tenant_id, phone, text: summary.text }));
}
