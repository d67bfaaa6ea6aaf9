// "indomie kari 4 tadi teh hutang, Bu Iis oge", "gula 2 kilo tadi ternyata ngutang, si Rina yang ambil": an earlier cash sale
// of today was on someone's tab after all (round-two tries: a second sale was booked beside the cash one, or a product
// "ternyata" was offered and the debt lost). Named by its goods; re-booked on credit to the person said, like the last sale
// ("eh itu bu yati ngutang", payment.ts).
import { readNameOnly } from '../../language/index.ts';
import { unitOf } from '../../language/units.ts';
import { honorifics } from '../../language/lexicon.ts';
import type { Env } from '../env.ts';
import type { BookedEvent } from '../types.ts';
import { earlierEvent, entriesNewestFirst } from './earlier.ts';
import { readPaidAfterAll, type CreditFix } from './payment.ts';
import { possessive } from './said-items.ts';

const earlierWord = /\b(?:tadi|td|mau|barusan)\b/;
const creditWord = /\b(?:ngutang|hutang|utang|ngebon|bon|kasbon|dibon|dihutang|diutang|dihutangin|diutangin|dibonin|ngutangin)\b/;
// Words around the person that say nothing of who: "teh", "mah" (su), "oge" (su, too), "ternyata", "yang ambil".
const filler = new Set(('tadi td mau barusan teh mah oge juga ternyata sebenarnya sebenernya itu eta iku yang yg sing nu eh ya kak '
  + 'ngutang hutang utang ngebon bon kasbon dibon dihutang diutang dihutangin diutangin dibonin ngutangin dulu ambil ngambil nyandak dicandak jadi '
  // "gula karo kopine utang pak darto": the "and" between goods.
  + 'sama karo lan dan jeung sareng kalih').split(' '));

export async function earlierCreditFix(env: Env): Promise<{ event: BookedEvent; name: string } | null> {
  // "gula tadi bukan cash, ngutang pak darto": what it was not says no more (corrections try: a second sale on the tab was
  // booked beside the cash one, the sugar counted twice). Any other "bukan" may name the wrong person: left to person.ts.
  const text = env.text.toLowerCase().replace(/\b(?:bukan|bkn|dudu|sanes)\s+(?:cash|tunai|kontan|lunas)\b/g, ' ');
  if (!creditWord.test(text) || /\b(?:bukan|bkn|dudu|sanes)\b/.test(text)) return null;
  // "eh yg beras bu Tini tadi ngutang": the lead words before the goods say nothing (it asked "Utangnya berapa?").
  const said = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (said.length > 1 && /^(?:eh|ehh|lho|loh|oh|yang|yg|sing|nu|salah)$/.test(said[0]!)) said.shift();
  // "kopinya utang pak darto", "sampoernanya ngebon bang togar": the goods with "its" say which entry as "tadi" does
  // (corrections tries: a new sale of one was booked on the tab, the cash sale kept).
  const stemOf = (w: string) => possessive.exec(w)?.[1];
  if (!earlierWord.test(text) && !said.some(stemOf)) return null;
  for (const { entry: e, goods: own } of await entriesNewestFirst(env, (x) => x.row.kind === 'sale' && x.row.payment !== 'credit')) {
    said.forEach((w, k) => {
      const stem = stemOf(w);
      if (stem && own.has(stem) && !own.has(w)) said[k] = stem;
    });
    if (!said.some((w) => own.has(w))) continue;
    // Said as a correction: the goods first, "tadi" before the debt, and a count the entry's own ("tadi bu yati ngutang gula
    // 1 kg" is a new entry told afterwards).
    const at = said.findIndex((w) => earlierWord.test(w));
    const counts = said.filter((w) => /^\d+$/.test(w)).map(Number);
    if (!own.has(said[0]!) || at > said.findIndex((w) => creditWord.test(w)) || counts.some((n) => !e.row.lines.some((l) => l.qty === n || l.said_qty === n))) return null;
    // "pak" is also a unit (a pack): before a name it is the person's (a corrections try lost "pak darto" to "darto").
    const who = said.filter((w, k) => !own.has(w) && !filler.has(w) && !/\d/.test(w) && (unitOf(w) === null || (honorifics.has(w) && k < said.length - 1))).join(' ');
    const name = who ? readNameOnly(who) : null;
    const event = name ? await earlierEvent(env, e.event) : null;
    return event && name ? { event, name } : null;
  }
  return null;
}

/**
 * "pak darto kagak jadi ngutang, bayar qris" with other entries booked since his credit sale: that sale paid after all,
 * re-booked like the last one would be (round-three tries: "tidak ketemu", and the tab stayed). Today's newest credit sale of
 * the person named.
 */
export async function earlierPaidAfterAll(env: Env, last: BookedEvent | null): Promise<{ event: BookedEvent; fix: CreditFix } | null> {
  if (!/\b(?:bayar|mbayar|mayar|dibayar|lunas)\b/i.test(env.text) || /\d/.test(env.text)) return null;
  const entries = await entriesNewestFirst(env, (x) => x.event.id !== last?.id && x.row.kind === 'sale' && x.row.payment === 'credit' && x.row.counterparty != null);
  for (const { entry: e } of entries) {
    const fix = readPaidAfterAll(env.text, e.row.counterparty!);
    if (!fix) continue;
    const event = await earlierEvent(env, e.event);
    return event ? { event, fix } : null;
  }
  return null;
}
