// Debts and deposits (titipan) per person in the model, the way record_debt_payment, add_debt,
// void_debt_payment and internal.apply_deposits keep them: payments settle open debts oldest first,
// what is left is the person's deposit and pays the next debt.

export type Direction = 'receivable' | 'payable';

export interface Debt { id: string; contactId: string; direction: Direction; amount: bigint; paid: bigint; status: 'open' | 'paid' | 'void'; seq: number }
export interface Payment {
  id: string; contactId: string; direction: Direction; amount: bigint; applied: bigint; voided: boolean; seq: number;
  method: 'cash' | 'qris' | 'transfer';
  allocations: Map<string, bigint>;
}

export class Debts {
  readonly debts = new Map<string, Debt>();
  readonly payments = new Map<string, Payment>();
  private seq = 0;

  private open(contactId: string, direction: Direction): Debt[] {
    return [...this.debts.values()].filter((d) => d.contactId === contactId && d.direction === direction && d.status === 'open')
      .sort((a, b) => a.seq - b.seq);
  }

  private allocate(p: Payment, rest: bigint): bigint {
    for (const d of this.open(p.contactId, p.direction)) {
      if (rest === 0n) break;
      const part = rest < d.amount - d.paid ? rest : d.amount - d.paid;
      if (part <= 0n) continue;
      d.paid += part;
      if (d.paid === d.amount) d.status = 'paid';
      p.allocations.set(d.id, (p.allocations.get(d.id) ?? 0n) + part);
      p.applied += part;
      rest -= part;
    }
    return rest;
  }

  /** internal.apply_deposits */
  applyDeposits(contactId: string, direction: Direction): void {
    const pays = [...this.payments.values()].filter((p) => p.contactId === contactId && p.direction === direction && !p.voided && p.amount > p.applied)
      .sort((a, b) => a.seq - b.seq);
    for (const p of pays) this.allocate(p, p.amount - p.applied);
  }

  /** A debt from a credit booking or add_debt; paid from deposits first. */
  add(id: string, contactId: string, direction: Direction, amount: bigint): Debt {
    const d: Debt = { id, contactId, direction, amount, paid: 0n, status: 'open', seq: ++this.seq };
    this.debts.set(id, d);
    this.applyDeposits(contactId, direction);
    return d;
  }

  pay(id: string, contactId: string, direction: Direction, amount: bigint, method: Payment['method']): Payment {
    const p: Payment = { id, contactId, direction, amount, applied: 0n, voided: false, seq: ++this.seq, method, allocations: new Map() };
    this.payments.set(id, p);
    this.allocate(p, amount);
    return p;
  }

  /** void_debt_payment; false when it was voided already. */
  voidPayment(id: string): boolean {
    const p = this.payments.get(id)!;
    if (p.voided) return false;
    for (const [debtId, amount] of p.allocations) {
      const d = this.debts.get(debtId)!;
      d.paid -= amount;
      if (d.status !== 'void') d.status = 'open';
    }
    p.voided = true;
    this.applyDeposits(p.contactId, p.direction);
    return true;
  }

  /** void_debt / the debt part of void_transaction: refused when something was paid. */
  voidDebt(id: string): 'voided' | 'already' | 'conflict:debt_has_payments' {
    const d = this.debts.get(id)!;
    if (d.status === 'void') return 'already';
    if (d.paid > 0n) return 'conflict:debt_has_payments';
    d.status = 'void';
    return 'voided';
  }

  balance(contactId: string, direction: Direction): { outstanding: bigint; deposit: bigint } {
    let outstanding = 0n;
    let deposit = 0n;
    for (const d of this.debts.values()) if (d.contactId === contactId && d.direction === direction && d.status === 'open') outstanding += d.amount - d.paid;
    for (const p of this.payments.values()) if (p.contactId === contactId && p.direction === direction && !p.voided) deposit += p.amount - p.applied;
    return { outstanding, deposit };
  }
}
