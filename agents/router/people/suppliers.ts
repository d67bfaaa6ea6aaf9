// "tambah supplier agen telur pak budi 0813…": the owner (or staff) saves a supplier with a WhatsApp number from chat,
// as the dashboard's Kontak page does, so "cariin telur …" can ask them. The supplier is told nothing until asked.
import { z } from 'zod';
import { prepared } from '../../../core/db/tenant.ts';
import { normalizePhone } from '../answers.ts';
import { titleCase } from '../catalogue/resolve-items.ts';
import type { Env } from '../env.ts';
import type { Reply } from '../types.ts';

export interface SupplierCommand { name: string; phone: string; note: string | null }

const head = /^(?:tolong\s+)?(?:tambah|tambahkan|tambahin|daftarkan|daftarin|simpan|simpen|catat|add)\s+(?:kontak\s+)?(?:supplier|suplier|pemasok|sales|agen|grosir|juragan kulakan)\b\s*(.*)$/iu;
const phoneRe = /\+?\d[\d\s-]{7,17}\d/;
const clean = (s: string) => s.replace(/\b(?:nama(?:nya)?|no(?:mor|mer)?|hp|wa|namane|nomere)\b/giu, ' ').replace(/[^\p{L}\p{N}\s.&'-]/gu, ' ').replace(/\s+/g, ' ').trim();

/** The supplier to save: a name and a number; null when the message is something else or has no number. */
export function readSupplierCommand(text: string): SupplierCommand | null {
  const m = head.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const said = phoneRe.exec(m[1]!);
  const phone = said ? normalizePhone(said[0]) : null;
  if (!said || !phone) return null;
  const before = clean(m[1]!.slice(0, said.index));
  const after = clean(m[1]!.slice(said.index + said[0].length));
  const name = before || after;
  if (!name || !/\p{L}/u.test(name)) return null;
  return { name: titleCase(name).slice(0, 60), phone, note: before && after ? after.slice(0, 200) : null };
}

const saved = z.object({ id: z.string(), created: z.boolean() });

export async function saveSupplier(env: Env, cmd: SupplierCommand): Promise<Reply[]> {
  const tenant = env.agentCtx.tenant.id;
  // The same number (or the same supplier's name) is updated, not saved twice.
  const { rows } = await prepared<{ id: string; created: boolean }>(env.tx, `
    with found as (
      select id from public.contacts where tenant_id = $1 and kind = 'supplier' and (phone = $3 or lower(name) = lower($2))
       order by (phone = $3) desc limit 1
    ), updated as (
      update public.contacts c set phone = $3, name = $2, note = coalesce($4, c.note), active = true
        from found where c.id = found.id returning c.id
    ), inserted as (
      insert into public.contacts (tenant_id, kind, name, phone, note)
        select $1, 'supplier', $2, $3, $4 where not exists (select 1 from found) returning id
    )
    select id, false as created from updated union all select id, true from inserted`, [tenant, cmd.name, cmd.phone, cmd.note]);
  const r = saved.parse(rows[0]);
  const what = r.created ? 'disimpan sebagai pemasok' : 'diperbarui';
  return [{ text: `Siap Kak ✅ ${cmd.name} (${cmd.phone}) ${what}. Kalau Kakak minta dicarikan barang (misalnya "cariin telur 10 kg maks 27rb/kg"), saya bisa tanya harga ke dia.` }];
}
