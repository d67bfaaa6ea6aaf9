// Catalogue lookups for the router: fuzzy product search (pg_trgm candidates, ranked by
// match-product.ts for aliases and typos), catalogue prices, and creating a product the owner names.
import { z } from 'zod';
import { prepared, type Tx } from '../../../core/db/tenant.ts';
import type { PackUnit } from '../../../core/units.ts';
import { decideMatch, normalizeName, type MatchOutcome } from './match-product.ts';
import { inIndonesian } from './regional.ts';
import { nominalOf } from '../../language/digital.ts';
import { capitalize } from '../../finance/text.ts';
import { wordTable } from '../../../core/word-table.ts';

export interface Product {
  id: string; name: string; aliases: string[]; unit: string;
  /** The owner's category ("rokok", "mie instan"): words people put before a name ("rokok sampoerna"). */
  category?: string | null;
  sellPrice: number | null; avgCost: number | null;
  /** Pack units (product_units): name, size in the base unit, pack price. */
  packs: PackUnit[];
}

type Row = { id: string; name: string; aliases: string[] | null; unit: string; category?: string | null; sell_price: number | null; avg_cost: number | null; packs: unknown };
const packsSchema = z.array(z.object({ name: z.string(), size: z.coerce.number(), sell_price: z.coerce.number().nullable() })).catch([]);
const toProduct = (r: Row): Product => ({
  id: r.id, name: r.name, aliases: r.aliases ?? [], unit: r.unit, category: r.category ?? null, sellPrice: r.sell_price, avgCost: r.avg_cost,
  packs: packsSchema.parse(r.packs ?? []).map((u) => ({ name: u.name, size: u.size, sellPrice: u.sell_price })),
});
// A product's pack units come along (few rows, on the (tenant, product, name) unique index).
const columns = `id, name, aliases, unit, category, sell_price, avg_cost, (select coalesce(jsonb_agg(jsonb_build_object('name', u.name, 'size', u.size,
  'sell_price', u.sell_price) order by u.name), '[]'::jsonb) from public.product_units u where u.tenant_id = products.tenant_id and u.product_id = products.id) as packs`;

/**
 * Trigram candidates over the name and every alias (internal.product_candidates: one plan per
 * connection, where this statement got a fresh plan for most typed names). Not search_products: that
 * one also sums each candidate's stock ledger, which the router does not need.
 */
async function candidates(tx: Tx, tenantId: string, typed: string): Promise<Product[]> {
  const { rows } = await prepared<Row>(tx,
    `select id, name, aliases, unit, category, sell_price, avg_cost, packs from internal.product_candidates($1, $2)`,
    [tenantId, normalizeName(typed)],
  );
  return rows.map(toProduct);
}

export async function allProducts(tx: Tx, tenantId: string): Promise<Product[]> {
  const { rows } = await prepared<Row>(tx, `select ${columns} from public.products where tenant_id = $1 and active limit 3000`, [tenantId]);
  return rows.map(toProduct);
}

/** The product a person means by `typed`: one, a few to choose from, or none. */
export async function findProduct(tx: Tx, tenantId: string, typed: string, unit: string | null = null): Promise<MatchOutcome<Product>> {
  const first = decideMatch(typed, await candidates(tx, tenantId, typed), unit);
  if (first.kind !== 'none') return first;
  const plain = inIndonesian(typed);
  if (plain) {
    const translated = decideMatch(plain, await candidates(tx, tenantId, plain), unit);
    if (translated.kind !== 'none') return translated;
  }
  // A typo in the first letters escapes the candidate query; a warung catalogue is small enough to rank whole.
  return decideMatch(typed, await allProducts(tx, tenantId), unit);
}

/** The active products of a category the owner named ("stok rokok", "stok mie instan"), by name. */
export async function productsInCategory(tx: Tx, tenantId: string, typed: string): Promise<Product[]> {
  const { rows } = await prepared<Row>(tx,
    `select ${columns} from public.products where tenant_id = $1 and active and lower(category) = $2 order by name limit 30`,
    [tenantId, normalizeName(typed)],
  );
  return rows.map(toProduct);
}

export async function productsByIds(tx: Tx, tenantId: string, ids: string[]): Promise<Map<string, Product>> {
  if (!ids.length) return new Map();
  const { rows } = await prepared<Row>(tx, `select ${columns} from public.products where tenant_id = $1 and id = any($2::uuid[])`, [tenantId, ids]);
  return new Map(rows.map((r) => [r.id, toProduct(r)]));
}

export async function productById(tx: Tx, tenantId: string, id: string): Promise<Product | null> {
  return (await productsByIds(tx, tenantId, [id])).get(id) ?? null;
}

/** What the shop usually pays per unit: moving-average cost, else the last purchase price. */
export async function usualCost(tx: Tx, tenantId: string, product: Product): Promise<number | null> {
  if (product.avgCost != null && product.avgCost > 0) return Math.round(product.avgCost);
  const { rows } = await prepared<{ unit_price: number }>(tx,
    `select l.unit_price from public.transaction_lines l join public.transactions t on t.id = l.transaction_id
      where l.tenant_id = $1 and l.product_id = $2 and t.kind = 'purchase' and t.status = 'posted'
      order by t.occurred_at desc limit 1`,
    [tenantId, product.id],
  );
  return rows[0]?.unit_price ?? null;
}

// The catalogue writes the common units short, like the seed and the dashboard do.
const shortUnits: Record<string, string> = wordTable({ bungkus: 'bks', botol: 'btl' });
const catalogueUnit = (unit: string | null) => (unit ? shortUnits[unit] ?? unit : 'pcs');

/** "indomie kari" → "Indomie Kari", "pak rt" → "Pak RT": catalogue and contact names are shown to people. */
export const titleCase = (s: string) => capitalize(normalizeName(s));

export async function createProduct(
  tx: Tx, tenantId: string, p: { name: string; unit: string | null; sellPrice: number | null },
): Promise<Product> {
  const { rows } = await prepared<Row>(tx,
    `insert into public.products (tenant_id, name, aliases, unit, sell_price)
     values ($1, $2, $3, $4, $5) returning id, name, aliases, unit, sell_price, avg_cost, '[]'::jsonb as packs`,
    [tenantId, titleCase(p.name), [normalizeName(p.name)], catalogueUnit(p.unit), p.sellPrice],
  );
  const product = toProduct(rows[0]);
  // Phone credit and tokens ("Pulsa 20rb") cost about their denomination and never come in as stock: without
  // it every sale would count as profit in full.
  const nominal = nominalOf(p.name);
  if (nominal !== null) await prepared(tx, `select public.set_first_cost($1, $2, $3)`, [tenantId, product.id, nominal]);
  return nominal !== null ? { ...product, avgCost: nominal } : product;
}

/** "harga gudang garam per slop 240rb": a pack's own selling price (its size kept as known). */
export async function setPackPrice(tx: Tx, tenantId: string, productId: string, unit: string, size: number, price: number): Promise<void> {
  await prepared(tx, `select public.set_product_unit($1, $2, $3, $4, $5, null)`, [tenantId, productId, unit, size, price]);
}

/** Remembers a pack size said in chat ("dus isi 24", or the answer to "isinya berapa?"). */
export async function rememberPack(tx: Tx, tenantId: string, productId: string, unit: string, size: number): Promise<void> {
  await prepared(tx, `select public.set_product_unit($1, $2, $3, $4, null, null)`, [tenantId, productId, unit, size]);
}
