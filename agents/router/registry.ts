// One agent per intent (DESIGN rule 7). The finance and inventory agents come from their folders;
// the router answers what needs no booking (help, greetings, features still to come).
import type { Intent } from '../../core/frame.ts';
import { intents } from '../../core/frame.ts';
import { cashierHelpText, comingSoonText, greetingText, helpText, thanksText, unknownText } from './replies.ts';
import type { Agent } from './types.ts';
import { closingOnly } from '../language/noise.ts';
import { normalizeText } from '../language/normalize.ts';

const say = (text: string): Agent => async () => ({ replies: [{ text }] });

// Bali "suksma", Kupang/Manado "tarima kasih", "makase": thanks too ("suksma Bli" got the greeting).
const thanks = /\b(makasih|makasi|makase|makaseh|terima ?kasih|tarima ?kasih|trims|thx|thanks|tengkyu|tenkyu|nuhun|matur ?nuwun|suwun|suksma)\b/i;

/** The router's own agents. Greeting replies differ for thanks; it reads the intent only, so it gets the name. */
export const routerAgents: Partial<Record<Intent, Agent>> = {
  help: async (ctx) => ({ replies: [{ text: ctx.member.role === 'cashier' ? cashierHelpText : helpText }] }),
  greeting: async (ctx) => ({ replies: [{ text: greetingText(ctx.member.name) }] }),
  unknown: say(unknownText),
  negotiate: say(comingSoonText.negotiate),
  market_price: say(comingSoonText.market_price),
  // "batal" is handled before dispatch (it needs the conversation state); this is never reached in practice.
  undo: say('Ketik "batal" untuk membatalkan catatan terakhir, Kak.'),
};

export function buildRegistry(...parts: Partial<Record<Intent, Agent>>[]): Record<Intent, Agent> {
  const merged: Partial<Record<Intent, Agent>> = Object.assign({}, routerAgents, ...parts);
  return Object.fromEntries(intents.map((i) => [i, merged[i] ?? say(comingSoonText.other)])) as Record<Intent, Agent>;
}

export const isThanks = (text: string) => thanks.test(text);
export const isClosing = (text: string) => closingOnly.test(normalizeText(text));
export { thanksText };
