// Which suppliers to ask: the ones the owner named, else those whose notes, aliases or past purchases
// cover the item, else every supplier; at most four, all with a phone to write to.
import type { Tx } from '../../core/db/tenant.ts';
import { decideMatch } from '../router/catalogue/match-product.ts';

export const MAX_SUPPLIERS = 4;

export interface Candidate { id: string; name: string; phone: string }

export async function pickSuppliers(tx: Tx, tenantId: string, item: string, productId: string | null, named: string | null,
  namedIds: readonly string[] = []): Promise<Candidate[]> {
  const { rows } = await tx.query<Candidate & { covers: boolean; named: boolean }>(
    `select c.id, c.name, c.phone,
            (coalesce(c.note, '') ilike '%' || $2 || '%' or c.name ilike '%' || $2 || '%'
              or exists (select 1 from transactions t join transaction_lines l on l.transaction_id = t.id
                          where t.tenant_id = c.tenant_id and t.contact_id = c.id and t.kind = 'purchase' and t.status = 'posted'
                            and (l.product_id = $3 or l.description ilike '%' || $2 || '%'))) as covers,
            (c.id = any ($5::uuid[]) or ($4::text is not null and (lower(c.name) like '%' || lower($4) || '%' or lower($4) = any (c.aliases)))) as named
       from contacts c
      where c.tenant_id = $1 and c.kind = 'supplier' and c.active and c.phone is not null
      order by c.created_at, c.name`,
    [tenantId, item, productId, named, namedIds]);
  const pick = rows.some((r) => r.named) ? rows.filter((r) => r.named) : rows.some((r) => r.covers) ? rows.filter((r) => r.covers) : rows;
  return pick.slice(0, MAX_SUPPLIERS).map(({ id, name, phone }) => ({ id, name, phone }));
}

/**
 * The suppliers a request names anywhere ("tanya makmur sama pak slamet", "tanyain ke sinar jaya gas melon"): by the name
 * without its UD/Toko, its first two words ("pak slamet" of "Pak Slamet Agen Telur"), or an alias, as whole words. A
 * helper's tries asked one of two suppliers named, and read "sinar jaya gas melon" as the goods.
 */
export async function suppliersNamedIn(tx: Tx, tenantId: string, text: string): Promise<{ ids: string[]; phrases: string[] }> {
  const said = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const { rows } = await tx.query<{ id: string; name: string; aliases: string[] | null }>(
    `select id, name, aliases from contacts where tenant_id = $1 and kind = 'supplier' and active`, [tenantId]);
  const ids: string[] = [];
  const phrases: string[] = [];
  for (const r of rows) {
    const name = r.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const core = name.replace(/^(?:ud|toko|tk|cv|pt|agen|grosir|warung)\s+/, '');
    const ways = [name, core, core.split(' ').slice(0, 2).join(' '), ...(r.aliases ?? []).map((a) => a.toLowerCase())]
      .filter((w) => w.length >= 4);
    // Every way of its name goes from the goods ("tanya agen berkah sama …" left a line "berkah").
    if (ways.some((w) => said.includes(` ${w} `))) { ids.push(r.id); phrases.push(...ways.sort((a, b) => b.length - a.length)); }
  }
  return { ids, phrases };
}

/** The catalogue product for the item, what was last paid for it per the asked unit, a market price, the shelf price. */
export async function priceRefs(tx: Tx, tenantId: string, item: string, unit: string): Promise<{ productId: string | null; lastPrice: number | null; market: number | null; catalogue: number | null }> {
  // The catalogue's matcher, as the chat's: "minyak sania 2 liter" is the 2 L bottle (a prefix search took the 1 L one).
  const products = (await tx.query<{ id: string; name: string; aliases: string[] | null; unit: string; sell_price: string | null }>(
    `select id, name, aliases, unit, sell_price from products where tenant_id = $1 and active`, [tenantId])).rows;
  const found = decideMatch(item, products.map((p) => ({ ...p, aliases: p.aliases ?? [] })));
  const product = found.kind === 'match' ? found.item : undefined;
  const productId = product?.id ?? null;
  const last = (await tx.query<{ unit_price: string }>(
    `select l.unit_price from transaction_lines l join transactions t on t.id = l.transaction_id
      where t.tenant_id = $1 and t.kind = 'purchase' and t.status = 'posted' and (l.product_id = $2 or l.description ilike $3 || '%')
        and coalesce(l.unit, $4) = $4
      order by t.occurred_at desc limit 1`, [tenantId, productId, item, unit])).rows[0];
  const market = (await tx.query<{ price: string }>(
    `select price from market_prices where (tenant_id is null or tenant_id = $1) and commodity ilike $2 || '%' and unit = $3
      order by observed_at desc limit 1`, [tenantId, item, unit])).rows[0];
  // The shelf price, only to judge the size of an unmarked ceiling ("10 kg maks 27rb").
  const catalogue = product && product.unit === unit && product.sell_price != null ? Number(product.sell_price) : null;
  return { productId, lastPrice: last ? Number(last.unit_price) : null, market: market ? Number(market.price) : null, catalogue };
}
