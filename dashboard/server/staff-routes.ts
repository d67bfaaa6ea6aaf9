// Pengaturan's staff and cashiers, owner only and CSRF-checked: add (name, phone, role), remove, and
// reset a member's POS PIN. Writes go through the SQL functions add_staff, remove_staff and
// set_member_pin as the logged-in owner; the PIN is hashed here so it never reaches the database.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { withActor } from '../../core/db/tenant.ts';
import { toE164 } from '../../core/phone.ts';
import { hashPin } from '../lib/pin.ts';
import { actorOf, type Session } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, fromSqlError, requireSession } from './guard.ts';

const addBody = z.object({ name: z.string().trim().min(1).max(80), phone: z.string().max(32), role: z.enum(['staff', 'cashier']) });
const removeBody = z.object({ phone: z.string().max(32) });
const pinBody = z.object({ member_id: z.string().uuid(), pin: z.string().trim().max(6).optional() });

/** Friendly Indonesian answers for what the owner can get wrong. */
const bad = (code: `${'bad_request' | 'conflict' | 'not_found'}:${string}`, message: string) => new AppError(code, { message });
const parse = <T>(schema: z.ZodType<T>, body: unknown, message: string): T => {
  const r = schema.safeParse(body);
  if (!r.success) throw bad('bad_request:body', message);
  return r.data;
};
const e164 = (raw: string) => {
  const p = toE164(raw);
  if (!p) throw bad('bad_request:phone', 'Nomor HP tidak valid. Contoh: 0812 3456 7890.');
  return p;
};

export function staffRoutes(app: FastifyInstance): void {
  /** CSRF and an owner's session first (a staff session is refused before its body is read). */
  const owner = async (request: FastifyRequest) => {
    checkCsrf(request);
    return requireSession(request, ['owner']);
  };
  const call = async <T>(s: Session, sql: string, params: unknown[]): Promise<T> => {
    try {
      return await withActor(webContext().db, actorOf(s), async (tx) => (await tx.query(sql, params)).rows[0]?.r as T);
    } catch (err) {
      const e = fromSqlError(err);
      if (e instanceof AppError && e.code === 'conflict:member_elsewhere') {
        throw bad('conflict:member_elsewhere', 'Nomor ini sudah terdaftar di warung lain. Minta dia keluar dulu dari warung itu, atau pakai nomor lain.');
      }
      if (e instanceof AppError && e.code === 'conflict:member_phone_taken') {
        const name = (err as { detail?: string }).detail ?? 'anggota lain';
        throw bad('conflict:member_phone_taken', `Nomor ini sudah dipakai ${name}. Kalau nomornya sekarang milik orang lain, hapus ${name} dulu, lalu tambahkan lagi.`);
      }
      if (e instanceof AppError && e.code === 'not_found:member') throw bad('not_found:member', 'Anggota itu tidak ada atau sudah dihapus.');
      throw e;
    }
  };

  app.post('/api/pengaturan/anggota', async (request) => {
    const s = await owner(request);
    const b = parse(addBody, request.body, 'Isi nama, nomor HP dan peran (karyawan atau kasir).');
    const r = await call<{ name: string; role: string; created: boolean; was_active: boolean }>(s, 'select add_staff($1, $2, $3, $4) as r', [s.tenantId, e164(b.phone), b.name, b.role]);
    if (r.role === 'owner') return { ok: true, message: 'Nomor ini milik pemilik warung; tidak diubah.' };
    const who = r.role === 'cashier' ? 'Kasir' : 'Karyawan';
    return { ok: true, message: r.created ? `${who} ${r.name} ditambahkan.` : r.was_active ? `${r.name} sekarang ${who.toLowerCase()}.` : `${who} ${r.name} diaktifkan lagi.` };
  });

  app.post('/api/pengaturan/anggota/hapus', async (request) => {
    const s = await owner(request);
    const phone = e164(parse(removeBody, request.body, 'Nomor HP tidak valid.').phone);
    const removed = await call<boolean>(s, 'select remove_staff($1, $2) as r', [s.tenantId, phone]);
    if (!removed) throw bad('not_found:member', 'Karyawan atau kasir dengan nomor itu tidak ada.');
    return { ok: true, message: 'Dihapus dari warung.' };
  });

  // An empty PIN clears it (the member sets up a new one at the POS); otherwise 4-6 digits.
  app.post('/api/pengaturan/anggota/pin', async (request) => {
    const s = await owner(request);
    const b = parse(pinBody, request.body, 'PIN harus 4–6 angka.');
    const pin = b.pin ? b.pin : null;
    if (pin !== null && !/^\d{4,6}$/.test(pin)) throw bad('bad_request:pin', 'PIN harus 4–6 angka.');
    const hash = pin === null ? null : await hashPin(pin);
    await call<boolean>(s, 'select set_member_pin($1, $2, $3) as r', [s.tenantId, b.member_id, hash]);
    return { ok: true, message: pin === null ? 'PIN dihapus. Kasir membuat PIN baru saat masuk kasir.' : 'PIN baru tersimpan.' };
  });
}
