// The catalogue product a supplier said they deliver, read from their own messages in the haggle: the owner asked for
// "minyak goreng" (the 1 L bottle's alias) and the supplier quoted "minyak sania 2L isi 6", or "beras 25 kg" that two
// products fit and the supplier wrote "beras medium ya" (a haggling try: the 1 L bottles' stock took 24, or the rice
// was paid and never stocked).
import type { Tx } from '../../core/db/tenant.ts';
import { allProducts, type Product } from '../router/catalogue/resolve-items.ts';
import { decideMatch, normalizeName } from '../router/catalogue/match-product.ts';
import { unitOf } from '../language/units.ts';

/** A word of the goods asked (no unit), by its first four letters ("minyak" reaches "minyakita"). */
const stems = (item: string): string[] => normalizeName(item).split(' ')
  .filter((w) => w.length >= 4 && !/\d/.test(w) && unitOf(w) === null).map((w) => w.slice(0, 4));

/**
 * The product named in the supplier's messages of this haggle, newest first: the longest run of words (up to four) with
 * the first word of the goods asked in it that the catalogue matches to one product. Null when none names one.
 */
export async function offeredProduct(tx: Tx, tenantId: string, negotiationId: string, contactId: string, item: string): Promise<Product | null> {
  const { rows } = await tx.query<{ body: string }>(
    `select body from negotiation_offers where tenant_id = $1 and negotiation_id = $2 and contact_id = $3 and direction = 'offer'
      order by created_at desc, id desc`, [tenantId, negotiationId, contactId]);
  const asked = stems(item);
  if (!rows.length || !asked.length) return null;
  const products = await allProducts(tx, tenantId);
  for (const { body } of rows) {
    const words = normalizeName(body).split(' ');
    let best: { product: Product; n: number } | null = null;
    for (let i = 0; i < words.length; i++) {
      // Of goods said twice the later wins a tie ("indomie goreng kosong, indomie soto aja ada").
      for (let n = Math.min(4, words.length - i); n >= 1 && n >= (best?.n ?? 1); n--) {
        const run = words.slice(i, i + n);
        // Goods said to be out ("indomie goreng kosong", "sania habis") are not what comes.
        // The goods' first word must be in it: "goreng" of "indomie goreng" reached "Minyak Goreng Sania 2 L" (a haggling try
        // stocked 40 bottles of oil for a dus of noodles).
        if (!run.some((w) => w.startsWith(asked[0]!)) || run.some((w) => outWords.has(w)) || outWords.has(words[i + n] ?? '')) continue;
        const found = decideMatch(run.join(' '), products);
        if (found.kind === 'match') { best = { product: found.item, n }; break; }
      }
    }
    if (best) return best.product;
  }
  return null;
}

const outWords = new Set(['kosong', 'habis', 'abis', 'kosongan', 'kehabisan', 'telas', 'seep', 'beak']);
