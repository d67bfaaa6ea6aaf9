// The negotiation tables as the chat flow reads and writes them. Every function runs inside the
// caller's transaction (the router's, or the timer job's), so a message's state change, its log rows
// and its replies commit together.
import { inIndonesian } from '../router/catalogue/regional.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { Outgoing } from './templates.ts';
import { parseThread } from './thread-schema.ts';
import type { Deal, Thread } from './thread.ts';
import { unitWords } from './units.ts';

export interface NegotiationRow {
  id: string; tenant_id: string; item: string; qty: number; unit: string; max_price: number; target_price: number;
  last_price: number | null; market_price: number | null; status: string; choices: string[]; created_by: string | null;
}

export interface SupplierRow { id: string; contact_id: string; name: string; phone: string | null; thread: Thread }

const negCols = `n.id, n.tenant_id, n.item, n.qty::float8 as qty, n.unit, n.max_price::int8 as max_price, n.target_price::int8 as target_price,
  n.last_price::int8 as last_price, n.market_price::int8 as market_price, n.status, n.choices::text[] as choices, n.created_by`;

function toNeg(r: Record<string, unknown>): NegotiationRow {
  const num = (v: unknown) => (v == null ? null : Number(v));
  return { ...(r as unknown as NegotiationRow), qty: Number(r.qty), max_price: Number(r.max_price), target_price: Number(r.target_price),
    last_price: num(r.last_price), market_price: num(r.market_price) };
}

export const dealOf = (n: NegotiationRow): Deal => ({ item: n.item, qty: n.qty, unit: n.unit, ceiling: n.max_price, target: n.target_price });

export async function loadNegotiation(tx: Tx, id: string): Promise<NegotiationRow | null> {
  const { rows } = await tx.query(`select ${negCols} from negotiations n where n.id = $1`, [id]);
  return rows[0] ? toNeg(rows[0]) : null;
}

export async function loadSuppliers(tx: Tx, negotiationId: string): Promise<SupplierRow[]> {
  const { rows } = await tx.query<{ id: string; contact_id: string; name: string; phone: string | null; state: unknown }>(
    `select s.id, s.contact_id, c.name, c.phone, s.state from negotiation_suppliers s join contacts c on c.id = s.contact_id
      where s.negotiation_id = $1 order by s.created_at, c.name`, [negotiationId]);
  return rows.map((r) => ({ id: r.id, contact_id: r.contact_id, name: r.name, phone: r.phone, thread: parseThread(r.state) }));
}

/** The open negotiation thread this supplier is in (the newest when several), locked for this message. */
export async function openThreadOf(tx: Tx, tenantId: string, contactId: string, text = ''): Promise<{ neg: NegotiationRow; sup: SupplierRow } | null> {
  const { rows } = await tx.query(
    `select ${negCols}, s.id as sup_id, s.state from negotiation_suppliers s join negotiations n on n.id = s.negotiation_id
      where s.tenant_id = $1 and s.contact_id = $2 and n.status in ('open', 'deciding')
        and s.status in ('asked', 'bargaining', 'agreed', 'final', 'silent')
      order by n.created_at desc limit 5 for update of s`, [tenantId, contactId]);
  // In several at once, the one whose goods the message names ("beras premium 15.200/kg" went to the rokok haggle);
  // else the newest.
  const names = namesItem(text);
  const r = rows.find((x) => names(x.item)) ?? rows[0];
  if (!r) return null;
  // Goods of an earlier deal with this supplier, none of the open ones': news about that deal, for the owner ("telur naik …
  // dadi 28.500 sekilo" after the eggs were ordered was agreed as the price of the onions still haggled).
  if (!names(r.item)) {
    const { rows: earlier } = await tx.query<{ item: string }>(
      `select n.item from negotiation_suppliers s join negotiations n on n.id = s.negotiation_id
        where s.tenant_id = $1 and s.contact_id = $2 and n.status not in ('open', 'deciding') and n.created_at > now() - interval '14 days'
        order by n.created_at desc limit 10`, [tenantId, contactId]);
    if (earlier.some((x) => names(x.item))) return null;
  }
  return threadRow(tx, r, contactId);
}

