// Pengaturan's "Harga warung sekitar" switch (owner only, CSRF-checked): whether the warung's booked
// purchases feed the anonymous network prices. A plain update of tenants.market_share as the owner
// (RLS: only an owner updates its tenant row); turning it off drops what was shared (SQL trigger).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { withActor } from '../../core/db/tenant.ts';
import { actorOf } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, fromSqlError, requireSession } from './guard.ts';

const shareBody = z.object({ share: z.enum(['on', 'off']) });

export function marketRoutes(app: FastifyInstance): void {
  app.post('/api/pengaturan/harga-jaringan', async (request) => {
    checkCsrf(request);
    const s = await requireSession(request, ['owner']);
    const b = shareBody.safeParse(request.body);
    if (!b.success) throw new AppError('bad_request:share', { message: 'Pilihan tidak dikenali. Muat ulang halaman lalu coba lagi.' });
    const share = b.data.share === 'on';
    try {
      await withActor(webContext().db, actorOf(s), (tx) => tx.query(`update tenants set market_share = $2 where id = $1`, [s.tenantId, share]));
    } catch (err) {
      throw fromSqlError(err);
    }
    return { ok: true, message: share ? 'Siap, Kak! Harga beli warung ikut dihitung (tanpa nama).' : 'Siap, Kak! Harga beli warung tidak dibagikan lagi.' };
  });
}
