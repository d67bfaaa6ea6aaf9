// Changes made from the dashboard's pages (CSRF-checked, as the logged-in member): stock counts,
// products, debt payments and reminders, contacts, the warung's settings and sessions; plus voice
// notes for Percakapan and "Ekspor semua data".
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { withActor } from '../../core/db/tenant.ts';
import { formatRupiah, localDate } from '../../core/format.ts';
import type { MediaStore } from '../../core/ports/media-store.ts';
import { toE164 } from '../../core/phone.ts';
import { exportAll } from '../lib/export-all.ts';
import type { SendText } from '../lib/login.ts';
import { qrisProblem } from '../../core/qris.ts';
import { actorOf, type MemberRole, type Session } from '../lib/session.ts';
import { asService } from '../lib/sql.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, fromSqlError, requireSession } from './guard.ts';

const blank = (v: unknown) => (v === '' ? undefined : v);
const text = (max: number) => z.preprocess(blank, z.string().trim().min(1).max(max).optional());
/**
 * Rupiah as Indonesians type it: "5.000", "5,000", "Rp 5.000", "5000", "5rb" (a helper's phone try: "5.000" in the
 * debt payment was saved as Rp5, "3.500" as a price was refused in English). Anything else stays text, so the
 * check below refuses it in Indonesian.
 */
const rupiahText = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const m = /^\s*(?:rp\.?\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(rb|ribu|k)?\s*$/i.exec(v);
  if (!m) return v.trim() === '' ? undefined : v;
  const n = Number(m[1]!.replace(/[.,]/g, ''));
  return m[2] ? n * 1000 : n;
};
const rupiah = (min: number) => z.number({ error: 'Tulis jumlah rupiah, misalnya 5000 atau 5.000' }).int().min(min).max(1e12);
const money = z.preprocess(rupiahText, rupiah(0).optional());
/** A count or weight: "2,5" (the Indonesian decimal comma) is 2.5. */
const qtyText = (v: unknown): unknown => (typeof v === 'string' && /^\s*\d+,\d+\s*$/.test(v) ? v.replace(',', '.') : blank(v));
const qty = z.preprocess(qtyText, z.coerce.number().min(0).max(1e9).optional());
const uuid = z.string().uuid();
const phone = z.preprocess(blank, z.string().max(32).transform((v, ctx) => toE164(v) ?? (ctx.addIssue({ code: 'custom', message: 'Nomor HP tidak valid' }), z.NEVER)).optional());

const opnameBody = z.object({ product_id: uuid, qty: z.preprocess(qtyText, z.coerce.number().min(0).max(1e9)), key: z.string().uuid().optional() });
const productBody = z.object({
  id: z.preprocess(blank, uuid.optional()), name: z.string().trim().min(1).max(120), aliases: text(500), unit: z.string().trim().min(1).max(20),
  // A selling price of 0 saved ("Barang diperbarui") and the POS then sold it for nothing (a helper's try): blank is no price.
  // Rp999.999.999.999 saved too (a pages try): no warung sells one piece for more than Rp100.000.000.
  sell_price: z.preprocess(rupiahText, z.number({ error: 'Tulis harga jual, misalnya 5000' }).int().min(1, { error: 'Harga jual harus lebih dari Rp0. Kosongkan kalau belum ada harganya.' })
    .max(100_000_000, { error: 'Harga jual paling tinggi Rp100.000.000. Cek lagi angkanya, Kak.' }).optional()),
  barcode: text(64), category: text(60), reorder_point: qty,
  pack_name: text(20), pack_size: qty, pack_price: money,
});
const paymentBody = z.object({ contact_id: uuid, direction: z.enum(['receivable', 'payable']), amount: z.preprocess(rupiahText, rupiah(1)),
  payment: z.enum(['cash', 'qris', 'transfer']).default('cash'), key: z.string().uuid().optional() });