/** Whether a message names a haggle's goods. "telor", jv "endog" name "telur" (the flour haggle took "telor 26rb/kg"): words
 *  as the arrival matches them. A unit or a size in the goods' name ("minyak sania 1 liter") names no goods. */
function namesItem(text: string): (item: unknown) => boolean {
  const plain = (w: string) => (inIndonesian(w) ?? w).replace(/o/g, 'u');
  const said = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).map(plain));
  return (item) => String(item).toLowerCase().split(/\s+/).some((w) => w.length >= 3 && !/\d/.test(w) && !unitWords.includes(w) && said.has(plain(w)));
}

/** The order to this supplier whose goods have not come (two weeks at most) that the message names, else the newest, for its
 *  news before they do ("tp gas ongkirnya 10rb" went to the newer indomie order). */
export async function orderedThreadOf(tx: Tx, tenantId: string, contactId: string, text = ''): Promise<{ neg: NegotiationRow; sup: SupplierRow } | null> {
  const { rows } = await tx.query(
    `select ${negCols}, s.id as sup_id, s.state from negotiation_suppliers s join negotiations n on n.id = s.negotiation_id
      where s.tenant_id = $1 and s.contact_id = $2 and n.status = 'ordered' and n.transaction_id is null and s.status = 'ordered'
        and n.updated_at > now() - interval '14 days'
      order by n.updated_at desc limit 5 for update of s`, [tenantId, contactId]);
  const names = namesItem(text);
  const r = rows.find((x) => names(x.item)) ?? rows[0];
  if (!r) return null;
  return threadRow(tx, r, contactId);
}

/** A negotiation row with its supplier's thread (`sup_id`, `state`), and the supplier's name and phone. */
async function threadRow(tx: Tx, r: Record<string, unknown>, contactId: string): Promise<{ neg: NegotiationRow; sup: SupplierRow }> {
  const c = (await tx.query<{ name: string; phone: string | null }>(`select name, phone from contacts where id = $1`, [contactId])).rows[0]!;
  return { neg: toNeg(r), sup: { id: String(r.sup_id), contact_id: contactId, name: c.name, phone: c.phone, thread: parseThread(r.state) } };
}

export async function saveThread(tx: Tx, supplierRowId: string, t: Thread): Promise<void> {
  await tx.query(
    `update negotiation_suppliers set state = $2, status = $3, our_offer = $4, their_price = $5, delivery_cost = $6, updated_at = now()
      where id = $1`,
    [supplierRowId, JSON.stringify(t), t.status, t.offers.at(-1) ?? null, t.asks.at(-1) ?? null, t.delivery]);
}

const direction = (o: Outgoing) => (o.kind === 'request' ? 'ask' : o.kind);

/** One line of the negotiation's log: what we sent (with the policy's price) or what the supplier wrote. */
export async function logMessage(
  tx: Tx, n: { tenantId: string; negotiationId: string; contactId: string },
  m: { out: Outgoing; body: string } | { price: number | null; body: string; inboxId: string | null },
): Promise<string> {
  const isOurs = 'out' in m;
  const price = isOurs ? ('price' in m.out ? m.out.price : null) : m.price;
  const { rows } = await tx.query<{ id: string }>(
    `insert into negotiation_offers (tenant_id, negotiation_id, contact_id, direction, price, body, inbox_id)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [n.tenantId, n.negotiationId, n.contactId, isOurs ? direction(m.out) : 'offer', price, m.body, isOurs ? null : m.inboxId]);
  return rows[0]!.id;
}

export async function ownerPhones(tx: Tx, tenantId: string, preferMember: string | null): Promise<string[]> {
  const { rows } = await tx.query<{ phone: string }>(
    `select phone from members where tenant_id = $1 and active and (id = $2 or ($2::uuid is null and role = 'owner'))
      order by created_at`, [tenantId, preferMember]);
  if (rows.length) return rows.map((r) => r.phone);
  const owners = await tx.query<{ phone: string }>(`select phone from members where tenant_id = $1 and active and role = 'owner' order by created_at`, [tenantId]);
  return owners.rows.map((r) => r.phone);
}
