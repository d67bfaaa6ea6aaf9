// Staff in chat: the owner adds or removes a cashier/staff member by phone, through SQL functions that
// check the caller is the owner (a tenant session may not write members directly). A phone already
// working in another warung is refused plainly: the sender is found by phone, so it could only ever
// book into one of them.
import { z } from 'zod';
import { callFn } from '../../finance/sql.ts';
import { AppError } from '../../../core/errors.ts';
import type { StaffCommand } from '../answers.ts';
import { titleCase } from '../catalogue/resolve-items.ts';
import type { Env } from '../env.ts';
import type { Reply } from '../types.ts';

const roleWord = { cashier: 'kasir', staff: 'karyawan' } as const;
const added = z.object({ id: z.string(), name: z.string(), role: z.string(), created: z.boolean() });

export const elsewhereText = (phone: string, warung: string) =>
  `Maaf Kak, nomor ${phone} sudah terdaftar di warung lain, jadi belum bisa ditambahkan ke ${warung}. ` +
  'Satu nomor hanya bisa mencatat untuk satu warung. Minta pemilik warung itu menghapusnya dulu, lalu tambahkan lagi, ya.';

export async function runStaffCommand(env: Env, cmd: StaffCommand): Promise<Reply[]> {
  const tenant = env.agentCtx.tenant;
  if (cmd.phone === env.agentCtx.member.phone) return [{ text: 'Itu nomor Kakak sendiri 🙂' }];
  if (cmd.action === 'add') {
    let member: z.infer<typeof added>;
    try {
      // "tambah kasir mbak sari 0813…" is Mbak Sari in every reply and page.
      member = await callFn(env.tx, 'public.add_staff', [tenant.id, cmd.phone, cmd.name && titleCase(cmd.name), cmd.role], added);
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict:member_elsewhere') return [{ text: elsewhereText(cmd.phone, tenant.name) }];
      if (err instanceof AppError && err.code === 'conflict:member_phone_taken') {
        const name = (err.cause as { detail?: string } | undefined)?.detail ?? 'anggota lain';
        return [{ text: `Nomor ${cmd.phone} sudah dipakai ${name}, Kak. Kalau nomor itu sekarang milik orang lain, hapus dulu: "hapus kasir ${cmd.phone}", lalu tambahkan lagi.` }];
      }
      throw err;
    }
    const name = member.name;
    return [
      { text: `Siap Kak ✅ ${name} (${cmd.phone}) sekarang ${roleWord[cmd.role]} ${tenant.name}. Dia sudah bisa catat penjualan lewat chat ini.` },
      { text: `Halo ${name}! Kakak ditambahkan sebagai ${roleWord[cmd.role]} di ${tenant.name} 🙌 Catat penjualan cukup chat ke sini, misalnya "laku indomie 5 bks 17.500".`, toPhone: cmd.phone },
    ];
  }
  const removed = await callFn(env.tx, 'public.remove_staff', [tenant.id, cmd.phone], z.boolean());
  return [{ text: removed ? `Siap Kak ✅ Nomor ${cmd.phone} sudah dihapus dari ${tenant.name}.` : `Nomor ${cmd.phone} tidak terdaftar sebagai ${roleWord[cmd.role]}, Kak.` }];
}
