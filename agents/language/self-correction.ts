// A number taken back in the same message, as voice notes and quick typing do: "laku indomie lima eh enam bungkus",
// "telur dua kilo eh salah tiga kilo", "beras 130 ribu eh maksudnya 125 ribu", "gula 2 kilo, bukan, 3 kilo", Betawi "gopek
// segelas kagak, 3rb segelas" (not Rp500 a glass: Rp3.000). The
// second number stands; a unit said only with the first stays. ("5 bukan 3" without the commas is "5, not 3",
// a correction of another message: left alone.)
import { fractionWords, honorifics, multiplierWords, numberWords, otherUnits, slangMoney, unitWords } from './lexicon.ts';

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const numWord = alt([...Object.keys(numberWords), ...Object.keys(multiplierWords), ...Object.keys(fractionWords), ...Object.keys(slangMoney)]);
const unit = alt([...Object.keys(unitWords), ...otherUnits]);
// One number: digits (one way to split them: "1.250.000", "2,5"), or number words, each apart ("dua puluh lima ribu").
// Digits take only a multiplier or a fraction after them: "teh 2 delapan ribu eh sembilan ribu" keeps its count 2.
const digitTail = alt([...Object.keys(multiplierWords), ...Object.keys(fractionWords)]);
const part = String.raw`(?:\d+(?:[.,]\d+)*(?:rb|k)?|(?:${numWord})\b)`;
const phrase = String.raw`(?:\d+(?:[.,]\d+)*(?:rb|k)?(?: (?:${digitTail})\b){0,2}|(?:${numWord})\b(?: ${part}){0,5})`;
// "ceban sedus... eh salah, 22rb sedus": dots trail off before the marker as a comma does.
const marker = String.raw`(?:\s*(?:,|\.{2,}|…|\?+|!+)?\s*(?:eh+|eh+ salah|eh+ bukan|salah|eh+ maksudnya|maksudnya|maksud saya|maksudku|ralat|eh+ ralat)\s*,?\s*|\s*,\s*(?:eh+ )?bukan\s*,\s*|\s+(?:bukan|kagak|gak|nggak|ngga|enggak|ora|dudu|teu|henteu|sanes)\s*,\s*|\s+(?:bukan|bkn) (?:bukan|bkn),?\s+)`;
const anyMarker = /\b(eh+|bkn|salah|maksudnya|maksud|maksudku|ralat|bukan|kagak|gak|nggak|ngga|enggak|ora|dudu|teu|henteu|sanes)\b/;
// A unit, or one of a unit said as "se-" ("ceban sedus": Rp10.000 a dus), may follow each number.
// "sewu sijine ora, 28 ewu sijine": "each" after a price stays with the price kept.
const each = 'satunya|sijine|sijining|siji|hiji|sahiji|setunggal|sebiji';
// "minyak kita dua liter eh dua botol maksudnya", "delapan ribu eh sembilan ribu ding": a marker said after the second
// number too goes with it (it was made a product "maksudnya").
const trailing = String.raw`(?:,?\s+(?:maksudnya|maksud saya|maksudku|ding|deng)\b)?`;
// "gula sekilo bukan bukan dua kilo": one of a unit ("se-") is the first number and its unit.
// "goceng?? eh salah harga 4rb/btl": the price word may open what is said instead.
const takenBack = new RegExp(String.raw`\b(?:(${phrase})(?:\s+(${unit}|se(?:${unit})|${each})\b)?|se(${unit}))${marker}(?:harga(?:nya)?\s+)?(?:(${phrase})(?:\s+(${unit}|se(?:${unit})|${each})\b)?|(se(?:${unit}))\b)${trailing}`, 'g');

// "laku teh pucuk 3 botol 12rb eh maksudnya 2 botol 8rb", "gula 2 kg 36rb, eh ralat 1 kg 18rb": a count with its unit and
// money taken back together (only the money was, so 3 bottles went for Rp8.000).
const pairTakenBack = new RegExp(String.raw`\b(?:${phrase})\s+(?:${unit})\s+(?:${phrase})${marker}(${phrase})\s+(${unit})\s+(${phrase})${trailing}`, 'g');

// "bu sri eh bu ani kasbon 15rb": a person named, then named again after "eh" (the owner's own name had Bu Ani's debt,
// and "ani" became goods).
const person = String.raw`(?:${alt(honorifics)})\s+\p{L}+`;
const nameTakenBack = new RegExp(String.raw`\b(${person})\s*,?\s*(?:eh+|eh+ salah|salah|maksudnya|eh+ maksudnya)\s*,?\s+(${person})\b`, 'gu');

// "bensin gocap? eh bensin ceban": the goods said again after the marker (both were booked, Rp10.050 of petrol); the
// repeat is dropped so the number after the marker takes the first one's place.
const goodsSaidAgain = new RegExp(String.raw`\b(?!(?:${numWord}|${unit})\b)(\p{L}{3,})(\s+(?:${phrase})(?:\s+(?:${unit}))?\s*(?:,|\.{2,}|…|\?+|!+)?\s*(?:eh+|eh+ salah|salah|eh+ maksudnya|maksudnya|ralat|eh+ ralat)\s*,?\s*)\1\s+(?=${phrase})`, 'gu');

/** The text with each number (or person) taken back replaced by the one said after it. */
export function keepSecondNumber(text: string): string {
  if (!anyMarker.test(text)) return text;
  return text.replace(nameTakenBack, '$2').replace(goodsSaidAgain, '$1$2').replace(pairTakenBack, '$1 $2 $3').replace(takenBack, (_all, _first: string | undefined, firstUnit: string | undefined, seUnit: string | undefined,
    second: string | undefined, secondUnit: string | undefined, secondSe: string | undefined) => {
    // "setengah kilo bukan bukan sekilo": one of a unit said instead stands as said.
    if (secondSe) return secondSe;
    const u = secondUnit ?? firstUnit ?? seUnit;
    return `${second}${u ? ` ${u}` : ''}`;
  });
}
