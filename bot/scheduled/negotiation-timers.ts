// The "negotiation_timers" job of the scheduled queue, every minute: nudges to quiet suppliers and the
// owner's summary at the deadline (agents/negotiation/timers.ts). The state changes and the outbox rows
// commit together; the dedupe keys make a second run of the same work send nothing.
import { dueNegotiationWork } from '../../agents/negotiation/index.ts';
import { withService, type Tx } from '../../core/db/tenant.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';

export type QueueText = (tx: Tx, deps: PipelineDeps, tenantId: string, phone: string, text: string, dedupeKey: string | null) => Promise<string | null>;

export function negotiationTimers(deps: PipelineDeps, queueText: QueueText): Promise<(string | null)[]> {
  return withService(deps.db, async (tx) => {
    const due = await dueNegotiationWork(tx, deps.clock.now());
    const ids: (string | null)[] = [];
    for (const m of due) ids.push(await queueText(tx, deps, m.tenantId, m.phone, m.text, m.dedupeKey));
    return ids;
  });
}