const remindBody = z.object({ contact_id: uuid });
const contactBody = z.object({ id: z.preprocess(blank, uuid.optional()), kind: z.enum(['customer', 'supplier']), name: z.string().trim().min(1).max(120),
  phone, note: text(300), aliases: text(500) });
const tenantBody = z.object({ name: z.string().trim().min(1).max(120), city: text(80), timezone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
  // 24-hour "21:00" (or "21.00", as Indonesians write it); the field is text, not a locale-bound time picker.
  closing_time: z.string().trim().regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'Jam tutup tidak valid (mis. 21:00)').transform((v) => v.replace('.', ':').padStart(5, '0')),
  qris: text(512) });

// Media keys end in an extension chosen from the stored mimetype (bot/media/media-key.ts); the inbox
// keeps no mimetype of its own, so the answer's type comes back from the key. Only audio and images.
const mediaTypes: Record<string, string> = {
  ogg: 'audio/ogg', opus: 'audio/ogg', mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac', wav: 'audio/wav', webm: 'audio/webm',
  amr: 'audio/amr', jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp',
};
export const mediaTypeOf = (key: string): string | null => mediaTypes[/\.([a-z0-9]+)$/.exec(key)?.[1] ?? ''] ?? null;

const aliasList = (s: string | undefined) => (s ? [...new Set(s.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean))] : []);

