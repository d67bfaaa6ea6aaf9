// The Indonesian message parser: text → frame (../../../shared/nlu/FRAME.md) with confidence and ask.
// Pure and offline; never throws.
import type { ParseResult } from '../../core/frame.ts';
import { parseRupiah } from './money.ts';
import { normalizeText } from './normalize.ts';
import { parseMessage, type ParseContext } from './parse.ts';

export { normalizeText, parseRupiah };
export type { ParseContext };

const unknown = (): ParseResult => ({
  intent: 'unknown', items: [], amount: null, counterparty: null, direction: null, category: null, date: null,
  period: null, max_unit_price: null, payment: null, confidence: 0, ask: ['intent'],
});

/** Parses one chat message or voice transcript. `offsetMinutes` is the tenant's UTC offset (WIB 420). */
export function parse(text: string, ctx?: ParseContext): ParseResult {
  try {
    return parseMessage(typeof text === 'string' ? text : '', ctx);
  } catch {
    // A rule bug must never take the chat down; the router asks or hands the message to the LLM.
    return unknown();
  }
}

export { readPaymentOnly } from './payment-only.ts';
export { readNameOnly } from './name-only.ts';
