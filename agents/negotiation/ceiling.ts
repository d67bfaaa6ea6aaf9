// The owner moving a haggle's limit while it runs ("batas surya naikin jadi 365rb", "maks gula jadi 15.500 aja"):
// a helper's try got "Batas surya itu Rokok Surya 16…? 1." and the shelf price became Rp365.000 a pack; restating the
// request started a second haggle of the same goods. The limit of the open haggle changes; suppliers are told nothing
// of it (the limit is never said to them), and the next counters may go up to it.
import { formatRupiah } from '../../core/format.ts';
import { readAmount } from '../router/answers.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { limitAfterEnd } from './late-take.ts';
import { namedIn } from './status.ts';

const limitWord = /\b(batas|batasnya|batase|batasan|maks|max|maksimal|maksimalnya|plafon|limit)\b/;
const changeWord = /\b(naik|naikin|naikkan|naikan|naekin|dinaikkan|dinaikin|dinaikan|turun|turunin|turunkan|diturunin|diturunkan|jadi|jd|ubah|diubah|ganti|diganti|tambah|tambahin|boleh sampai|sampe|sampai)\b/;
const bareRaise = /^(?:(?:tolong|coba|ya|yaudah|ok|oke)\s+)?(?:naik|naikin|naikkan|naikan|naekin|turunin|turunkan)\s+(?:aja\s+)?(?:jadi|jd|ke|sampai|sampe)\s+\S*\d[\d.,]*\s*(?:rb|ribu|k)?(?:\s*\/\s*\p{L}+)?(?:\s+(?:aja|saja|deh|kak))?$/u;
/** A new haggle says what to look for ("cariin gula 10 kg maks 15rb"): not a change of a running one. */
const startWord = /\b(cari|cariin|carikan|nyari|nego|tawar|tawarin|tawarkan|pesen|pesan|order)\b/;

export async function changeCeiling(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  const t = text.toLowerCase();
  // "naikin jadi 175rb" while a haggle runs: its limit, though no limit word is said (it was asked which shelf price).
  const raise = bareRaise.test(t.trim());
  if (ctx.member.role === 'cashier' || !(raise || (limitWord.test(t) && changeWord.test(t))) || startWord.test(t)) return null;
  const price = readAmount(t);
  if (price == null || price < 100) return null;
  const { rows } = await ctx.tx.query<{ id: string; item: string; unit: string; max_price: string; status: string }>(
    `select id, item, unit, max_price::text, status from negotiations where tenant_id = $1 and status in ('open', 'deciding')
      order by created_at desc for update`, [ctx.tenant.id]);
  // A bare raise moves a haggle still running, or with none running the one waiting for the owner's pick (a helper's
  // "naikin jadi 18rb" after the summary was asked which shelf price to change).
  const running = rows.filter((n) => n.status === 'open');
  const movable = raise && running.length ? running : rows;
  const named = namedIn(t, rows);
  // Goods of a haggle that has ended, with another still running: not that one's limit (it moved the running haggle's).
  // A bare raise with no haggle running or waiting: the one that just ended (a helper's was asked which shelf price).
  const ended = !named.length && (!raise || !movable.length) ? await limitAfterEnd(ctx, t, price, raise) : null;
  if (ended) return ended;
  if (!movable.length) return null;
  const pick = named.length === 1 ? named[0]! : movable.length === 1 && named.length === 0 ? movable[0]! : null;
  if (!pick) return [{ text: `Batas tawar yang mana, Kak: ${rows.map((n) => n.item).join(' atau ')}? Tulis misalnya "batas ${rows[0]!.item} jadi ${formatRupiah(price)}".` }];
  const per = `${formatRupiah(price)}/${pick.unit}`;
  if (Number(pick.max_price) === price) return [{ text: `Batas tawar ${pick.item} memang sudah ${per}, Kak.` }];
  await ctx.tx.query(`update negotiations set max_price = $2, target_price = least(target_price, $2), updated_at = now() where id = $1`, [pick.id, price]);
  // After the summary the limit still decides what may be ordered: a supplier whose price went up past it is ordered once it
  // is raised (supplier-message.ts, owner-choice.ts).
  if (pick.status === 'deciding') return [{ text: `Siap, Kak! Batas ${pick.item} sekarang ${per} (sebelumnya ${formatRupiah(Number(pick.max_price))}/${pick.unit}). Pilih nomornya untuk memesan.` }];
  return [{ text: `Siap, Kak! Batas tawar ${pick.item} sekarang ${per} (sebelumnya ${formatRupiah(Number(pick.max_price))}/${pick.unit}). Batasnya tetap tidak saya sebut ke supplier.` }];
}
