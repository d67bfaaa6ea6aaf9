// negotiation_suppliers.state comes back from the database: validated, never cast.
import { z } from 'zod';
import type { Thread } from './thread.ts';

const rupiah = z.number().int().nonnegative();
const statuses = ['asked', 'bargaining', 'agreed', 'final', 'declined', 'walked', 'silent', 'ordered', 'thanked'] as const;

export const threadSchema = z.object({
  status: z.enum(statuses),
  offers: z.array(rupiah),
  asks: z.array(rupiah),
  asked: z.boolean(),
  pendingText: z.string().nullable(),
  agreed: rupiah.nullable(),
  raisedFrom: rupiah.nullable(),
  delivery: rupiah.nullable(),
  terms: z.union([z.object({ kind: z.literal('cash') }), z.object({ kind: z.literal('tempo'), days: z.number().int().positive() })]).nullable(),
  available: z.number().nonnegative().nullable(),
  // Threads saved before the minimum order was kept have none.
  minimum: z.number().positive().nullable().default(null),
  when: z.string().nullable(),
  // Threads saved before the size was kept have none.
  size: z.object({ size: z.number().positive(), base: z.string() }).nullable().default(null),
  // Threads saved before the brand was kept have none.
  brand: z.string().nullable().default(null),
  // Threads saved before pack sizes were kept have none.
  sizes: z.array(z.object({ pack: z.string(), size: z.number().positive(), base: z.string() })).default([]),
  nudged: z.boolean(),
}) satisfies z.ZodType<Thread>;

export const parseThread = (v: unknown): Thread => threadSchema.parse(v);
