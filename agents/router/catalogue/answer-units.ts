// Answers to the pack-size question ("1 dus Coca-Cola isinya berapa btl?") and the person question
// ("Bu Yanti itu Bu Yati, atau orang baru?"). Each answer is remembered: the size as the product's
// pack unit, the name as the chosen contact's alias. Null = not an answer (handled as a new message).
import { formatQty } from '../../../core/format.ts';
import { canonicalUnit, measureFactor, readSize } from '../../../core/units.ts';
import { readChoiceNumber, readYesNo } from '../answers.ts';
import { proceed } from '../book.ts';
import { addContactAlias, matchPerson } from '../people/contacts.ts';
import type { Env } from '../env.ts';
import { productById, rememberPack } from './resolve-items.ts';
import { settleItem, type Ask, type Said } from './settle-item.ts';
import { putPending } from '../state.ts';
import type { Pending, Work } from '../state-schema.ts';
import type { Reply } from '../types.ts';

type Of<K extends Pending['kind']> = Extract<Pending, { kind: K }>;

/**
 * "baru", "orang baru", "bukan", "produk baru aja": a short answer choosing someone or something new; jv "wong anyar",
 * "uwong liyo", su "jalma anyar", "sanes" (owner tries: not understood, and the booking was lost).
 */
export const readNewAnswer = (text: string) =>
  /^(?:(?:orang|wong|uwong|tiyang|jalma|jelema|yang|yg|sing|nu|produk|barang|itu)\s+)?(?:baru|anyar|enggal|bukan|dudu|sanes|beda|benten|lain|lainnya|liyo|liya|liyane)(?:\s+(?:kak|orang|ya|aja|saja|wae|ae|mawon|lagi|itu))*$/i
    .test(text.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim());

/** "semua", "semuanya", "kabeh", "sadayana", "all": every product listed. */
export const readAllAnswer = (text: string) =>
  /^(?:(?:ya|iya|yg|yang)\s+)?(?:semua|semuanya|smua|smuanya|kabeh|kabeh e|sadayana|sadaya|galo|samua|all|semua di atas|semuanya aja)(?:\s+(?:kak|ya|aja|saja|wae|nya|sama|jadi|sekalian))*$/i
    .test(text.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim());

/** A question that replaces the open one, or a reply that closes it. */
export async function askAgain(env: Env, step: Ask | Said): Promise<Reply[]> {
  await putPending(env, step.kind === 'ask' ? step.pending : null);
  return [{ text: step.text }];
}

// "24", "isi 24", "24 btl", "isinya 48 gelas kak", "0,5 kg"
const sizeAnswer = /^(?:isi(?:nya)?\s+)?\d+(?:[.,]\d+)?(?:\s+\p{L}+)?(?:\s+(?:kak|aja|saja|ya|mas|mbak|bu|pak))*$/u;

export async function answerPackSize(env: Env, pending: Of<'pack_size'>): Promise<Reply[] | null> {
  // Owner try: "1 liter = 0,8 kg" (the question said back) was not understood.
  const raw = env.text.toLowerCase().replace(/[^\p{L}\p{N}\s.,]/gu, ' ').replace(/\s+/g, ' ').trim();
  const lead = /^(?:1|se|sa)\s*(\p{L}+)\s+(?:itu\s+|isinya\s+|isi\s+|sama dengan\s+)?(?=\d)/u.exec(raw);
  const t = lead ? raw.slice(lead[0].length) : raw;
  const tenantId = env.agentCtx.tenant.id;
  let said = sizeAnswer.test(t) ? readSize(t) : null;
  if (said == null || said <= 0) return null;
  // "800 gram" to "isinya berapa kg?": a measure in another unit of the same kind is converted.
  const unit = /\d\s+(\p{L}+)/u.exec(t)?.[1];
  const before = await productById(env.tx, tenantId, pending.productId);
  if (!before) return null;
  const factor = unit && !pending.perBase ? measureFactor(unit, before.unit) : null;
  if (factor) said *= factor;
  // "1 kg" to "1 pcs Tepung isi berapa gram?": the measure said is converted to the one asked about.
  const asked = unit && pending.perBase && pending.unitSaid ? measureFactor(unit, pending.unitSaid) : null;
  if (asked) said *= asked;
  // "1 slop isi 10 bungkus" to "1 bungkus isinya berapa slop?": said the other way round, as people count.
  const reversed = !pending.perBase && !factor && lead !== null && unit !== undefined
    && canonicalUnit(lead[1]) === canonicalUnit(before.unit) && canonicalUnit(unit) === canonicalUnit(pending.unit);
  const size = pending.perBase || reversed ? 1 / said : said;
  await rememberPack(env.tx, tenantId, pending.productId, pending.unit, size);
  const product = await productById(env.tx, tenantId, pending.productId); // with the pack just remembered
  if (!product) return null;
  const noted = pending.perBase || reversed
    ? `Oke Kak, 1 ${product.unit} ${product.name} = ${formatQty(said)} ${pending.unitSaid ?? pending.unit}, saya ingat ✅`
    : `Oke Kak, 1 ${pending.unit} ${product.name} = ${formatQty(size)} ${product.unit}, saya ingat ✅`;
  const step = await settleItem(env.tx, tenantId, pending.work, pending.index, product);
  if (step) return [{ text: noted }, ...(await askAgain(env, step))];
  return [{ text: noted }, ...(await proceed(env, pending.work))];
}

export async function answerPerson(env: Env, pending: Of<'person'>): Promise<Reply[] | null> {
  const text = env.text;
  const work: Work = pending.work;
  const n = readChoiceNumber(text, pending.choices.length);
  let id: string | null = n ? pending.choices[n - 1].id : null;
  if (!id && readYesNo(text) === true && pending.choices.length === 1) id = pending.choices[0].id;
  if (!id && readNewAnswer(text)) {
    work.contact = 'new';
    return proceed(env, work);
  }
  if (!id) {
    const byName = matchPerson(text, pending.choices.map((c) => ({ ...c, aliases: [], kind: '' })), 'customer');
    if (byName.kind === 'found') id = byName.id;
  }
  if (!id) return null;
  // "Bu Yanti itu Bu Yati": next time the name is Bu Yati's without asking.
  await addContactAlias(env.tx, env.agentCtx.tenant.id, id, pending.name);
  work.contact = id;
  return proceed(env, work);
}
