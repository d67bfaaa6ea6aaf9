// Sale and purchase: goods with prices, paid now or on credit (then a receivable / payable is created
// by post_transaction). Stock moves in the same SQL call; a sale below the reorder point alerts the owner.
import { z } from 'zod';
import { formatRupiah } from '../../core/format.ts';
import type { Agent, AgentContext, AgentResult, Reply, ResolvedFrame } from '../router/types.ts';
import { readReorderFacts, reorderAlerts, reorderFactsSql } from '../inventory/reorder-alert.ts';
import { canonicalUnit } from '../router/catalogue/item-math.ts';
import { contactName, dateText, dueDate, loadProducts, occurredAt, outstanding, sourceRef } from './context.ts';
import { postedSchema } from './posted.ts';
import { callFn, callFnThen } from './sql.ts';
import { belowCostText, bookingText, capitalize, changeText, debtBalanceText, downPaymentText, paidInFullText, oversoldText, splitTenderText, cashPartOf, summaryText, unitMismatchText, type StockAfter } from './text.ts';
import { paymentEcho } from './echo.ts';

const mismatch = (said: string | null, unit: string) => !!said && canonicalUnit(said) !== canonicalUnit(unit);

/** Sale lines priced under their product's average cost (a free line, total 0, is a gift, not a slip). */
function belowCost(lines: { product_id: string | null; qty: number; total: number }[], products: Map<string, { name: string; unit: string; avg_cost: number | null }>): string[] {
  return lines.flatMap((l) => {
    const p = l.product_id ? products.get(l.product_id) : undefined;
    const cost = p?.avg_cost ? Math.round(p.avg_cost) : 0;
    const perUnit = l.qty > 0 ? Math.round(l.total / l.qty) : 0;
    return p && cost > 0 && l.total > 0 && perUnit < cost ? [belowCostText(p.name, p.unit, perUnit, cost)] : [];
  });
}

function askReply(text: string): AgentResult {
  return { replies: [{ text }] };
}

