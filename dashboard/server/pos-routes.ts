// The cashier's POS API (dashboard/lib/pos/contract.ts): register a device, unlock it with a PIN, the
// catalogue, a batch of offline sales (each booked once; one transaction a batch), and a receipt on
// WhatsApp. Owner, staff and cashier sessions; CSRF on every POST (guard.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { formatQty, formatRupiah } from '../../core/format.ts';
import { toE164 } from '../../core/phone.ts';
import type { SendText } from '../lib/login.ts';
import { verifyPin } from '../lib/pin.ts';
import { DeviceRequest, ReceiptRequest, Sale, SaleIdentity, SalesEnvelope, UnlockRequest, type SaleResult, type UnlockResponse } from '../lib/pos/contract.ts';
import { bookSales, loadCatalogue, receiptOf, type Booked, type NegativeStock } from '../lib/pos/queries.ts';
import { receiptText } from '../lib/pos/receipt.ts';
import type { Session } from '../lib/session.ts';
import { asService } from '../lib/sql.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, requireSession } from './guard.ts';

/** zod at the boundary: a bad body is a 400 with an error code, never a 500. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, message = 'Data yang dikirim tidak valid.'): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    throw new AppError('bad_request:body', { message, details: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  return r.data;
}

/**
 * Each sale of a batch checked on its own: valid ones to book, invalid ones answered "rejected" (with their place in
 * the batch). A sale without even a readable id cannot be answered, so the batch is refused as before.
 */
function checkSales(raw: unknown[]): { sales: Sale[]; invalid: { at: number; result: SaleResult }[] } {
  const sales: Sale[] = [];
  const invalid: { at: number; result: SaleResult }[] = [];
  raw.forEach((item, at) => {
    const sale = Sale.safeParse(item);
    if (sale.success) return void sales.push(sale.data);
    const who = parseBody(SaleIdentity, item, 'Data transaksi tidak valid.');
    invalid.push({ at, result: {
      id: who.id, status: 'rejected', transactionId: null, receiptNo: who.receiptNo, total: null, flags: [], error: 'invalid:sale',
      message: `Data transaksi tidak valid (${sale.error.issues.map((i) => i.path.join('.')).join(', ')}). Buat ulang transaksinya.`,
    } });
  });
  return { sales, invalid };
}

const post = async (request: FastifyRequest) => {
  checkCsrf(request);
  return requireSession(request);
};

/** The device of this warung (service role: the session was checked), or 404/403 with a code. */
async function deviceOf(s: Session, deviceId: string): Promise<void> {
  const { rows } = await asService<{ revoked: boolean }>(webContext().db,
    'select revoked_at is not null as revoked from pos_devices where tenant_id = $1 and id = $2', [s.tenantId, deviceId]);
  if (!rows[0]) throw new AppError('not_found:device', { message: 'Perangkat kasir tidak dikenal. Daftarkan ulang.' });
  if (rows[0].revoked) throw new AppError('forbidden:device', { message: 'Perangkat kasir ini sudah dihapus pemilik.' });
}

/**
 * A device's clock that is off by more than a few seconds moves its sales' times onto the server's: a sale is then dated
 * when it was made, and a stock count made after it (on another device, or the owner's page) is known to be after it
 * (pages try: a count saved 7 s after an offline sale took the sale out of the counted shelf again).
 */
export function onServerClock(sales: Sale[], sentAt: string | undefined, now = Date.now()): void {
  const off = sentAt === undefined ? 0 : now - Date.parse(sentAt);
  if (Math.abs(off) < 5_000) return;
  for (const sale of sales) sale.occurredAt = new Date(Date.parse(sale.occurredAt) + off).toISOString();
}

