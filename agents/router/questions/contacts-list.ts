// "kontak", "daftar supplier", "nomor toko makmur berapa": the suppliers the warung has, with their WhatsApp numbers
// (the ones "cariin …" asks), and how many customers. An owner try asked "kontak" and got "belum paham".
import { prepared } from '../../../core/db/tenant.ts';
import type { Env } from '../env.ts';
import { localPhone } from '../../../core/phone.ts';
import type { Reply } from '../types.ts';

const listWord = /^(?:(?:lihat|liat|cek|daftar|list|semua|mana)\s+)?(?:kontak|kontaknya|supplier|suplier|pemasok|agen|sales)(?:\s+(?:saya|sy|kita|aku|warung|semua|semuanya|apa\s+aja|siapa\s+aja|siapa\s+saja|yang\s+ada))*\s*\??$/i;
const numberOf = /^(?:(?:nomor|nomer|no)(?:\s+(?:wa|hp|telp|telepon))?|wa|hp)\s+(.+?)\s*(?:berapa|brp|brapa|ada|\?)?\s*\??$/i;

/** What the owner asks: the whole list, or the number of one contact named; null when the text is neither. */
export function readContactsAsk(text: string): { name: string | null } | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (listWord.test(t)) return { name: null };
  const m = numberOf.exec(t);
  return m && /\p{L}{3}/u.test(m[1]!) && !/\d/.test(m[1]!) ? { name: m[1]!.trim() } : null;
}

type Row = { name: string; kind: string; phone: string | null };

export async function contactsReply(env: Env, ask: { name: string | null }): Promise<Reply[]> {
  const { rows } = await prepared<Row>(env.tx,
    `select name, kind, phone from public.contacts where tenant_id = $1 and active order by kind desc, lower(name) limit 200`, [env.agentCtx.tenant.id]);
  const show = (r: Row) => `${r.name}: ${r.phone ? localPhone(r.phone) : 'belum ada nomor'}`;
  if (ask.name) {
    const name = ask.name.replace(/^(?:pak|bu|ibu|bapak|mas|mbak|koh|ci)\s+/, '');
    const found = rows.filter((r) => r.name.toLowerCase().includes(name));
    if (found.length === 0) return [{ text: `Kontak "${ask.name}" belum ada, Kak. Simpan dengan misalnya "tambah supplier ${ask.name} 0812-3456-7890".` }];
    return [{ text: found.slice(0, 5).map(show).join('\n') }];
  }
  const suppliers = rows.filter((r) => r.kind === 'supplier');
  const customers = rows.filter((r) => r.kind === 'customer').length;
  const lines = suppliers.length
    ? [`📇 Pemasok (${suppliers.length}):`, ...suppliers.slice(0, 20).map((r) => `• ${show(r)}`)]
    : ['📇 Belum ada pemasok. Simpan dengan misalnya "tambah supplier Toko Makmur 0812-3456-7890".'];
  if (customers > 0) lines.push(`Pelanggan: ${customers} orang (lihat di dasbor, halaman Kontak).`);
  return [{ text: lines.join('\n') }];
}
