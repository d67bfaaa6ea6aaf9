// "kulak indomie 2 dus @110rb" then "sama gula 10 kg 165rb": a message opened by "and" / "also" that names goods and money
// and no kind of its own goes on with the entry before it (the sugar was booked as a sale, out of the stock just bought;
// after a sale, "sama gula 1 kg" was asked about as if nothing came before).
import { zoneOffsetMinutes } from '../../core/format.ts';
import type { Env } from './env.ts';
import type { BookedEvent } from './types.ts';

// su "teras", "lajeng", jv "banjur", "terus": then.
// "tambah gula sekilo" after a sale: more goods for it (corrections try: it booked a stock delivery); "stok" keeps it stock.
const opener = /^(?:(?:eh|oh|terus|trus|trs|lalu|teras|lajeng|banjur|habis\s+itu|abis\s+itu)\s+)*(?:sama|sm|ama|plus|karo|kalih|jeung|sareng|ditambah|tambah(?:\s+lagi)?|nambah|tambahin|nambahin|terus|trus|trs|lalu|teras|lajeng|banjur|juga)\s+(?=\S)/i;
// Words that give the message its own kind (a sale, a debt, a payment, a question, a stock count).
const ownKind = /\b(?:laku|lku|jual|terjual|kejual|payu|beli|dibeli|tuku|kulak|kulakan|belanja|blanja|ngutang|utang|hutang|bon|ngebon|kasbon|bayar|nyicil|stok|stock|harga|batal|hapus|laporan|pinjam|ambil)\b/i;
const verbOf: Partial<Record<string, string>> = { purchase: 'kulak', sale: 'laku' };

/** The message said again with the kind of the entry before ("kulak …", "laku …"), or null when it does not go on from it. */
export function continuedEntry(env: Env, last: BookedEvent | null): string | null {
  const verb = last?.kind === 'transaction' ? verbOf[last.frame.intent] : undefined;
  const open = verb ? opener.exec(env.text.trim()) : null;
  if (!open) return null;
  const rest = env.text.trim().slice(open[0].length);
  if (ownKind.test(rest)) return null;
  // More goods after a sale on someone's tab: whose, and paid or not, is not said; asked as the goods alone ("tambah" is
  // no stock delivery here either).
  if (verb === 'laku' && last!.frame.payment === 'credit') return /^(?:\S+\s+)*?(?:tambah|nambah)/i.test(open[0]) ? rest : null;
  const parse = (text: string) => env.deps.parse(text, { now: env.now, offsetMinutes: zoneOffsetMinutes[env.agentCtx.tenant.timezone] });
  // Goods alone ("gula 1 kg") read as no kind at all, goods and money as a sale: said with the verb, they are that entry.
  const alone = parse(rest);
  // "terus gas elpiji 5 tabung, 20rb per tabung" after a purchase: counted tubes are stock, not the shop's own gas.
  const countedExpense = alone.intent === 'expense' && verb === 'kulak' && alone.items.length > 0 && alone.items.every((i) => i.qty != null && i.unit != null);
  if (alone.intent !== 'sale' && alone.intent !== 'unknown' && !countedExpense) return null;
  // The purchase's supplier goes on too ("kulak dari grosir pak Sinaga, …" then "sama telur …": the eggs had no supplier).
  const from = verb === 'kulak' && last!.frame.counterparty ? ` dari ${last!.frame.counterparty}` : '';
  const said = parse(`${verb} ${rest}${from}`);
  return said.intent === last!.frame.intent && said.items.length > 0 && (said.counterparty == null) === !from ? `${verb} ${rest}${from}` : null;
}
