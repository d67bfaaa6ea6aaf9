// The Transaksi API: the filtered list (JSON), one transaction, its void (with CSRF), and the
// exports of the filtered rows. Cashiers are refused here and by the SQL functions themselves.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { withActor } from '../../core/db/tenant.ts';
import { localDate } from '../../core/format.ts';
import { toCsv, toXlsx } from '../lib/export.ts';
import { exportRows, parseFilters, transactionDetail, transactionsPage } from '../lib/queries/transaksi.ts';
import { actorOf, seesCosts } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';
import { checkCsrf, fromSqlError, requireSession } from './guard.ts';

const readers = ['owner', 'staff'] as const;
const voidBody = z.object({ reason: z.string().trim().max(200).optional(), key: z.string().uuid().optional() });

export function transaksiRoutes(app: FastifyInstance): void {
  const ctx = () => webContext();

  app.get('/api/transaksi', async (request) => {
    const s = await requireSession(request, [...readers]);
    return transactionsPage(ctx().db, s, parseFilters(request.query as Record<string, unknown>), ctx().clock.now());
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/transaksi/export.${format}`, async (request, reply) => {
      const s = await requireSession(request, [...readers]);
      const rows = await exportRows(ctx().db, s, parseFilters(request.query as Record<string, unknown>), ctx().clock.now());
      const name = `transaksi-${localDate(ctx().clock.now(), s.zone)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(rows, s.zone, seesCosts(s)));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(rows, s.zone, seesCosts(s)));
    });
  }

  app.get<{ Params: { id: string } }>('/api/transaksi/:id', async (request) => {
    const s = await requireSession(request, [...readers]);
    const d = await transactionDetail(ctx().db, s, request.params.id);
    if (!d) throw new AppError('not_found:transaction', { message: 'Transaksi tidak ditemukan' });
    return d;
  });

  app.post<{ Params: { id: string } }>('/api/transaksi/:id/void', async (request) => {
    checkCsrf(request);
    const s = await requireSession(request, [...readers]);
    const body = voidBody.parse(request.body ?? {});
    if (!z.string().uuid().safeParse(request.params.id).success) throw new AppError('not_found:transaction');
    try {
      const { rows } = await withActor(ctx().db, actorOf(s), (tx) => tx.query<{ r: { voided: boolean } }>(
        'select void_transaction($1, $2, $3, $4) as r',
        [s.tenantId, request.params.id, body.reason ?? 'dibatalkan dari dasbor', `dashboard:void:${body.key ?? randomUUID()}`]));
      return { ok: true, voided: rows[0]!.r.voided !== false };
    } catch (err) {
      throw fromSqlError(err);
    }
  });
}