export function posRoutes(app: FastifyInstance, deps: { send: SendText }): void {
  const db = () => webContext().db;

  app.post('/api/pos/device', async (request) => {
    const s = await post(request);
    const b = parseBody(DeviceRequest, request.body ?? {});
    const { rows } = await asService<{ r: { device_id: string; code: string } }>(db(), 'select pos_register_device($1, $2) as r', [s.sessionId, b.name ?? null]);
    return { deviceId: rows[0]!.r.device_id, code: rows[0]!.r.code };
  });

  // A try is counted before the PIN is checked (pos_pin_try), so parallel guesses from any number of
  // processes stop at 5; a right PIN clears the count.
  app.post('/api/pos/unlock', async (request, reply): Promise<UnlockResponse | void> => {
    const s = await post(request);
    // The contract's answer for a locked device: 429 locked:pin (and when the lock ends).
    const locked = (lockedUntil: string | null, message: string) => reply.status(429).send({ error: 'locked:pin', message, lockedUntil });
    const b = parseBody(UnlockRequest, request.body, 'PIN harus 4–6 angka.');
    await deviceOf(s, b.deviceId);
    const tried = (await asService<{ r: { allowed: boolean; locked_until: string | null } }>(db(), 'select pos_pin_try($1, $2) as r', [s.tenantId, b.deviceId])).rows[0]!.r;
    if (!tried.allowed) return locked(tried.locked_until, 'Terlalu banyak PIN salah. Perangkat dikunci 5 menit.');
    const members = (await asService<{ id: string; name: string; role: UnlockResponse['role']; pin_hash: string; discount: boolean }>(db(),
      `select m.id, m.name, m.role, m.pin_hash, t.pos_cashier_discount as discount from members m join tenants t on t.id = m.tenant_id
        where m.tenant_id = $1 and m.active and m.pin_hash is not null and m.role in ('owner', 'staff', 'cashier')`, [s.tenantId])).rows;
    const checks = await Promise.all(members.map((m) => verifyPin(b.pin, m.pin_hash)));
    const who = members[checks.indexOf(true)];
    const after = (await asService<{ r: { failures: number; locked_until: string | null } }>(db(), 'select pos_pin_result($1, $2, $3) as r', [s.tenantId, b.deviceId, Boolean(who)])).rows[0]!.r;
    if (!who) {
      if (after.locked_until) return locked(after.locked_until, 'PIN salah 5 kali. Perangkat dikunci 5 menit.');
      // 403, not 401: the session is fine, only the PIN is wrong.
      return reply.status(403).send({ error: 'forbidden:pin', message: `PIN salah. Sisa ${Math.max(0, 5 - after.failures)} kali coba.`, remaining: Math.max(0, 5 - after.failures) });
    }
    const last = (await asService<{ seq: number }>(db(), 'select coalesce(max(seq), 0)::int as seq from pos_sales where tenant_id = $1 and device_id = $2',
      [s.tenantId, b.deviceId])).rows[0]!.seq;
    return { memberId: who.id, name: who.name, role: who.role, canDiscount: who.role === 'owner' || who.discount, lastSeq: last };
  });

  app.get('/api/pos/catalogue', async (request, reply) => {
    const s = await requireSession(request);
    const catalogue = await loadCatalogue(db(), s);
    reply.header('cache-control', 'no-store');
    return catalogue;
  });

  // Up to 100 sales (oldest first), booked in one transaction (each behind its own savepoint); one answer
  // per sale, in the batch's order. A database failure answers 500 for the batch: the device keeps its
  // sales and retries (booked ones come back as duplicates with the same state).
  app.post('/api/pos/sales', { bodyLimit: 4 * 1024 * 1024 }, async (request) => {
    const s = await post(request);
    const envelope = parseBody(SalesEnvelope, request.body, 'Data transaksi tidak valid.');
    const { sales, invalid } = checkSales(envelope.sales);
    onServerClock(sales, envelope.sentAt);
    const booked = sales.length ? await bookSales(db(), s, sales) : [];
    const below = booked.filter((x) => x.untoldNegative.length > 0);
    if (below.length) await tellOwners(s, below, deps.send).catch((err: unknown) => request.log.warn({ err }, 'negative stock notice failed'));
    const unallowed = booked.filter((x) => x.result.status === 'booked' && x.result.flags.includes('discount_not_allowed'));
    if (unallowed.length) await tellDiscounts(s, unallowed, sales, deps.send).catch((err: unknown) => request.log.warn({ err }, 'discount notice failed'));
    // In the batch's order: the booked ones' answers where their sales were, the invalid ones' beside them.
    const answers = [...booked.map((x) => x.result)];
    for (const { at, result } of invalid) answers.splice(at, 0, result);
    return { results: answers };
  });

  app.post('/api/pos/receipt', { config: { rateLimit: { max: 30, timeWindow: 60_000 } } }, async (request) => {
    const s = await post(request);
    const b = parseBody(ReceiptRequest, request.body, 'Nomor WhatsApp tidak valid.');
    const phone = toE164(b.phone);
    if (!phone) throw new AppError('bad_request:phone', { message: 'Nomor WhatsApp tidak valid. Contoh: 0812 3456 7890.' });
    const receipt = await receiptOf(db(), s, b.saleId);
    if (!receipt) throw new AppError('not_found:sale', { message: 'Transaksi belum terkirim ke server. Tunggu sampai terkirim, lalu coba lagi.' });
    // A code block keeps the 32 columns aligned in WhatsApp.
    await deps.send({ tenantId: s.tenantId, phone }, `\`\`\`\n${receiptText(receipt)}\n\`\`\``);
    return { ok: true, message: 'Struk terkirim ke WhatsApp.' };
  });
}

