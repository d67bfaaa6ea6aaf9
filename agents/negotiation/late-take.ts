// "oke ambil gulanya yg 17rb itu 20 kg" after the sugar's haggle ended with no deal, when a supplier came back with a late
// price: the owner means buying from the supplier, not a customer taking 20 kg (a haggling try booked a sale of 20 kg, the
// shelf emptied). Nothing is ordered without a haggle: the owner is told how to start one, or how to book a sale.
import { formatQty } from '../../core/format.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { namedIn } from './status.ts';

const takeLead = /^(?:(?:ok|oke|okey|okay|ya|iya|yaudah|ya udah|sip|boleh|yowis|yo wis|mangga)\s*,?\s+)?(?:ambil|ambilin|pesen|pesan|order)\b/;

export async function lateTake(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  const t = text.toLowerCase().trim();
  if (ctx.member.role === 'cashier' || !takeLead.test(t)) return null;
  // The database's clock or the message's, whichever is earlier: rows carry the database's time.
  const { rows } = await ctx.tx.query<{ item: string; qty: string; unit: string }>(
    `select item, qty::text, unit from negotiations where tenant_id = $1 and status in ('cancelled', 'expired', 'failed')
        and updated_at > least($2::timestamptz, now()) - interval '2 days' order by updated_at desc`, [ctx.tenant.id, ctx.now]);
  const ended = namedIn(t, rows)[0];
  if (!ended) return null;
  return [{ text: `Tawar ${ended.item} sudah selesai tanpa pesanan, Kak, jadi belum ada yang saya pesan. Untuk memesan, tawar lagi: `
    + `"cariin ${ended.item} ${formatQty(Number(ended.qty))} ${ended.unit} maks …". Kalau ini pembeli yang mengambil, tulis "laku ${ended.item} …".` }];
}
