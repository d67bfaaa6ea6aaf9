// The owner's one summary when the suppliers have answered, and reading the owner's numbered choice. Pure.
import { formatQty, formatRupiah } from '../../core/format.ts';
import { landedPerUnit } from './landed.ts';
import type { Terms } from './read-quote.ts';
import { standingPrice, type Thread } from './thread.ts';
import { wordTable } from '../../core/word-table.ts';

export interface SummaryInput {
  item: string; qty: number; unit: string; ceiling: number;
  lastPrice: number | null; market: number | null;
  suppliers: { id: string; name: string; thread: Thread }[];
}

export interface Choice { id: string; name: string; price: number; landed: number }
export interface Summary { text: string; choices: Choice[] }

const termsText = (t: Terms | null) => (t == null ? null : t.kind === 'cash' ? 'tunai' : `tempo ${t.days} hari`);

export function ownerSummary(s: SummaryInput): Summary {
  const per = (p: number) => `${formatRupiah(p)}/${s.unit}`;
  const choices: (Choice & { line: string; size: Thread['size'] })[] = [];
  const others: string[] = [];
  for (const sup of s.suppliers) {
    const t = sup.thread;
    const price = standingPrice(t, s.ceiling);
    if (price != null) {
      const landed = landedPerUnit(price, s.qty, t.delivery, t.available);
      const bits = [
        t.delivery ? `${per(price)} + ongkir ${formatRupiah(t.delivery)} = ${per(landed)} sampai` : `${per(price)}${t.delivery === 0 ? ' (gratis ongkir)' : ''}`,
        // "1 dus isi 6" against "isi 12": what one pack holds, so a cheaper smaller pack is seen as such (a helper's owner
        // picked the Rp90.000 dus of 6 over the Rp170.000 dus of 12 and got half the oil).
        t.size ? `isi ${formatQty(t.size.size)} ${t.size.base}` : null,
        t.brand ? `merk ${t.brand[0]!.toUpperCase()}${t.brand.slice(1)}` : null,
        landed > s.ceiling ? 'lewat batas karena ongkir' : null,
        t.available != null && t.available < s.qty ? `stok cuma ${formatQty(t.available)} ${s.unit}` : null,
        // With what that costs in all: a try's owner picked "minimal 50 kg" on a Rp300.000 budget and ordered Rp615.000.
        t.minimum != null && t.minimum > s.qty ? `minta minimal ${formatQty(t.minimum)} ${s.unit}, jadi ${formatRupiah(Math.round(price * t.minimum))}` : null,
        termsText(t.terms), t.when ? `kirim ${t.when}` : null,
        t.status === 'agreed' ? 'sudah setuju' : 'harga terakhir',
        t.raisedFrom != null ? `sempat setuju ${per(t.raisedFrom)} lalu naik` : null,
      ].filter(Boolean);
      choices.push({ id: sup.id, name: sup.name, price, landed, size: t.size, line: `${sup.name}: ${bits.join(' · ')}` });
      continue;
    }
    const last = t.asks.at(-1);
    if (t.status === 'declined') others.push(`${sup.name}: tidak ada / tidak bisa`);
    else if (last != null) others.push(`${sup.name}: bertahan ${per(last)}, di atas batas`);
    else others.push(`${sup.name}: belum membalas`);
  }
  // Packs of different sizes in one measure are compared per that measure, and each line says it.
  const bases = new Set(choices.map((c) => c.size?.base ?? null));
  const sizes = new Set(choices.map((c) => c.size?.size ?? null));
  const perBase = bases.size === 1 && !bases.has(null) && sizes.size > 1;
  const cost = (c: (typeof choices)[number]) => (perBase ? c.landed / c.size!.size : c.landed);
  if (perBase) for (const c of choices) c.line += ` · ≈ ${formatRupiah(Math.round(cost(c)))}/${c.size!.base}`;
  choices.sort((a, b) => cost(a) - cost(b) || a.price - b.price);

  const head = `Hasil tawar ${s.item} ${formatQty(s.qty)} ${s.unit} (batas ${per(s.ceiling)}):`;
  const refs = [s.lastPrice != null ? `beli terakhir ${per(s.lastPrice)}` : null, s.market != null ? `harga pasar ${per(s.market)}` : null].filter(Boolean);
  const lines = [head, ...choices.map((c, i) => `${i + 1}. ${c.line}`), ...others.map((o) => `• ${o}`)];
  if (refs.length) lines.push(`Pembanding: ${refs.join(' · ')}.`);
  lines.push(choices.length
    ? `Balas ${choices.length === 1 ? '1' : `1–${choices.length}`} untuk pesan, atau "tidak" kalau tidak jadi. Belum ada yang kami janjikan ke supplier.`
    : 'Belum ada penawaran yang masuk batas, Kak. Kalau mau, kirim lagi dengan batas baru.');
  return { text: lines.join('\n'), choices: choices.map(({ line: _line, size: _size, ...c }) => c) };
}

