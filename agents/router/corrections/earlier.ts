// An earlier entry of today, read back from the books as the frame it was booked from, so a correction naming its goods
// ("koreksi, cabenya tadi 25rb bukan 30rb" after another entry) re-books it in place like the last one (owner try: it
// was only offered to undo and send again). Null when the books hold more than its lines say (a discount, delivery, a
// cash part, a down payment): those were said in the message and are not in the lines, so it is offered to undo as before.
import { z } from 'zod';
import { prepared } from '../../../core/db/tenant.ts';
import { localDate, zoneOffsetMinutes } from '../../../core/format.ts';
import { statedMoney, type Stated } from '../catalogue/item-math.ts';
import { priceKinds } from '../understand.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, ResolvedFrame } from '../types.ts';
import { todaysEntries, type Entry } from '../../finance/review.ts';

const num = z.coerce.number();
const lineRow = z.object({
  product_id: z.string().nullable(), description: z.string(), qty: num, unit: z.string().nullable(), unit_price: num, total: num,
  said_qty: num.nullable(), said_unit: z.string().nullable(),
  kind: z.enum(['sale', 'purchase', 'expense', 'income']), payment: z.enum(['cash', 'qris', 'transfer', 'credit']), tx_total: num,
  contact_id: z.string().nullable(), counterparty: z.string().nullable(), category: z.string().nullable(), at: z.date(),
  source_ref: z.string().nullable(), adjusted: z.boolean(),
});

export async function earlierEvent(env: Env, event: BookedEvent): Promise<BookedEvent | null> {
  if (event.kind !== 'transaction') return null;
  const { rows } = await prepared(env.tx,
    `select l.product_id::text, l.description, l.qty, l.unit, l.unit_price, l.total, l.said_qty, l.said_unit,
            t.kind, t.payment, t.total as tx_total, t.contact_id::text, coalesce(c.name, t.counterparty_name) as counterparty,
            t.category, t.occurred_at as at, t.source_ref,
            (t.cash_part is not null or exists (select 1 from public.debt_payments p where p.tenant_id = t.tenant_id
               and p.transaction_id = t.id and p.voided_at is null)) as adjusted
       from public.transaction_lines l join public.transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
       left join public.contacts c on c.id = t.contact_id and c.tenant_id = t.tenant_id
      where t.tenant_id = $1 and t.id = $2 and t.status = 'posted' order by l.line_no`, [env.agentCtx.tenant.id, event.id]);
  const lines = rows.map((r) => lineRow.parse(r));
  const head = lines[0];
  if (!head || head.kind === 'income' || head.adjusted) return null;
  // A discount or delivery cost moved the total away from its lines.
  if (lines.reduce((s, l) => s + l.total, 0) !== head.tx_total) return null;
  const said = await saidMoney(env, head.source_ref, lines);
  const frame: ResolvedFrame = {
    intent: head.kind, amount: head.tx_total, counterparty: head.counterparty, contactId: head.contact_id, direction: null,
    category: head.category, date: localDate(head.at, env.agentCtx.tenant.timezone), period: null, max_unit_price: null, payment: head.payment,
    items: lines.map((l, k) => ({
      productId: l.product_id, name: l.description, qty: l.qty, unit: l.unit, unitPrice: l.unit_price, total: l.total,
      said: l.said_qty !== null && l.said_unit ? { qty: l.said_qty, unit: l.said_unit, size: l.qty / l.said_qty } : null,
      // The line's money as the owner said it, else its total (a count changed at the shelf price is priced again:
      // applyCorrection).
      stated: said?.[k] ?? { unitPrice: null, total: l.total },
    })),
  };
  return { ...event, frame };
}

/**
 * The money of each line as the owner said it in the message that booked it ("teh pucuk 5 botol @3500": a price each, so
 * "harusnya 4 botol" is 4 × Rp3.500; the books alone keep the total, and Rp17.500 was shared over 4 bottles). Null when
 * that message cannot be read back line for line (a part of a message, a voice note unheard, other goods or counts).
 */
async function saidMoney(env: Env, sourceRef: string | null, lines: z.infer<typeof lineRow>[]): Promise<Stated[] | null> {
  const inbox = /^inbox:(\d+)$/.exec(sourceRef ?? '')?.[1];
  if (!inbox) return null;
  const { rows } = await prepared<{ text: string | null }>(env.tx,
    `select coalesce(transcript, body) as text from public.inbox where tenant_id = $1 and id = $2`, [env.agentCtx.tenant.id, inbox]);
  const text = rows[0]?.text;
  if (!text) return null;
  const { confidence: _c, ask: _a, ...frame } = env.deps.parse(text, { now: env.now, offsetMinutes: zoneOffsetMinutes[env.agentCtx.tenant.timezone] });
  if (frame.items.length !== lines.length || frame.items.some((i, k) => i.qty !== (lines[k]!.said_qty ?? lines[k]!.qty))) return null;
  const kinds = priceKinds(text, frame, false);
  return frame.items.map((i, k) => statedMoney(i, kinds[k] ?? null));
}

/** The words of an entry's goods' names (three letters or more): said back, they name the entry. */
export const entryWords = (names: string[]) => new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3));

/** Today's standing transactions that `keep` takes, newest first, each with its goods' words (corrections of an earlier entry). */
export async function entriesNewestFirst(env: Env, keep: (e: Entry) => boolean): Promise<{ entry: Entry; goods: Set<string> }[]> {
  return (await todaysEntries(env.agentCtx)).filter((e) => !e.row.voided && e.event.kind === 'transaction' && keep(e)).reverse()
    .map((entry) => ({ entry, goods: entryWords(entry.row.lines.flatMap((l) => [l.description, ...l.names])) }));
}
