// Staff in chat: the owner adds or removes a cashier/staff member by phone.
import type { StaffCommand } from './answers.ts';
import type { Env } from './env.ts';
import type { Reply } from './types.ts';

const roleWord = { cashier: 'kasir', staff: 'karyawan' } as const;

export async function runStaffCommand(env: Env, cmd: StaffCommand): Promise<Reply[]> {
  const tenant = env.agentCtx.tenant;
  if (cmd.phone === env.agentCtx.member.phone) return [{ text: 'Itu nomor Kakak sendiri 🙂' }];
  if (cmd.action === 'add') {
    const name = cmd.name ?? roleWord[cmd.role].replace(/^./, (c) => c.toUpperCase());
    await env.tx.query(
      `insert into public.members (tenant_id, phone, name, role) values ($1, $2, $3, $4)
       on conflict (tenant_id, phone) do update
         set active = true, name = coalesce($5, public.members.name),
             role = case when public.members.role = 'owner' then 'owner' else excluded.role end`,
      [tenant.id, cmd.phone, name, cmd.role, cmd.name],
    );
    return [
      { text: `Siap Kak ✅ ${name} (${cmd.phone}) sekarang ${roleWord[cmd.role]} ${tenant.name}. Dia sudah bisa catat penjualan lewat chat ini.` },
      { text: `Halo ${name}! Kakak ditambahkan sebagai ${roleWord[cmd.role]} di ${tenant.name} 🙌 Catat penjualan cukup chat ke sini, misalnya "laku indomie 5 bks 17.500".`, toPhone: cmd.phone },
    ];
  }
  const { rowCount } = await env.tx.query(
    `update public.members set active = false where tenant_id = $1 and phone = $2 and role <> 'owner' and active`,
    [tenant.id, cmd.phone],
  );
  return [{ text: rowCount ? `Siap Kak ✅ Nomor ${cmd.phone} sudah dihapus dari ${tenant.name}.` : `Nomor ${cmd.phone} tidak terdaftar sebagai ${roleWord[cmd.role]}, Kak.` }];
}
