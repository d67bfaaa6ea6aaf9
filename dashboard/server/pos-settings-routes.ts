// Pengaturan's POS part, owner only: the warung's POS devices (list, remove: the device books nothing
// more and its session is logged out) and whether cashiers may give discounts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { withActor } from '../../core/db/tenant.ts';
import { posDevices } from '../lib/queries/pos-devices.ts';
import { actorOf } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, fromSqlError, requireSession } from './guard.ts';
import { parseBody } from './pos-routes.ts';

const removeBody = z.object({ device_id: z.uuid() });
const discountBody = z.object({ allow: z.union([z.boolean(), z.enum(['on', 'off']).transform((v) => v === 'on')]) });

export function posSettingsRoutes(app: FastifyInstance): void {
  app.get('/api/pengaturan/pos', async (request) => posDevices(webContext().db, await requireSession(request, ['owner'])));

  app.post('/api/pengaturan/pos/hapus', async (request) => {
    checkCsrf(request);
    const s = await requireSession(request, ['owner']);
    const b = parseBody(removeBody, request.body, 'Perangkat tidak dikenal.');
    try {
      await withActor(webContext().db, actorOf(s), (tx) => tx.query('select pos_revoke_device($1, $2)', [s.tenantId, b.device_id]));
    } catch (err) {
      const e = fromSqlError(err);
      if (e instanceof AppError && e.code === 'not_found:device') throw new AppError('not_found:device', { message: 'Perangkat itu tidak ada atau sudah dihapus.' });
      throw e;
    }
    return { ok: true, message: 'Perangkat kasir dihapus dan dikeluarkan.' };
  });

  app.post('/api/pengaturan/pos/diskon', async (request) => {
    checkCsrf(request);
    const s = await requireSession(request, ['owner']);
    const b = parseBody(discountBody, request.body);
    await withActor(webContext().db, actorOf(s), (tx) => tx.query('update tenants set pos_cashier_discount = $2 where id = $1', [s.tenantId, b.allow]));
    return { ok: true, message: b.allow ? 'Kasir boleh memberi diskon.' : 'Kasir tidak boleh memberi diskon.' };
  });
}
