// Stock of one warung in the model: products with level, average and movements, every movement
// booked the way internal.book_movement books it (cost in, cogs out, value = round(avg × level)).
import { avgAfterInflow, avgAfterRemoval, clamp, stockValue } from './costing.ts';
import { roundDiv, VAL } from './num.ts';

export type MoveKind = 'sale' | 'purchase' | 'void' | 'stock_in' | 'adjustment' | 'opname';

export interface Movement {
  id: number;
  productId: string;
  qty: bigint;
  kind: MoveKind;
  /** AVG units; for a purchase its unit cost, for a sale the average it left at. */
  unitCost: bigint | null;
  cost: bigint;
  cogs: bigint;
  txId: string | null;
  reverses: number | null;
  /** Logical time the movement counts at (Stock.clock when booked; a count as of earlier: just before then). */
  at: number;
}

export interface Product {
  id: string;
  level: bigint;
  avg: bigint | null;
}

export class Stock {
  readonly products = new Map<string, Product>();
  readonly movements: Movement[] = [];
  /** Transactions whose rows left the books (voided). */
  readonly voidedTx = new Set<string>();
  /** Logical time: the caller advances it (one tick per operation) to place counts "as of" earlier. */
  clock = 0;

  product(id: string): Product {
    let p = this.products.get(id);
    if (!p) {
      p = { id, level: 0n, avg: null };
      this.products.set(id, p);
    }
    return p;
  }

  value(id: string): bigint {
    const p = this.product(id);
    return stockValue(p.avg, p.level);
  }

  /** internal.book_movement: cogs = value before + cost − removed − value after. */
  book(m: Omit<Movement, 'id' | 'cogs' | 'at'> & { at?: number }, newAvg: bigint | null, removed = 0n): Movement {
    const p = this.product(m.productId);
    const before = stockValue(p.avg, p.level);
    const after = stockValue(newAvg, p.level + m.qty);
    const row: Movement = { ...m, at: m.at ?? this.clock, id: this.movements.length + 1, cogs: before + m.cost - removed - after };
    this.movements.push(row);
    p.level += m.qty;
    p.avg = newAvg;
    return row;
  }

  /** internal.cost_range: unit costs of goods still counted as bought (a stock-in without cost is no price paid). */
  costRange(productId: string, skipTx: string | null, skipMove: number | null): { lo: bigint | null; hi: bigint | null } {
    const reversed = new Set(this.movements.filter((m) => m.reverses !== null).map((m) => m.reverses));
    let lo: bigint | null = null;
    let hi: bigint | null = null;
    for (const m of this.movements) {
      if (m.productId !== productId || m.qty <= 0n || m.unitCost === null) continue;
      const counted = m.kind === 'purchase'
        ? m.txId !== skipTx && !this.voidedTx.has(m.txId!)
        : ((m.kind === 'stock_in' && m.cost !== 0n) || m.kind === 'adjustment') && m.txId === null && m.id !== skipMove && !reversed.has(m.id);
      if (!counted) continue;
      lo = lo === null || m.unitCost < lo ? m.unitCost : lo;
      hi = hi === null || m.unitCost > hi ? m.unitCost : hi;
    }
    return { lo, hi };
  }

  sell(productId: string, qty: bigint, txId: string): Movement {
    const p = this.product(productId);
    return this.book({ productId, qty: -qty, kind: 'sale', unitCost: p.avg, cost: 0n, txId, reverses: null }, p.avg);
  }

  buy(productId: string, qty: bigint, total: bigint, txId: string): Movement {
    const p = this.product(productId);
    return this.book({ productId, qty, kind: 'purchase', unitCost: roundDiv(total * VAL, qty), cost: total, txId, reverses: null },
      avgAfterInflow(p.level, p.avg, qty, total * VAL));
  }

  /** void_transaction's stock part: each row reversed in order, the transaction's rows leave the books. */
  voidTx(txId: string): void {
    this.voidedTx.add(txId);
    for (const m of this.movements.filter((x) => x.txId === txId && (x.kind === 'sale' || x.kind === 'purchase'))) {
      const p = this.product(m.productId);
      const range = this.costRange(m.productId, txId, null);
      let avg: bigint | null;
      if (m.kind === 'sale') {
        avg = m.unitCost === null || p.avg === null ? p.avg
          : clamp(avgAfterInflow(p.level, p.avg, -m.qty, -m.qty * m.unitCost), range.lo, range.hi);
      } else {
        avg = avgAfterRemoval(p.level, p.avg, m.qty, m.cost, range.lo, range.hi);
      }
      this.book({ productId: m.productId, qty: -m.qty, kind: 'void', unitCost: m.unitCost, cost: 0n, txId, reverses: null }, avg, m.cost - m.cogs);
    }
  }

  /** add_stock: unit cost in AVG units (null = at the average). */
  addStock(productId: string, qty: bigint, unitCost: bigint | null): Movement {
    const p = this.product(productId);
    const kind = qty > 0n ? 'stock_in' : 'adjustment';
    if (unitCost === null) return this.book({ productId, qty, kind, unitCost: p.avg, cost: 0n, txId: null, reverses: null }, p.avg);
    const cost = roundDiv(qty * unitCost, VAL);
    return this.book({ productId, qty, kind, unitCost, cost, txId: null, reverses: null }, avgAfterInflow(p.level, p.avg, qty, qty * unitCost));
  }

  /** set_stock_count as of now, or as of the moment just before logical time `asOf` (later movements stay on top). */
  count(productId: string, counted: bigint, asOf?: number): Movement {
    const p = this.product(productId);
    const before = asOf === undefined ? p.level
      : this.movements.filter((m) => m.productId === productId && m.at < asOf).reduce((s, m) => s + m.qty, 0n);
    return this.book({ productId, qty: counted - before, kind: 'opname', unitCost: p.avg, cost: 0n, txId: null, reverses: null,
      at: asOf === undefined ? this.clock : asOf - 0.5 }, p.avg);
  }

  /** void_stock_movement; null when already undone. */
  undo(moveId: number): Movement | null {
    const m = this.movements[moveId - 1]!;
    if (this.movements.some((x) => x.reverses === moveId)) return null;
    const p = this.product(m.productId);
    const range = this.costRange(m.productId, null, m.id);
    const avg = m.cost !== 0n ? avgAfterRemoval(p.level, p.avg, m.qty, m.cost, range.lo, range.hi)
      : p.avg === null ? null : clamp(p.avg, range.lo, range.hi);
    // Undoing a stock-in, loss or count takes its time, as void_stock_movement does (migration 20261205100000): "batal"
    // rewrites the moment it was booked, so a count as of a moment after it still sees what was on the shelf then.
    return this.book({ productId: m.productId, qty: -m.qty, kind: 'void', unitCost: m.unitCost, cost: -m.cost, txId: null, reverses: m.id, at: m.at }, avg);
  }

  /** Books of goods (view cost_ledger): goods bought and cost of goods, over rows that count. */
  totals(productId?: string): { bought: bigint; cogs: bigint } {
    let bought = 0n;
    let cogs = 0n;
    for (const m of this.movements) {
      if (productId && m.productId !== productId) continue;
      if ((m.kind === 'sale' || m.kind === 'purchase') && this.voidedTx.has(m.txId!)) continue;
      bought += m.cost;
      cogs += m.cogs;
    }
    return { bought, cogs };
  }
}
