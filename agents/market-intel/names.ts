// Owner words → commodities. The table and the matching rule live in SQL (market_commodity_words,
// market_commodities_for) because the network observations of every writer use them too.
import { prepared, type Tx } from '../../core/db/tenant.ts';

/** Commodities the words mean, most likely first; null when unknown, [] for look-alikes without a price. */
export async function commoditiesFor(tx: Tx, words: string): Promise<string[] | null> {
  const { rows } = await prepared<{ c: string[] | null }>(tx, `select public.market_commodities_for($1) as c`, [words]);
  return rows[0]?.c ?? null;
}

/** "beras premium" asks for premium; anything else about beras is medium (the table says so). */
export async function commodityOfProduct(tx: Tx, name: string, aliases: string[] = []): Promise<string | null> {
  const { rows } = await tx.query<{ c: string | null }>(`select public.market_commodity_of_product($1, $2) as c`, [name, aliases]);
  return rows[0]?.c ?? null;
}