async function bookGoods(kind: 'sale' | 'purchase', ctx: AgentContext, frame: ResolvedFrame): Promise<AgentResult> {
  const items = frame.items.filter((i) => i.qty > 0);
  if (items.length === 0) return askReply(kind === 'sale' ? 'Barang apa yang laku, Kak?' : 'Barang apa yang dibeli, Kak?');
  const products = await loadProducts(ctx.tx, ctx.tenant.id, items.flatMap((i) => (i.productId ? [i.productId] : [])), ctx.products);
  // A sale without a price takes the catalogue price (post_transaction does it); a purchase must say it.
  const catalogue = (id: string | null) => (kind === 'sale' && id ? (products.get(id)?.sell_price ?? null) : null);
  const missing = items.find((i) => i.total === null && i.unitPrice === null && catalogue(i.productId) === null);
  if (missing) return askReply(`Harga ${missing.name} berapa, Kak? Per ${missing.unit ?? 'satuan'} atau total?`);
  const credit = frame.payment === 'credit';
  if (credit && !frame.contactId && !frame.counterparty) {
    return askReply(kind === 'sale' ? 'Yang ngutang siapa, Kak?' : 'Ngutang ke siapa, Kak?');
  }

  const at = occurredAt(ctx, frame);
  const booking = {
    kind, payment: frame.payment ?? 'cash', source: ctx.source, source_ref: sourceRef(ctx),
    occurred_at: at.toISOString(), due_date: credit ? dueDate(ctx, frame) : null, contact_id: frame.contactId, counterparty_name: frame.counterparty && capitalize(frame.counterparty),
    created_by: ctx.member.id,
    lines: items.map((i) => {
      const p = i.productId ? products.get(i.productId) : undefined;
      // qty is in the base unit; what was said ("1 slop", "250 gram") is kept beside it.
      return {
        product_id: i.productId, description: p?.name ?? capitalize(i.name), qty: i.qty, unit: p && !mismatch(i.unit, p.unit) ? p.unit : i.unit,
        said_qty: i.said?.qty ?? null, said_unit: i.said?.unit ?? null, unit_price: i.unitPrice, total: i.total,
      };
    }),
  };
  // A sale reads its products' reorder facts in the same round trip (used only if it was booked now).
  const sold = items.flatMap((i) => (i.productId ? [i.productId] : []));
  const withFacts = kind === 'sale' && sold.length > 0;
  // "bayar 20rb sisanya ngutang": part paid at once. The total is known once the sale is priced, so the
  // booking can be taken back when the money paid already covers it.
  const saidPaid = credit && frame.paid_now ? frame.paid_now : null;
  if (saidPaid !== null) await ctx.tx.query('savepoint down_payment');
  const { result: posted, next: factRows } = withFacts
    ? await callFnThen(ctx.tx, 'post_transaction', [booking], postedSchema, reorderFactsSql(ctx.tenant.id, sold, ctx.now))
    : { result: await callFn(ctx.tx, 'post_transaction', [booking], postedSchema), next: [] };
  if (saidPaid !== null && saidPaid >= posted.total) {
    await ctx.tx.query('rollback to savepoint down_payment');
    return askReply(paidInFullText(saidPaid, posted.total));
  }
  // "dibayar separo", "2 tunai sebungkus diutang": a share of the total, known only now that it is priced.
  const shared = credit && frame.paid_share ? Math.round(posted.total * frame.paid_share) : 0;
  const downPayment = saidPaid ?? (shared > 0 && shared < posted.total ? shared : null);
  if (downPayment !== null) {
    await callFn(ctx.tx, 'record_down_payment', [ctx.tenant.id, posted.id, downPayment, (saidPaid !== null && frame.paid_now_via) || 'cash'], z.object({ payment_id: z.string() }));
  }
  // "bayar 50rb qris 20rb tunai": the cash part goes to the drawer, the rest came by QRIS. A part that is not less than
  // the total (the owner's numbers do not add up) leaves it all under the non-cash means, as said first.
  const split = cashPartOf(frame, posted.total);
  if (split !== null) await callFn(ctx.tx, 'record_cash_part', [ctx.tenant.id, posted.id, split], z.object({ cash_part: z.number() }));

  // Goods that never came in (cooked food, a product named at its first sale) are not kept in stock:
  // "Stok sisa -15 bks" and an oversold warning for the nasi uduk sold today only puzzle the owner.
  const facts = readReorderFacts(factRows);
  const unstocked = new Set([...facts.values()].filter((f) => !f.known).map((f) => f.id));
  const stock: StockAfter[] = posted.stock.flatMap((s) => {
    const p = products.get(s.product_id);
    return p && !unstocked.has(s.product_id) ? [{ name: p.name, unit: p.unit, level: s.level }] : [];
  });
  const extra: string[] = [];
  let note: string | null = null;
  if (credit && posted.contact_id) {
    const who = capitalize((await contactName(ctx.tx, ctx.tenant.id, posted.contact_id)) ?? posted.counterparty_name ?? '');
    const direction = kind === 'sale' ? 'receivable' : 'payable';
    note = kind === 'sale' ? `bon ${who}` : `utang ke ${who}`;
    if (downPayment !== null) {
      extra.push(downPaymentText(kind, downPayment, posted.total - downPayment, who));
    }
    extra.push(debtBalanceText(who, direction, await outstanding(ctx.tx, ctx.tenant.id, posted.contact_id, direction)));
  } else if (posted.counterparty_name) {
    note = kind === 'sale' ? capitalize(posted.counterparty_name) : `dari ${capitalize(posted.counterparty_name)}`;
  }
  if (split !== null) extra.push(splitTenderText(kind === 'sale' ? 'in' : 'out', posted.total - split, paymentEcho(frame.payment) ?? '', split));
  if (kind === 'sale' && !credit && frame.tendered) extra.push(changeText(frame.tendered, posted.total));
  if (kind === 'sale') extra.push(...stock.filter((s) => s.level < 0).map(oversoldText), ...belowCost(posted.lines, products));
  // The router converts units it can (lusin → pcs, ons → kg); "2 dus" of a product kept per bottle it cannot.
  for (const i of items) {
    const p = i.productId ? products.get(i.productId) : undefined;
    if (p && i.unit && mismatch(i.unit, p.unit)) extra.push(unitMismatchText(p.name, i.qty, i.unit, p.unit));
  }

  const lines = posted.lines.map((l, n) => ({
    description: l.description, qty: l.qty, unit: l.unit, unitPrice: l.unit_price, total: l.total,
    said: items[n]?.said ? { qty: items[n].said!.qty, unit: items[n].said!.unit } : null,
  }));
  const text = bookingText({ kind, note, dateText: dateText(ctx, at), total: posted.total, stock, extra, lines, stockLabel: kind === 'sale' ? 'Stok sisa' : 'Stok sekarang' });
  const replies: Reply[] = [{ text }];
  // A re-run of an already booked message changes nothing, so it alerts nothing either.
  if (withFacts && posted.created) {
    replies.push(...(await reorderAlerts(ctx, posted.stock.map((s) => s.product_id), facts)));
  }
  // The reply says the down payment on a line of its own; the one-line summary ("batal") carries it in the note.
  const summaryNote = downPayment !== null && note ? `${note}, DP ${formatRupiah(downPayment)}` : note;
  return { replies, booked: { kind: 'transaction', id: posted.id, summary: summaryText(kind, lines, posted.total, summaryNote), frame } };
}

export const sale: Agent = (ctx, frame) => bookGoods('sale', ctx, frame);
export const purchase: Agent = (ctx, frame) => bookGoods('purchase', ctx, frame);
