// "bu yati bayar utang" → "Bayar berapa, Kak?" → "eh salah, bu ani yang bayar, 20rb": the person of the message asked about
// changes, and the money said answers the question (a corrections try voided Bu Yati's Rp10.000 debt booked before and put
// Rp20.000 on Bu Ani's tab). Pure but for the parse.
import type { Env } from '../env.ts';
import type { Pending } from '../state-schema.ts';
import { parseHere } from '../questions/interrupt.ts';
import { amountAfterName, readPersonFix } from './person.ts';

/** The open question's message said again with the right person (and the money said), or null. */
export function draftPerson(env: Env, p: Pending): string | null {
  if (p.kind !== 'reparse') return null;
  const { confidence: _c, ask: _a, ...frame } = parseHere(env, p.text);
  const was = frame.counterparty?.toLowerCase();
  if (!was || frame.items.length || !p.text.toLowerCase().includes(was)) return null;
  const name = readPersonFix(env.text, { kind: 'transaction', id: '', summary: '', frame: { ...frame, contactId: null, items: [] } });
  if (!name) return null;
  const said = p.text.toLowerCase().replace(was, name);
  const money = amountAfterName(env.text);
  return money ? `${said} ${money}` : said;
}
