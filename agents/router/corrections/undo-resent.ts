// "batal yang tadi", then instead of "ya" the entry typed again right ("le minerale 3 btl 12rb"): the owner means the new one
// replaces the old (a Banjar try kept both: the undo question was dropped and the wrong Rp10.000 sale stayed beside the
// Rp12.000 one). Only for the same kind of entry of the same goods, of the same person with no goods, or of the same bill.
import type { Env } from '../env.ts';
import { isCompleteRequest, parseHere } from '../questions/interrupt.ts';
import type { Pending } from '../state-schema.ts';
import type { Reply } from '../types.ts';
import { entryWords } from './earlier.ts';
import { undoNow } from './undo.ts';

export async function undoThenResent(env: Env, pending: Pending): Promise<Reply[] | null> {
  if (pending.kind !== 'confirm_undo' || pending.more) return null;
  const { frame } = pending.event;
  const next = parseHere(env, env.text);
  if (!isCompleteRequest(next) || next.intent !== frame.intent) return null;
  const goods = entryWords(frame.items.flatMap((i) => [i.name, i.typed ?? '']));
  const same = frame.items.length > 0
    ? next.items.some((i) => [...entryWords([i.product])].some((w) => goods.has(w)))
    : next.items.length === 0 && ((next.counterparty != null && next.counterparty.toLowerCase() === frame.counterparty?.toLowerCase())
      // "batal", then "listrik kedai 120 ribu": the same bill (both listrik entries were kept).
      || (frame.intent === 'expense' && next.category != null && next.category === frame.category));
  return same ? undoNow(env, pending.event) : null;
}
