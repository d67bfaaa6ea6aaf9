// Haggles that have ended, named again by the owner. "oke ambil gulanya yg 17rb itu 20 kg" after the sugar's haggle ended with
// no deal, when a supplier came back with a late price: the owner means buying from the supplier, not a customer taking 20 kg
// (a haggling try booked a sale of 20 kg, the shelf emptied). "ya udah batas gas jadi 19.500 aja" after it ended: a limit is
// never money spent (an expense "Batas Gas" was booked, twice; ceiling.ts). Nothing is ordered without a haggle: the owner is
// told how to start one.
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { namedIn } from './status.ts';

type Ended = { item: string; qty: string; unit: string };

/** The newest haggle of the last `days` in one of `statuses` whose goods the owner's words name (`bare`: the newest); else null. */
async function endedNamed(ctx: AgentContext, text: string, statuses: string[], days: number, bare = false): Promise<Ended | null> {
  // The database's clock or the message's, whichever is earlier: rows carry the database's time.
  const { rows } = await ctx.tx.query<Ended>(
    `select item, qty::text, unit from negotiations where tenant_id = $1 and status = any($2::text[])
        and updated_at > least($3::timestamptz, now()) - make_interval(days => $4) order by updated_at desc`,
    [ctx.tenant.id, statuses, ctx.now, days]);
  return (bare ? rows : namedIn(text, rows))[0] ?? null;
}

const takeLead = /^(?:(?:ok|oke|okey|okay|ya|iya|yaudah|ya udah|sip|boleh|yowis|yo wis|mangga)\s*,?\s+)?(?:ambil|ambilin|pesen|pesan|order)\b/;

/** "oke ambil gulanya …" naming a haggle that ended with no deal in the last two days. */
export async function lateTake(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  const t = text.toLowerCase().trim();
  if (ctx.member.role === 'cashier' || !takeLead.test(t)) return null;
  const ended = await endedNamed(ctx, t, ['cancelled', 'expired', 'failed'], 2);
  if (!ended) return null;
  return [{ text: `Tawar ${ended.item} sudah selesai tanpa pesanan, Kak, jadi belum ada yang saya pesan. Untuk memesan, tawar lagi: `
    + `"cariin ${ended.item} ${formatQty(Number(ended.qty))} ${ended.unit} maks …". Kalau ini pembeli yang mengambil, tulis "laku ${ended.item} …".` }];
}

/**
 * A new limit naming a haggle of the last week that is no longer running (ordered or ended); `bare` ("naikin jadi 340rb"
 * with no haggle running): the one that ended last today. Null when there is none.
 */
export async function limitAfterEnd(ctx: AgentContext, text: string, price: number, bare = false): Promise<Reply[] | null> {
  const ended = await endedNamed(ctx, text, ['ordered', 'agreed', 'cancelled', 'expired', 'failed'], bare ? 1 : 7, bare);
  if (!ended) return null;
  return [{ text: `Tawar ${ended.item} sudah selesai, Kak. Untuk menawar lagi dengan batas baru, tulis misalnya "cariin ${ended.item} … maks ${formatRupiah(price)}/${ended.unit}".` }];
}