// "ok 1", "oke no 2", "ya yg 1": a yes may come before the number too (it was read as a greeting and nothing was ordered).
export const choiceLead = String.raw`(?:(?:ok|oke|okey|okay|ya|iya|sip|siap|pilih|ambil|yang|yg|nomor|no\.?|nomer|pesan|pesen)\s*,?\s*){0,3}`;

/** The owner's answer to the summary: a number from the list, "tidak", or null when it is something else. */
export function readChoice(text: string, count: number): number | 'no' | null {
  const t = text.toLowerCase().trim();
  if (/^(tidak|tdk|gak|ga|nggak|enggak|engga|batal|jangan|gajadi|ga jadi|gak jadi|tidak jadi)\b/.test(t)) return 'no';
  // "ambil yang 1", "pilih no 2": the words before the number may come together; "1 gula", "yang 2 buat kapal api": the goods
  // may follow, to say which summary (two waiting).
  const m = new RegExp(String.raw`^${choiceLead}(\d{1,2})(?:\s*(?:aja|saja|ya|yg itu|deh))?(?:\s+(?:buat|untuk|utk|yang|yg)?\s*\p{L}[\p{L}\s]{0,30})?[.!\s]*$`, 'u').exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= count ? n : null;
}

// Words around a pick that say nothing more: "ya", "oke pesan", "ambil yg", "aja deh kak".
const pickWords = String.raw`(?:ya|iya|iyaa|iye|yes|ok|oke|okey|okay|sip|siap|boleh|setuju|deal|lanjut|gas|pilih|ambil|pesan|pesen|order|yang|yg|ke|dari|aja|saja|deh|kak|dong|itu|sama)`;
const ordinals: Record<string, number> = wordTable({ pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4 });
const yesWord = /\b(?:ya|iya|iyaa|iye|yes|ok|oke|okey|okay|sip|siap|boleh|setuju|deal|lanjut|gas|pesan|pesen|order|ambil)\b/;

/** Short, no number, and a yes, a picking word or an ordinal in it: worth looking for a summary waiting. */
export function mayBePick(text: string): boolean {
  const t = text.toLowerCase();
  return !/\d/.test(t) && t.trim().split(/\s+/).length <= 6 && (yesWord.test(t) || /\b(?:pilih|yang|yg|pertama|kesatu|kedua|ketiga|keempat|termurah)\b/.test(t));
}

/**
 * The owner's pick said in words (helpers' haggles: each got "Oke, Kak 👍" and nothing was ordered): "ya" or "oke pesan"
 * to a summary of one choice, a supplier named ("ambil yg toko makmur"), "yang kedua". `names` in the summary's order.
 */
export function readPick(text: string, names: readonly string[]): number | null {
  const t = pickText(text);
  if (!t || /\d/.test(t)) return null;
  for (const [w, n] of Object.entries(ordinals)) if (n <= names.length && around(t, w)) return n;
  // "ambil yang murah aja", "yg paling murah": the summary lists the cheapest first (it got "belum paham").
  if (around(t, String.raw`(?:(?:paling|lebih)\s+)?(?:murah|murahan|termurah|murah an)`)) return 1;
  const named = names.map((name, i) => {
    const full = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const core = full.replace(/^(?:ud|toko|tk|cv|pt|agen|grosir|warung)\s+/, '');
    return full && around(t, `(?:${full}|${core})`) ? i + 1 : null;
  }).filter((n): n is number => n !== null);
  if (named.length === 1) return named[0]!;
  return names.length === 1 && saysYes(text) ? 1 : null;
}

/** "ya", "oke pesan", "ok deh kak": a yes and nothing that says which. */
export function saysYes(text: string): boolean {
  const t = pickText(text);
  return yesWord.test(t) && around(t, pickWords);
}

const pickText = (text: string) => text.toLowerCase().replace(/[.!,?]+/g, ' ').replace(/\s+/g, ' ').trim();
const around = (t: string, core: string) => new RegExp(String.raw`^(?:${pickWords}\s+)*${core}(?:\s+${pickWords})*$`).test(t);
