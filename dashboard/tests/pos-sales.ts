// Sales as a POS device makes them offline (UUIDv7 ids, device code + sequence), for tests and the bench.
import { receiptNo, type Sale, type SaleLine } from '../lib/pos/contract.ts';

/** A UUIDv7: 48 bits of milliseconds, then random bits (RFC 9562). */
export function uuidv7(now = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  const ms = BigInt(now);
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface DeviceState { deviceId: string; code: string; seq: number; cashierId: string }

type LineIn = Omit<SaleLine, 'id' | 'discount' | 'pack'> & { discount?: number; pack?: string | null };

/** The next sale of a device: lines priced as given, paid in one payment of their total. */
export function makeSale(d: DeviceState, lines: LineIn[], pay: { method?: Sale['payments'][0]['method']; tendered?: number; customer?: Sale['customer'] } = {}): Sale {
  d.seq += 1;
  const full = lines.map((l) => ({ id: uuidv7(), pack: null, discount: 0, ...l }));
  const total = full.reduce((sum, l) => sum + Math.round(l.qty * l.unitPrice) - l.discount, 0);
  const method = pay.method ?? 'cash';
  return {
    id: uuidv7(), deviceId: d.deviceId, seq: d.seq, receiptNo: receiptNo(d.code, d.seq), cashierId: d.cashierId,
    occurredAt: new Date().toISOString(), customer: pay.customer ?? null, lines: full,
    payments: [{ id: uuidv7(), method, amount: total, ...(method === 'cash' ? { tendered: pay.tendered ?? total } : {}) }],
  };
}
