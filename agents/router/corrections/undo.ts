// "batal" shows what will be voided and waits for "ya". Corrections ("salah, harusnya 5 bukan 3")
// live in correct.ts.
import type { Env } from '../env.ts';
import { putPending, setLastEvent } from '../state.ts';
import type { BookedEvent, Reply } from '../types.ts';

export const nothingToUndoText = 'Belum ada catatan terakhir yang bisa dibatalkan, Kak.';

export async function askUndo(env: Env, last: BookedEvent | null, more = 0): Promise<Reply[]> {
  if (!last) return [{ text: nothingToUndoText }];
  await putPending(env, { kind: 'confirm_undo', event: last, ...(more > 0 ? { more } : {}) });
  return [{ text: `Batalkan catatan ini, Kak?\n${last.summary}\nBalas *ya* untuk batalkan, *tidak* untuk biarkan.` }];
}

/** Voids the entry now (its "ya" given, or picked from a list of them); the last entry is forgotten. */
export async function undoNow(env: Env, event: BookedEvent): Promise<Reply[]> {
  await putPending(env, null);
  const replies = await env.deps.voidBooked(env.agentCtx, event);
  await setLastEvent(env.tx, env.key, null, env.now);
  return replies;
}