export function pageRoutes(app: FastifyInstance, deps: { send: SendText; media?: MediaStore }): void {
  const ctx = () => webContext();
  /** A change: CSRF, a session of one of the roles, then fn in one transaction as the member. */
  const change = <T>(roles: MemberRole[], fn: (s: Session, request: FastifyRequest) => Promise<T>) => async (request: FastifyRequest) => {
    checkCsrf(request);
    const s = await requireSession(request, roles);
    try {
      return await fn(s, request);
    } catch (err) {
      throw fromSqlError(err);
    }
  };
  const asMember = <T>(s: Session, fn: Parameters<typeof withActor<T>>[2]) => withActor(ctx().db, actorOf(s), fn);

  app.post('/api/stok/opname', change(['owner', 'staff'], async (s, request) => {
    const b = opnameBody.parse(request.body);
    await asMember(s, (tx) => tx.query('select set_stock_count($1, $2, $3, $4, $5)', [s.tenantId, b.product_id, b.qty, `dashboard:opname:${b.key ?? randomUUID()}`, 'stok opname dari dasbor']));
    return { ok: true, message: 'Stok opname tersimpan.' };
  }));

  app.post('/api/stok/produk', change(['owner', 'staff'], async (s, request) => {
    const b = productBody.parse(request.body);
    const id = await asMember(s, async (tx) => {
      // A helper's try: "Kerupuk Udang" added twice made two rows, and the chat asked "which kerupuk udang?".
      const same = await tx.query(`select 1 from products where tenant_id = $1 and active and lower(name) = lower($2) and id is distinct from $3::uuid`,
        [s.tenantId, b.name.trim(), b.id ?? null]);
      if (same.rows.length) throw new AppError('conflict:product_name', { message: `Barang "${b.name.trim()}" sudah ada. Ubah barang itu saja, atau pakai nama lain.` });
      const values = [b.name, aliasList(b.aliases), b.unit, b.sell_price ?? null, b.barcode ?? null, b.category ?? null, b.reorder_point ?? null];
      const row = b.id
        ? (await tx.query(`update products set name = $2, aliases = $3, unit = $4, sell_price = $5, barcode = $6, category = $7, reorder_point = $8, updated_at = now()
             where id = $1 returning id`, [b.id, ...values])).rows[0]
        : (await tx.query(`insert into products (tenant_id, name, aliases, unit, sell_price, barcode, category, reorder_point)
             values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`, [s.tenantId, ...values])).rows[0];
      if (!row) throw new AppError('not_found:product');
      if (b.pack_name && b.pack_size) await tx.query('select set_product_unit($1, $2, $3, $4, $5)', [s.tenantId, row.id, b.pack_name.toLowerCase(), b.pack_size, b.pack_price ?? null]);
      return row.id as string;
    });
    return { ok: true, id, message: b.id ? 'Barang diperbarui.' : 'Barang ditambahkan.' };
  }));

  app.post('/api/utang/bayar', change(['owner', 'staff'], async (s, request) => {
    const b = paymentBody.parse(request.body);
    const { rows } = await asMember(s, async (tx) => {
      // A helper's try: Rp999.999.999 typed against Rp25.000 owed was booked, the rest kept as a deposit nobody was told
      // of (the drawer read Rp999.901.499 more). More than is open is refused here; the chat says how to keep a deposit.
      const open = Number((await tx.query<{ open: string }>(`select coalesce(sum(amount - paid), 0)::text as open from debts
          where tenant_id = $1 and contact_id = $2 and direction = $3 and status = 'open'`, [s.tenantId, b.contact_id, b.direction])).rows[0]!.open);
      if (b.amount > open) {
        throw new AppError('bad_request:more_than_owed', { message: `Lebih dari sisa utangnya (${formatRupiah(open)}). Tulis jumlah yang dibayar, paling banyak ${formatRupiah(open)}.` });
      }
      return tx.query<{ r: { remaining: number } }>('select record_debt_payment($1, $2, $3, $4, $5, $6) as r',
        [s.tenantId, b.contact_id, b.direction, b.amount, `dashboard:pay:${b.key ?? randomUUID()}`, b.payment]);
    });
    return { ok: true, message: `Pembayaran ${formatRupiah(b.amount)} tercatat. Sisa ${formatRupiah(rows[0]!.r.remaining)}.` };
  }));

  app.post('/api/utang/ingatkan', change(['owner'], async (s, request) => {
    const b = remindBody.parse(request.body);
    const c = await asMember(s, async (tx) => (await tx.query<{ name: string; phone: string | null; rest: number }>(
      `select c.name, c.phone, coalesce(sum(d.amount - d.paid), 0)::bigint as rest from contacts c
         left join debts d on d.contact_id = c.id and d.tenant_id = c.tenant_id and d.status = 'open' and d.direction = 'receivable'
        where c.id = $1 group by c.id`, [b.contact_id])).rows[0]);
    if (!c) throw new AppError('not_found:contact');
    if (!c.phone) throw new AppError('bad_request:no_phone', { message: 'Kontak ini belum punya nomor WhatsApp.' });
    if (c.rest <= 0) throw new AppError('bad_request:no_debt', { message: 'Tidak ada utang yang perlu diingatkan.' });
    await deps.send({ tenantId: s.tenantId, phone: c.phone },
      `Halo ${c.name}, ini pengingat dari ${s.tenantName}: masih ada utang ${formatRupiah(c.rest)}. Terima kasih 🙏`);
    return { ok: true, message: `Pengingat terkirim ke ${c.name}.` };
  }));

  // A second contact of a name already there made the chat ask "Bu Yati yang mana? 1. Bu Yati 2. Bu Yati", and the debt
  // stayed on the one without a number (a helper's try): a new contact of that name fills in the one there when it has
  // no other number, else it is refused; a rename to another contact's name is refused too.
  app.post('/api/kontak', change(['owner', 'staff'], async (s, request) => {
    const b = contactBody.parse(request.body);
    return asMember(s, async (tx) => {
      const values = [b.kind, b.name, b.phone ?? null, b.note ?? null, aliasList(b.aliases)];
      const same = (await tx.query<{ id: string; name: string; phone: string | null }>(
        `select id, name, phone from contacts where tenant_id = $1 and lower(name) = lower($2) and id is distinct from $3::uuid order by created_at limit 1`,
        [s.tenantId, b.name, b.id ?? null])).rows[0];
      const taken = () => new AppError('conflict:contact_name', { message: `Kontak bernama ${same!.name} sudah ada. Pakai nama lain, misalnya "${same!.name} Pasar", atau ubah kontak yang sudah ada.` });
      if (b.id) {
        if (same) throw taken();
        const r = await tx.query('update contacts set kind = $2, name = $3, phone = $4, note = $5, aliases = $6 where id = $1', [b.id, ...values]);
        if (!r.rowCount) throw new AppError('not_found:contact');
        return { ok: true, message: 'Kontak diperbarui.' };
      }
      if (same) {
        if (same.phone && b.phone && same.phone !== b.phone) throw taken();
        await tx.query(`update contacts set phone = coalesce(phone, $2), note = coalesce(note, $3), aliases = (select array(select distinct unnest(aliases || $4::text[]))) where id = $1`,
          [same.id, b.phone ?? null, b.note ?? null, aliasList(b.aliases)]);
        return { ok: true, message: `Kontak ${same.name} sudah ada; ${b.phone ? 'nomornya disimpan di sana' : 'tidak dibuat dua kali'}.` };
      }
      await tx.query('insert into contacts (tenant_id, kind, name, phone, note, aliases) values ($1, $2, $3, $4, $5, $6)', [s.tenantId, ...values]);
      return { ok: true, message: 'Kontak ditambahkan.' };
    });
  }));

  app.post('/api/pengaturan/warung', change(['owner'], async (s, request) => {
    const b = tenantBody.parse(request.body);
    const qrisWrong = b.qris ? qrisProblem(b.qris) : null;
    if (qrisWrong) throw new AppError('bad_request:qris', { message: qrisWrong });
    await asMember(s, (tx) => tx.query(
      `update tenants set name = $2, city = $3, timezone = $4, closing_time = $5::time,
              settings = case when $6::text is null then settings - 'qris' else jsonb_set(settings, '{qris}', to_jsonb($6::text)) end
        where id = $1`, [s.tenantId, b.name, b.city ?? null, b.timezone, b.closing_time, b.qris?.trim() ?? null]));
    return { ok: true, message: 'Pengaturan warung tersimpan.' };
  }));

  // The owner removes a device: sessions are the server's (service role), limited to the owner's warung.
  app.post<{ Params: { id: string } }>('/api/pengaturan/sesi/:id/cabut', change(['owner'], async (s, request) => {
    const id = uuid.parse((request.params as { id: string }).id);
    const r = await asService(ctx().db, 'update dashboard_sessions set revoked_at = now() where id = $1 and tenant_id = $2 and revoked_at is null', [id, s.tenantId]);
    if (!r.rowCount) throw new AppError('not_found:session');
    return { ok: true, message: 'Perangkat dikeluarkan.' };
  }));

  app.get<{ Params: { id: string } }>('/api/media/:id', async (request, reply) => {
    const s = await requireSession(request, ['owner', 'staff']);
    const id = z.coerce.number().int().positive().parse(request.params.id);
    const row = await asMember(s, async (tx) => (await tx.query<{ media_ref: string | null; mime: string | null }>(
      `select media_ref, media_meta ->> 'mime' as mime from inbox where id = $1`, [id])).rows[0]);
    const type = row?.media_ref ? row.mime ?? mediaTypeOf(row.media_ref) : null;
    if (!row?.media_ref || !type || !deps.media) throw new AppError('not_found:media');
    return reply.type(type).header('cache-control', 'private, max-age=3600').header('x-content-type-options', 'nosniff')
      .send(await deps.media.get(row.media_ref));
  });

  app.get('/api/ekspor', async (request, reply) => {
    const s = await requireSession(request, ['owner']);
    const data = await exportAll(ctx().db, s, ctx().clock.now());
    return reply.type('application/zip').header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="juragan-${localDate(ctx().clock.now(), s.zone)}.zip"`).send(data);
  });
}
