// A warung's books in the model: transactions (sale, purchase) over Stock and Debts, and cash by
// payment method. Each method mirrors one SQL function; ids are given by the caller (the test uses
// the database's ids, so the two can be compared row by row).
import { Debts, type Direction } from './debts.ts';
import { Stock } from './stock.ts';

export type Method = 'cash' | 'qris' | 'transfer';
export type Payment = Method | 'credit';

export interface Line { productId: string; qty: bigint; total: bigint }
export interface Tx {
  id: string; kind: 'sale' | 'purchase'; payment: Payment; contactId: string | null; lines: Line[];
  total: bigint; cogs: bigint | null; status: 'posted' | 'voided'; debtId: string | null;
}

export class Books {
  readonly stock = new Stock();
  readonly debts = new Debts();
  readonly txs = new Map<string, Tx>();

  /** post_transaction for goods; a credit booking makes a debt (id debtId) paid from deposits first. */
  post(t: Omit<Tx, 'total' | 'cogs' | 'status'>): Tx {
    let cogs: bigint | null = 0n;
    for (const l of t.lines) {
      if (t.kind === 'sale') {
        const known = this.stock.product(l.productId).avg !== null;
        const m = this.stock.sell(l.productId, l.qty, t.id);
        cogs = cogs === null || !known ? null : cogs + m.cogs;
      } else {
        this.stock.buy(l.productId, l.qty, l.total, t.id);
      }
    }
    const tx: Tx = { ...t, total: t.lines.reduce((s, l) => s + l.total, 0n), cogs: t.kind === 'sale' ? cogs : null, status: 'posted' };
    this.txs.set(t.id, tx);
    if (t.payment === 'credit') {
      this.debts.add(t.debtId!, t.contactId!, t.kind === 'sale' ? 'receivable' : 'payable', tx.total);
    }
    return tx;
  }

  /** void_transaction: 'voided', 'already', or the refusal when its debt has payments. */
  voidTx(id: string): 'voided' | 'already' | 'conflict:debt_has_payments' {
    const tx = this.txs.get(id)!;
    if (tx.status === 'voided') return 'already';
    if (tx.debtId) {
      const r = this.debts.voidDebt(tx.debtId);
      if (r === 'conflict:debt_has_payments') return r;
    }
    this.stock.voidTx(id);
    tx.status = 'voided';
    return 'voided';
  }

  payDebt(id: string, contactId: string, direction: Direction, amount: bigint, method: Method) {
    return this.debts.pay(id, contactId, direction, amount, method);
  }

  /** Money in (+) and out (−) by payment method: posted cash sales and purchases, non-voided debt payments. */
  cash(): Record<Method, bigint> {
    const r: Record<Method, bigint> = { cash: 0n, qris: 0n, transfer: 0n };
    for (const t of this.txs.values()) {
      if (t.status !== 'posted' || t.payment === 'credit') continue;
      r[t.payment] += t.kind === 'sale' ? t.total : -t.total;
    }
    for (const p of this.debts.payments.values()) {
      if (!p.voided) r[p.method] += p.direction === 'receivable' ? p.amount : -p.amount;
    }
    return r;
  }
}
