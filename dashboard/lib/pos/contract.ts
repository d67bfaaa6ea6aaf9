// The POS wire contract: what the cashier's page (browser, offline-first) and the server's /api/pos/*
// routes exchange. Both sides import these zod schemas, so a change here is a change on both ends.
// Pure: no Node or browser APIs (the page bundles it too).
//
// Money is whole rupiah (integers); quantities are in the unit the cashier sold (a pack name or the
// product's base unit). Ids made on the device are UUIDv7 (time-ordered), so a sale, its lines and its
// payments are idempotency keys the server can trust across retries, tabs and reloads.
import { z } from 'zod';

const uuid = z.uuid();
const rupiah = z.number().int().min(0).max(1_000_000_000_000);

/** A device code: 4 characters from an unambiguous alphabet, unique within a warung. */
/** The longest customer name a sale carries (the POS field stops there). */
export const CUSTOMER_NAME_MAX = 80;
export const DEVICE_CODE = /^[A-HJ-NP-Z2-9]{4}$/;
/** A receipt number: the device code and the device's own sequence, e.g. "K7QM-000123". */
export const RECEIPT_NO = /^([A-HJ-NP-Z2-9]{4})-(\d{6,})$/;
export const receiptNo = (deviceCode: string, seq: number) => `${deviceCode}-${String(seq).padStart(6, '0')}`;

// POST /api/pos/device: the logged-in session registers this browser as a POS device (once; the page
// keeps the answer in IndexedDB). Calling it again from the same session returns the same device.
export const DeviceRequest = z.object({ name: z.string().trim().max(60).optional() }).strict();
export const DeviceResponse = z.object({ deviceId: uuid, code: z.string().regex(DEVICE_CODE) });

// POST /api/pos/unlock: a cashier (or the owner/staff) unlocks this device with a PIN. Wrong PINs count
// per device and per member; after 5 wrong tries the device is locked for 5 minutes (429 locked:pin).
// The answer carries what the page needs to unlock offline later (a local verifier, see pos README).
export const UnlockRequest = z.object({ deviceId: uuid, pin: z.string().regex(/^\d{4,6}$/) }).strict();
export const UnlockResponse = z.object({
  memberId: uuid,
  name: z.string(),
  role: z.enum(['owner', 'staff', 'cashier']),
  canDiscount: z.boolean(),
  /** The device's last receipt number booked: a device that lost its storage counts on from it (its receipts repeated). */
  lastSeq: z.number().int().nonnegative().default(0),
});

// GET /api/pos/catalogue: everything the page sells from, cached in IndexedDB. `version` changes whenever
// anything in it changes (the page refetches on the live stream's "change" event and compares).
export const PackUnit = z.object({ name: z.string(), size: z.number().positive(), price: rupiah.nullable() });
export const CatalogueProduct = z.object({
  id: uuid,
  name: z.string(),
  /** The names the chat knows it by ("telor", "gas melon"): the search finds them too. Absent in catalogues saved before. */
  aliases: z.array(z.string()).default([]),
  category: z.string().nullable(),
  barcode: z.string().nullable(),
  unit: z.string(),
  price: rupiah.nullable(),
  /** null: not counted, no stock of it ever came in (cooked food, a product named at its first sale). */
  stock: z.number().nullable(),
  packs: z.array(PackUnit),
});
export const Catalogue = z.object({
  version: z.string(),
  tenant: z.object({
    name: z.string(),
    timezone: z.string(),
    qris: z.string().nullable(),
    allowCashierDiscount: z.boolean(),
  }),
  products: z.array(CatalogueProduct),
  customers: z.array(z.object({ id: uuid, name: z.string() })),
});

// POST /api/pos/sales: a batch of sales made on the device (oldest first). Each sale is booked in its
// own database transaction through post_transaction (source 'pos', source_ref 'pos:<sale id>'), so a
// retried batch books nothing twice and answers each sale's final state.
export const SaleLine = z.object({
  id: uuid,
  productId: uuid,
  qty: z.number().positive().max(100_000),
  /** A pack name from the catalogue ("slop", "dus"), or null for the product's base unit. */
  pack: z.string().nullable(),
  unitPrice: rupiah,
  /** Rupiah off this line (only when the cashier may give discounts). */
  discount: rupiah.default(0),
});
export const SalePayment = z.object({
  id: uuid,
  method: z.enum(['cash', 'qris', 'transfer', 'credit']),
  amount: rupiah,
  /** Cash handed over (cash only); change = tendered - amount. */
  tendered: rupiah.optional(),
});
export const Sale = z.object({
  id: uuid,
  deviceId: uuid,
  seq: z.number().int().positive(),
  receiptNo: z.string().regex(RECEIPT_NO),
  cashierId: uuid,
  occurredAt: z.iso.datetime({ offset: true }),
  customer: z.object({ id: uuid.optional(), name: z.string().trim().min(1).max(CUSTOMER_NAME_MAX).optional() }).nullable(),
  lines: z.array(SaleLine).min(1).max(200),
  /** One payment per sale in this version (split payments later); credit needs a customer. */
  payments: z.array(SalePayment).length(1),
});
/**
 * POST /api/pos/sales: `{ sales: Sale[] }`, 1–100. The envelope is checked first, then each sale on its own
 * (pos-routes.ts), so one sale the server cannot take (a typo of Rp999.999.999.999.999 cash) is answered "rejected"
 * while the others are booked; a whole batch refused kept every later sale on the device (a helper's try).
 */
export const SalesEnvelope = z.object({
  sales: z.array(z.unknown()).min(1).max(100),
  /** The device's clock when it sent the batch: how far it is off the server's corrects each sale's time. */
  sentAt: z.iso.datetime({ offset: true }).optional(),
}).strict();
/** What identifies a sale even when the rest of it is not valid, to answer it "rejected". */
export const SaleIdentity = z.object({ id: uuid, receiptNo: z.string().max(40) });

export const SaleResult = z.object({
  id: uuid,
  /** booked: new now; duplicate: booked before (same id), the same final state; rejected: never booked. */
  status: z.enum(['booked', 'duplicate', 'rejected']),
  transactionId: uuid.nullable(),
  receiptNo: z.string(),
  total: rupiah.nullable(),
  /** e.g. 'negative_stock' (booked anyway, the owner is told). */
  flags: z.array(z.string()),
  /** Error code when rejected (e.g. 'not_found:product'), and an Indonesian message for the cashier. */
  error: z.string().optional(),
  message: z.string().optional(),
});
export const SalesResponse = z.object({ results: z.array(SaleResult) });

// POST /api/pos/receipt: send a booked sale's receipt to a customer's WhatsApp through the warung's channel.
export const ReceiptRequest = z.object({ saleId: uuid, phone: z.string().trim().min(8).max(20) }).strict();

export type DeviceResponse = z.infer<typeof DeviceResponse>;
export type UnlockResponse = z.infer<typeof UnlockResponse>;
export type Catalogue = z.infer<typeof Catalogue>;
export type CatalogueProduct = z.infer<typeof CatalogueProduct>;
export type Sale = z.infer<typeof Sale>;
export type SaleLine = z.infer<typeof SaleLine>;
export type SalePayment = z.infer<typeof SalePayment>;
export type SaleResult = z.infer<typeof SaleResult>;