/**
 * Tells the warung's owners that POS sales took stock below zero: one message for a batch (a device back
 * online after a day of selling sends many such sales at once), with each product's lowest level and the
 * receipts. Queued once per owner (outbox dedupe key on the batch's first such sale), then the sales are
 * marked told, so a re-sent batch tells nobody again. A crash in between only means the next re-send
 * tries again (the dedupe key keeps it to one message).
 */
async function tellOwners(s: Session, sales: Booked[], send: SendText): Promise<void> {
  const db = webContext().db;
  const owners = await ownersOf(s);
  const lowest = new Map<string, NegativeStock>();
  for (const n of sales.flatMap((x) => x.untoldNegative)) {
    const seen = lowest.get(n.name);
    if (!seen || n.level < seen.level) lowest.set(n.name, n);
  }
  const items = [...lowest.values()].map((b) => `${b.name} ${formatQty(b.level)} ${b.unit}`).join(', ');
  const receipts = sales.map((x) => x.result.receiptNo);
  const which = receipts.length === 1 ? `penjualan kasir ${receipts[0]}` : `${receipts.length} penjualan kasir (${receipts[0]} s.d. ${receipts.at(-1)})`;
  const text = `Perhatian Kak: ${which} membuat stok minus: ${items}. Mungkin stok belum dicatat masuk; cek dan catat ya.`;
  const first = sales[0]!.result.id;
  for (const o of owners) await send({ tenantId: s.tenantId, memberId: o.id, phone: o.phone }, text, { dedupeKey: `pos:negative_stock:${first}:${o.id}` });
  await asService(db, 'update pos_sales set owner_told_at = now() where tenant_id = $1 and id = any($2::uuid[]) and owner_told_at is null', [s.tenantId, sales.map((x) => x.result.id)]);
}

/**
 * Tells the owners that a cashier gave a discount while discounts were off (a device unlocked before the switch, or
 * offline): the sale is booked as rung up, since the customer paid that (pos_book_sale flags it). Once per sale and
 * owner: the outbox dedupe key; a re-sent sale answers 'duplicate' and is not told again.
 */
async function tellDiscounts(s: Session, flagged: Booked[], sales: readonly Sale[], send: SendText): Promise<void> {
  const owners = await ownersOf(s);
  for (const { result } of flagged) {
    const off = sales.find((x) => x.id === result.id)?.lines.reduce((a, l) => a + l.discount, 0) ?? 0;
    const text = `Perhatian Kak: kasir memberi diskon ${formatRupiah(off)} di struk ${result.receiptNo}, padahal diskon kasir sedang dimatikan. `
      + 'Penjualannya tetap tercatat sesuai uang yang diterima. Cek di Transaksi ya.';
    for (const o of owners) await send({ tenantId: s.tenantId, memberId: o.id, phone: o.phone }, text, { dedupeKey: `pos:discount:${result.id}:${o.id}` });
  }
}

/** The warung's active owners, who are told what the POS booked anyway. */
const ownersOf = async (s: Session) =>
  (await asService<{ id: string; phone: string }>(webContext().db, `select id, phone from members where tenant_id = $1 and role = 'owner' and active`, [s.tenantId])).rows;
