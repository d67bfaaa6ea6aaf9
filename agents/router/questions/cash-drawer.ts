// "uang di laci harusnya berapa", "duit tunai hari ini berapa", "cash di kasir kemarin": the cash the drawer
// should hold, not the whole report (an owner try got "belum paham").
import { cashReport } from '../../finance/cash.ts';
import type { Env } from '../env.ts';
import type { Reply } from '../types.ts';

const drawer = /\b(laci|kasir|brankas)\b/;
const money = /\b(uang|duit|duwit|dhuwit|artos|kas|cash|tunai|kontan)\b/;
// "saldo kas skrg brp" (city try: it got the whole report): the cash balance is the drawer's.
// "kas sekarang ada berapa", "uang kas berapa" (city try): the till's cash too.
const cashOnly = /\b(uang|duit|duwit|kas) (tunai|cash|kontan)\b|\b(tunai|cash) (masuk|hari ini|kemarin)\b|\bsaldo (kas|cash|tunai|laci)\b|^(?:uang |duit )?kas (?:sekarang|skrg|skg|saiki|ayeuna|ada|hari ini|brp|berapa)\b|\b(?:uang|duit) kas\b/;
// "uang di laci", "cek duit laci", "isi kasir hari ini" (a try of this session: "belum paham"): the noun alone asks too.
const bare = /^(?:cek |cak |lihat |liat |tampilkan )?(?:uang|duit|duwit|dhuwit|isi|kas|cash) (?:di |ning |nang |dalam |ing )?(?:laci|kasir|brankas)(?: (?:sekarang|skrg|saiki|hari ini|kemarin|kmrn))?[\s?!.]*$/;
const asks = /\b(berapa|brp|brapa|piro|pira|sabaraha|pinten|harusnya|seharusnya|mestinya|kudune|ada|isi|isine|isina)\b|\?/;

/** The message asks how much cash the drawer should hold (today, or yesterday when said). */
export function asksCashDrawer(text: string): boolean {
  const t = text.toLowerCase();
  // "isi laci berapa": what the drawer holds is money.
  if (bare.test(t.trim())) return true;
  return !/\d/.test(t) && asks.test(t) && ((drawer.test(t) && (money.test(t) || /\bisi(ne|na|nya)?\b/.test(t))) || cashOnly.test(t));
}

export async function cashDrawerReply(env: Env): Promise<Reply[]> {
  const t = env.text.toLowerCase();
  const period = /\b(kemarin|kmrn|kemaren|wingi|kamari)\b/.test(t) ? 'yesterday' : 'today';
  const { tx, tenant } = env.agentCtx;
  return [{ text: await cashReport(tx, tenant.id, tenant.timezone, period, env.now) }];
}
