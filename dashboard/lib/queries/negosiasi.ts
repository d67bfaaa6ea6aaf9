// Reads of the Negosiasi page: the list and one negotiation, each one SQL function called as the member.
import { z } from 'zod';
import type { Db } from '../../../core/db/open.ts';
import { withActor } from '../../../core/db/tenant.ts';
import { actorOf, type Session } from '../session.ts';

const rupiah = z.coerce.number().int();
const when = z.coerce.date();

const listRow = z.object({
  id: z.string(), item: z.string(), qty: z.coerce.number(), unit: z.string(), status: z.string(), max_price: rupiah.nullable(),
  created_at: when, deadline: when.nullable(), suppliers: z.coerce.number(), messages: z.coerce.number(),
  first_quote: rupiah.nullable(), chosen_name: z.string().nullable(), chosen_price: rupiah.nullable(), saving: rupiah.nullable(),
  transaction_id: z.string().nullable(),
});
export type NegotiationListRow = z.infer<typeof listRow>;

const detail = z.object({
  id: z.string(), item: z.string(), qty: z.coerce.number(), unit: z.string(), status: z.string(), max_price: rupiah.nullable(),
  target_price: rupiah.nullable(), last_price: rupiah.nullable(), market_price: rupiah.nullable(),
  created_at: when, deadline: when.nullable(), summary_at: when.nullable(), transaction_id: z.string().nullable(),
  created_by: z.string().nullable(), first_quote: rupiah.nullable(), chosen_name: z.string().nullable(),
  chosen_price: rupiah.nullable(), chosen_first_quote: rupiah.nullable(), delivery: rupiah.nullable(), saving: rupiah.nullable(),
  suppliers: z.array(z.object({
    contact_id: z.string(), name: z.string(), status: z.string(), our_offer: rupiah.nullable(), their_price: rupiah.nullable(),
    delivery: rupiah.nullable(), first_quote: rupiah.nullable(),
  })),
  messages: z.array(z.object({ at: when, name: z.string(), direction: z.string(), price: rupiah.nullable(), body: z.string().nullable() })),
});
export type NegotiationDetail = z.infer<typeof detail>;

export const negotiations = (db: Db, s: Session): Promise<NegotiationListRow[]> =>
  withActor(db, actorOf(s), async (tx) =>
    (await tx.query('select * from dashboard_negotiations($1, 200)', [s.tenantId])).rows.map((r) => listRow.parse(r)));

/** One negotiation, or null when it is not this warung's (or not a negotiation id at all). */
export async function negotiation(db: Db, s: Session, id: string): Promise<NegotiationDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await withActor(db, actorOf(s), async (tx) => {
      const { rows } = await tx.query<{ r: unknown }>('select dashboard_negotiation($1, $2) as r', [s.tenantId, id]);
      return detail.parse(rows[0]!.r);
    });
  } catch (e) {
    if (e instanceof Error && e.message === 'not_found:negotiation') return null;
    throw e;
  }
}

/** Status words the owner reads. */
export const statusName: Record<string, string> = {
  open: 'sedang ditawar', deciding: 'menunggu pilihan', agreed: 'disepakati', ordered: 'dipesan',
  cancelled: 'tidak jadi', expired: 'kedaluwarsa', failed: 'tidak ada yang cocok',
};
export const supplierStatusName: Record<string, string> = {
  asked: 'belum membalas', bargaining: 'tawar-menawar', agreed: 'setuju', final: 'harga terakhir', declined: 'tidak ada',
  walked: 'di atas batas', silent: 'tidak membalas', ordered: 'dipesan', thanked: 'tidak diambil',
};
/** What each log row is, as a short label beside the message. */
export const directionName: Record<string, string> = {
  ask: 'minta harga', offer: 'balasan supplier', counter: 'tawaran kita', question: 'pertanyaan', accept: 'terima (tunggu pemilik)',
  hold: 'tunggu pemilik', walk: 'mundur', noted: 'dicatat', nudge: 'pengingat', order: 'pesanan', thanks: 'terima kasih',
};
export const isOpen = (status: string) => status === 'open' || status === 'deciding';
