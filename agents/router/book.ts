// The last mile: confirm unusual entries, void what a correction replaces, run the agent, remember
// what it booked (for "batal"), and clear the question that led here.
import { deferredCount, dropDeferred } from '../../core/db/tenant.ts';
import type { Env } from './env.ts';
import { applyMoneyWords, fillSaidTotal } from './money-words.ts';
import { handedOver } from './handed-over.ts';
import { askPurchasePrice } from './questions/purchase-price.ts';
import { advance } from './catalogue/resolve.ts';
import { productsByIds, type Product } from './catalogue/resolve-items.ts';
import { setSaidSellPrices } from './catalogue/new-product.ts';
import { describeFrame } from './replies.ts';
import { putPending, setLastEvent } from './state.ts';
import type { Work } from './state-schema.ts';
import type { Reply } from './types.ts';
import { unusualCount, unusualReason } from './catalogue/unusual.ts';

/** Resolves the work as far as it goes; asks when the owner must decide; books when all is known. */
export async function proceed(env: Env, work: Work): Promise<Reply[]> {
  const seen = new Map<string, Product>();
  const notes: string[] = [];
  const priceAsk = askPurchasePrice(work);
  if (priceAsk) {
    await putPending(env, priceAsk.pending);
    return [{ text: priceAsk.text }];
  }
  const step = await advance(env.tx, env.agentCtx.tenant.id, work, seen, notes);
  const noted = notes.map((text) => ({ text }));
  if (step.kind === 'reply') {
    await putPending(env, null);
    return [...noted, { text: step.text }];
  }
  if (step.kind === 'ask') {
    await putPending(env, step.pending);
    return [...noted, { text: step.text }];
  }
  const frame = await handedOver(env, work, applyMoneyWords(fillSaidTotal(step.frame, work.frame), work.frame), seen);
  if (!work.confirmed) {
    // Items settled in an earlier message (before a question) were not seen now: fetch only those.
    const missing = frame.items.flatMap((i) => (i.productId && !seen.has(i.productId) ? [i.productId] : []));
    if (missing.length) for (const [id, p] of await productsByIds(env.tx, env.agentCtx.tenant.id, missing)) seen.set(id, p);
    const reason = unusualReason(frame, seen) ?? (await unusualCount(env.tx, env.agentCtx.tenant.id, frame, seen));
    if (reason) {
      await putPending(env, { kind: 'confirm_book', work });
      return [...noted, { text: `Yakin, Kak? ${describeFrame(frame)}. ${reason}\nBalas *ya* untuk dicatat, *tidak* untuk batal.` }];
    }
  }
  await putPending(env, null);
  const replies: Reply[] = [...noted];
  // A correction voids the old entry and books the new one: if the new one is refused (a helper's "salah, kurangnya
  // 10rb" on a part-paid sale: the paid part above the total), the old one stays, as if nothing were said.
  const kept = work.replaces ? deferredCount(env.tx) : 0;
  if (work.replaces) {
    await env.tx.query('savepoint correction');
    replies.push(...(await env.deps.voidBooked(env.agentCtx, work.replaces)));
  }
  const result = await env.deps.registry[frame.intent]({ ...env.agentCtx, products: seen }, frame);
  if (work.replaces && !result.booked) {
    await env.tx.query('rollback to savepoint correction');
    dropDeferred(env.tx, kept);
    return [...noted, ...result.replies, { text: 'Catatan yang lama tidak saya ubah, Kak.' }];
  }
  replies.push(...result.replies);
  if (frame.intent !== 'sale' && work.frame.items.some((i) => i.sell_price != null)) {
    const said = await setSaidSellPrices(env.tx, env.agentCtx.tenant.id, env.agentCtx.inboxId, frame, work.frame.items, seen);
    replies.push(...said.map((text) => ({ text })));
  }
  // An order's arrival corrected: the order is booked by the new entry (it waited again, and a later "barang … sudah datang"
  // booked it a second time).
  if (work.replaces?.kind === 'transaction' && result.booked?.kind === 'transaction' && !work.replaces.id.includes(':') && !result.booked.id.includes(':')) {
    await env.tx.query('update negotiations set transaction_id = $3 where tenant_id = $1 and transaction_id = $2',
      [env.agentCtx.tenant.id, work.replaces.id, result.booked.id]);
  }
  if (result.booked) {
    await setLastEvent(env.tx, env.key, result.booked, env.now);
    env.lastEvent = result.booked; // an entry after it in the same message (a voice note of several) sees it
  }
  // "mbak rini bayar utang 20rb" refused (no debt), then "eh salah, bayarnya 25rb": the payment's correction, not the entry
  // before it (a helper's tries moved a credit sale's down payment, and re-priced a sale of sugar).
  else if (frame.intent === 'debt_pay' && !work.replaces && env.lastEvent && !env.lastEvent.refused) {
    await setLastEvent(env.tx, env.key, { ...env.lastEvent, refused: true }, env.now);
  }
  return replies;
}
