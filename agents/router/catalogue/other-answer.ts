// "bu iin ngutang rokok" → "Rokok yang mana? 1. Rokok Surya 12 2. Rokok Surya 16" → "sampoerna mild sebungkus": other goods
// of the catalogue, named with nothing else, answer which goods (a debts try: the answer was read as a new message, asked
// as a cash sale and booked so, and Bu Iin's bon was lost).
import { zoneOffsetMinutes } from '../../../core/format.ts';
import type { Env } from '../env.ts';
import type { Work } from '../state-schema.ts';
import { findProduct } from './resolve-items.ts';

/** The work with the goods asked about replaced by the catalogue's product the answer names (its count too, if said); else null. */
export async function otherGoodsAnswer(env: Env, work: Work, index: number, text: string): Promise<Work | null> {
  const at = { now: env.now, offsetMinutes: zoneOffsetMinutes[env.agentCtx.tenant.timezone] };
  // A message of its own ("laku aqua 2", "stok gula") is no answer; nor are goods "of before" ("eh aqua tadi 4 botol" while
  // the Indomie is asked about: the Aqua sold before is corrected, it was booked again with the Indomie's money).
  if (env.deps.parse(text, at).intent !== 'unknown' || /\b(?:tadi|td|barusan|wau)\b/i.test(text) || /^\s*(?:eh|salah|ralat|koreksi)\b/i.test(text)) return null;
  const said = env.deps.parse(`laku ${text}`, at);
  const item = said.items[0];
  if (said.intent !== 'sale' || said.items.length !== 1 || !item || said.amount != null || said.counterparty) return null;
  const found = await findProduct(env.tx, env.agentCtx.tenant.id, item.product, item.unit);
  if (found.kind !== 'match') return null;
  const items = work.frame.items.map((it, k) => (k === index
    ? { ...it, product: found.item.name, ...(item.qty != null ? { qty: item.qty, unit: item.unit } : {}) }
    : it));
  return { ...work, frame: { ...work.frame, items }, resolved: work.resolved.map((r, k) => (k === index ? null : r)) };
}
