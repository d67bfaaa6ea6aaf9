// Conversation state is read back from jsonb, so it is validated like any outside data.
// The schemas mirror the interfaces of types.ts (ResolvedFrame, BookedEvent).
import { z } from 'zod';
import { frameSchema } from '../../core/frame.ts';

export const resolvedItemSchema = z.object({
  productId: z.string().nullable(),
  name: z.string(),
  qty: z.number(),
  unit: z.string().nullable(),
  unitPrice: z.number().nullable(),
  total: z.number().nullable(),
  said: z.object({ qty: z.number(), unit: z.string(), size: z.number() }).nullable().optional(),
  stated: z.object({ unitPrice: z.number().nullable(), total: z.number().nullable(), shared: z.boolean().optional() }).nullable().optional(),
  typed: z.string().nullable().optional(),
});

export const resolvedFrameSchema = frameSchema.omit({ items: true }).extend({
  items: z.array(resolvedItemSchema),
  contactId: z.string().nullable(),
});

export const bookedEventSchema = z.object({
  kind: z.enum(['transaction', 'debt_payment', 'stock', 'price']),
  id: z.string(),
  summary: z.string(),
  frame: resolvedFrameSchema,
  refused: z.boolean().optional(),
});

/** A message on its way to an agent: the parsed frame plus what has been settled so far. */
export const workSchema = z.object({
  frame: frameSchema,
  /** Per frame item: the catalogue decision once made (null = not yet). */
  resolved: z.array(resolvedItemSchema.nullable()),
  /** Per frame item: how a bare price is meant, once the owner said so. */
  priceKind: z.array(z.enum(['unit', 'total', 'unsure', 'level', 'named', 'up', 'down']).nullable()).default([]),
  /** Set once the owner confirmed an unusual entry. */
  confirmed: z.boolean().default(false),
  /** A correction ("salah, harusnya 5"): the event to void right before this one is booked. */
  replaces: bookedEventSchema.nullable().default(null),
  /** The counterparty once the owner said who it is: a contact id, or 'new' for a new person. */
  contact: z.string().nullable().optional(),
});

const choice = z.object({ id: z.string(), name: z.string() });

/** Questions of debts in chat and of undo/review (agents/router/questions/). */
const reviewPendings = [
  /** "batal …" fitted several of today's entries: which one (then a yes). */
  z.object({ kind: z.literal('choose_undo'), events: z.array(bookedEventSchema) }),
  /** "tagih bu yati": the customer's WhatsApp number, asked once and kept on the contact. */
  z.object({ kind: z.literal('contact_phone'), contactId: z.string(), name: z.string() }),
  /** The reminder drafted for a customer, sent from the warung's number after the owner's yes. */
  z.object({ kind: z.literal('confirm_send'), contactId: z.string(), name: z.string(), phone: z.string(), text: z.string(), amount: z.number() }),
] as const;

export const pendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choose_product'), work: workSchema, index: z.number().int(), choices: z.array(choice) }),
  z.object({ kind: z.literal('new_product'), work: workSchema, index: z.number().int(), name: z.string(), suggested: z.number().nullable() }),
  z.object({ kind: z.literal('item_price'), work: workSchema, index: z.number().int() }),
  z.object({ kind: z.literal('price_kind'), work: workSchema, index: z.number().int() }),
  z.object({ kind: z.literal('confirm_book'), work: workSchema }),
  /** A count or goods corrected while the stated total was kept: does the total stay, or become `other` (recount.ts)? */
  z.object({ kind: z.literal('recount'), work: workSchema, index: z.number().int(), other: z.number() }),
  z.object({ kind: z.literal('counterparty'), work: workSchema }),
  /** more: "batal 3 terakhir" offers the ones before after this one's "ya", one at a time. */
  z.object({ kind: z.literal('confirm_undo'), event: bookedEventSchema, more: z.number().int().min(1).max(20).optional() }),
  /** The message lacked a piece (the goods, the amount): the answer is read together with it. */
  // `held`: goods counted with no verb, asked "Dicatat sebagai penjualan …?" (bare-goods.ts).
  z.object({ kind: z.literal('reparse'), text: z.string(), held: z.literal(true).optional() }),
  /** "1 dus Coca-Cola isinya berapa btl?": the answer is remembered as the product's pack unit. */
  /** perBase: asked as "1 kg Telur isi berapa butir?" (unitSaid), so the answer is pieces in one base unit. */
  z.object({ kind: z.literal('pack_size'), work: workSchema, index: z.number().int(), productId: z.string(), unit: z.string(),
    perBase: z.boolean().optional(), unitSaid: z.string().optional() }),
  /** "Bu Yanti itu Bu Yati, atau orang baru?" (or which of several): a contact, or a new one. */
  z.object({ kind: z.literal('person'), work: workSchema, name: z.string(), choices: z.array(choice) }),
  ...reviewPendings,
]);

export const onboardingSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('name') }),
  z.object({ step: z.literal('city'), name: z.string() }),
]);

export type Work = z.infer<typeof workSchema>;
export type Pending = z.infer<typeof pendingSchema>;
export type Onboarding = z.infer<typeof onboardingSchema>;
