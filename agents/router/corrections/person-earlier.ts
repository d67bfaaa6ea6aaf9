// "eh yang ngutang gas tadi bukan Made, Komang", "bon beras tadi salah nama, harusnya atas nama bu Imas", "eh bon mpok minah
// tadi salah orang, itu punya mpok Romlah": the person of an earlier entry of today, named by its goods (helpers' tries, 0 in
// 9 understood: new products "made", "imas", "punya" were offered, or a second sale booked for "Komang Bukan Made"). The
// goods and the words around them are taken out; what is left is read as a person fix of that entry (person.ts).
import type { Env } from '../env.ts';
import type { BookedEvent } from '../types.ts';
import { earlierEvent, entriesNewestFirst, entryWords } from './earlier.ts';
import { earlierWord } from './payment.ts';
import { one, owedVerb, readPersonFix } from './person.ts';

// "yang bu sri tadi salah, harusnya bu tini": "should be" names the right one too (it was not understood).
const personWord = /\b(?:bukan|bkn|dudu|sanes|nama|orang|punya|punyane|gadhahe|harusnya|seharusnya|kudune|kuduna)\b/;

/** The text without the entry's goods and the words that only point at it, as person.ts reads a fix of the last entry. */
function withoutGoods(text: string, goods: Set<string>): string {
  return text.split(/\s+/).filter((w) => !goods.has(w.replace(/[^\p{L}\p{N}]/gu, ''))).join(' ')
    .replace(new RegExp(String.raw`\b${one}\s+(?:${owedVerb}|bon)\b`, 'g'), '')
    .replace(/\b(?:bon|bonnya|utang|utange|utangnya)\b/g, '').replace(earlierWord, '')
    .replace(/\b(?:kliru|kleru)\b/g, 'keliru').replace(/\b(salah|keliru|lepat)\s+(?:nama|orang)(?:nya|ne|na)?\b/g, '$1')
    .replace(/\b(harusnya|seharusnya|mestinya)\s+atas\s+nama\b/g, '$1')
    // su "eh nu … sanes teh euis": "the one" left before "not" once its goods are gone.
    .replace(new RegExp(String.raw`\b${one}\s+(?=(?:bukan|bkn|dudu|sanes)\b)`, 'g'), '')
    .replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '')
    // "mpok minah salah, itu punya mpok romlah", "butet salah, harusnya ucok": the wrong one, "wrong", then whose it is.
    .replace(/^((?:eh|lho|loh|waduh|aduh)\s+)?(\p{L}+(?:\s+\p{L}+){0,2})\s+(salah|keliru|lepat)\s*,?\s*(?:itu\s+)?(?:punya|punyane|gadhahe|harusnya)\s+(.+)$/u, '$1bukan $2, $4');
}

/** The earlier entry whose goods the message names, and the person it should have been for; null when it says otherwise. */
export async function earlierPersonFix(env: Env, last: BookedEvent | null): Promise<{ event: BookedEvent; name: string } | null> {
  const text = env.text.toLowerCase().replace(/[.!?]+$/, '');
  if (!earlierWord.test(text) || !personWord.test(text)) return null;
  const said = new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  for (const { entry: e, goods } of await entriesNewestFirst(env, (x) => x.row.counterparty != null)) {
    // "eh bon mpok minah tadi salah orang": the entry may be named by its person instead of its goods.
    const whose = entryWords([e.row.counterparty!]);
    if (![...said].some((w) => goods.has(w) || whose.has(w))) continue;
    // "yang ngebon surya 12 tadi pak harun": the number of the goods' name goes with them; any other number is money, and
    // money is not a person fix (the "12" re-priced the entry before).
    const own = new Set([...goods, ...e.row.lines.flatMap((l) => l.description.toLowerCase().match(/\d+/g) ?? [])]);
    const rest = withoutGoods(text, own);
    if (/\d/.test(rest)) return null;
    const event = await earlierEvent(env, e.event);
    const name = event ? readPersonFix(rest, event) : null;
    if (event && name) return { event, name };
    if (e.event.id !== last?.id) return null; // the newest entry of those goods is the one meant
  }
  return null;
}
