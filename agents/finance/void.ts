// Undo what an agent booked ("batal", or the first half of "salah, harusnya 5"). Each kind goes through
// its SQL function (void_transaction, void_debt, void_debt_payment, void_stock_movement), which keeps
// stock, cost and debts right and is idempotent, so a retried message undoes once. Prices are put back here.
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { AgentContext, BookedEvent, Reply } from '../router/types.ts';
import { loadProduct } from './context.ts';
import { postedSchema } from './posted.ts';
import { callFn, one } from './sql.ts';

const num = z.coerce.number();
const voidRef = (ctx: AgentContext) => `void:inbox:${ctx.inboxId}`;
const done = (summary: string, tail = '') => [{ text: `Sudah dibatalkan ✅ ${summary}.${tail}` }];

async function voidTransaction(ctx: AgentContext, event: BookedEvent): Promise<Reply[]> {
  let r;
  // A refusal raised in SQL aborts the transaction; the savepoint keeps the rest of the message alive.
  await ctx.tx.query('savepoint void_transaction');
  try {
    r = await callFn(ctx.tx, 'void_transaction', [ctx.tenant.id, event.id, 'batal lewat chat', voidRef(ctx)], postedSchema);
  } catch (err) {
    if (err instanceof AppError && err.code === 'conflict:debt_has_payments') {
      await ctx.tx.query('rollback to savepoint void_transaction');
      return [{ text: 'Utang dari transaksi itu sudah dicicil, jadi tidak bisa dibatalkan lewat chat, Kak. Batalkan pembayarannya dulu.' }];
    }
    throw err;
  }
  if (r.voided === false) return [{ text: `Itu sudah dibatalkan sebelumnya, Kak: ${event.summary}.` }];
  const restored = r.stock.length > 0 && (r.kind === 'sale' || r.kind === 'purchase');
  // void_transaction took the down payment paid at it back too ("bayar 20rb sisanya ngutang").
  const dp = await one(ctx.tx, `select amount from debt_payments where tenant_id = $1 and transaction_id = $2`, [ctx.tenant.id, event.id], z.object({ amount: num }));
  return done(event.summary, `${restored ? ' Stok dikembalikan.' : ''}${dp ? ` DP ${formatRupiah(dp.amount)} ikut dibatalkan.` : ''}`);
}

/** A debt recorded on its own (debt_add): void_debt, refused when something was already paid on it. */
async function voidDebt(ctx: AgentContext, debtId: string, summary: string): Promise<Reply[]> {
  let r;
  try {
    r = await callFn(ctx.tx, 'void_debt', [ctx.tenant.id, debtId, 'batal lewat chat'], z.object({ voided: z.boolean(), paid: num }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found:debt') return [{ text: 'Maaf Kak, catatan utangnya tidak ketemu.' }];
    if (err instanceof AppError && err.code === 'conflict:debt_has_payments') {
      return [{ text: 'Utang itu sudah dicicil, jadi tidak bisa dibatalkan lewat chat, Kak. Batalkan pembayarannya dulu.' }];
    }
    throw err;
  }
  if (!r.voided) return [{ text: `Itu sudah dibatalkan sebelumnya, Kak: ${summary}.` }];
  return done(summary);
}

const paymentVoided = z.object({ voided: z.boolean(), remaining: num, deposit: num });

/** A debt payment: void_debt_payment, the one way (idempotent; the payment row stays, marked voided). */
async function voidPayment(ctx: AgentContext, event: BookedEvent): Promise<Reply[]> {
  let r;
  try {
    r = await callFn(ctx.tx, 'void_debt_payment', [ctx.tenant.id, event.id, 'batal lewat chat'], paymentVoided);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found:debt_payment') return [{ text: 'Maaf Kak, catatan pembayarannya tidak ketemu.' }];
    throw err;
  }
  if (!r.voided) return [{ text: `Itu sudah dibatalkan sebelumnya, Kak: ${event.summary}.` }];
  return done(event.summary, r.remaining > 0 ? ` Sisa utang jadi ${formatRupiah(r.remaining)}.` : '');
}

/** stock_in / opname: each movement (the id lists them) is undone by void_stock_movement, which also
 * takes a stock-in's cost back out of the average. */
async function voidStock(ctx: AgentContext, event: BookedEvent): Promise<Reply[]> {
  const after: string[] = [];
  let undone = 0;
  for (const [n, id] of event.id.split(',').entries()) {
    let r;
    try {
      r = await callFn(ctx.tx, 'void_stock_movement', [ctx.tenant.id, Number(id), `${voidRef(ctx)}:${n + 1}`, 'batal lewat chat'],
        z.object({ product_id: z.string(), voided: z.boolean() }));
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found:stock_movement') return [{ text: 'Maaf Kak, catatan stoknya tidak ketemu.' }];
      throw err;
    }
    if (r.voided) undone += 1;
    const p = await loadProduct(ctx.tx, ctx.tenant.id, r.product_id);
    if (p) after.push(`${p.name} sekarang ${formatQty(p.level)} ${p.unit}`);
  }
  if (undone === 0) return [{ text: `Itu sudah dibatalkan sebelumnya, Kak: ${event.summary}.` }];
  return done(event.summary, after.length ? ` Stok ${after.join(', ')}.` : '');
}

/** price_set: each old price is read back from the audit row the change wrote (the id lists them). */
async function voidPrice(ctx: AgentContext, event: BookedEvent): Promise<Reply[]> {
  const back: string[] = [];
  for (const id of event.id.split(',')) {
    const a = await one(ctx.tx, `select entity_id, (data ->> 'old')::bigint as old from audit_log
       where tenant_id = $1 and id = $2 and action = 'product.price_set'`, [ctx.tenant.id, Number(id)],
      z.object({ entity_id: z.string(), old: num.nullable() }));
    if (!a) return [{ text: 'Maaf Kak, perubahan harganya tidak ketemu.' }];
    await ctx.tx.query(`update products set sell_price = $3, updated_at = now() where tenant_id = $1 and id = $2`, [ctx.tenant.id, a.entity_id, a.old]);
    if (a.old !== null) back.push(formatRupiah(a.old));
  }
  return done(event.summary, back.length === 1 ? ` Harga kembali ${back[0]}.` : back.length > 1 ? ' Harga kembali seperti sebelumnya.' : '');
}

export async function voidBooked(ctx: AgentContext, event: BookedEvent): Promise<Reply[]> {
  switch (event.kind) {
    case 'transaction':
      return event.id.startsWith('debt:') ? voidDebt(ctx, event.id.slice(5), event.summary) : voidTransaction(ctx, event);
    case 'debt_payment':
      return voidPayment(ctx, event);
    case 'stock':
      return voidStock(ctx, event);
    case 'price':
      return voidPrice(ctx, event);
  }
}
