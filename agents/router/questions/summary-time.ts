// "kirim laporan tiap malam bisa?", "ada laporan otomatis?": the day's summary already goes to the owners at the
// warung's closing time (bot/scheduled/schedules.ts); the owner is told when, not sent today's report.
import { z } from 'zod';
import { prepared } from '../../../core/db/tenant.ts';
import { zoneAbbrev } from '../../../core/format.ts';
import type { Env } from '../env.ts';
import type { Reply } from '../types.ts';

const every = String.raw`(?:tiap|setiap|saben|unggal|tiap2)\s+(?:hari|malam|malem|sore|dino|dinten|wengi|peuting|sonten|tutup)`;
const report = String.raw`\blapor(?:an|ane|anna|anya)\b`;
const asks = new RegExp(String.raw`${report}.*(?:\b${every}\b|\b(?:otomatis|rutin|harian)\b.*\b(?:bisa|ada|kirim|kirimin|kirimkan)\b)|\b${every}\b.*${report}`);

/** The message asks whether (or when) the daily report is sent. */
export const asksDailySummary = (text: string): boolean => asks.test(text.toLowerCase());

export async function summaryTimeReply(env: Env): Promise<Reply[]> {
  const { rows } = await prepared<{ closing: string }>(env.tx,
    `select to_char(coalesce(closing_time, '21:00'), 'HH24.MI') as closing from public.tenants where id = $1`, [env.agentCtx.tenant.id]);
  const closing = z.string().parse(rows[0]?.closing ?? '21.00');
  const zone = zoneAbbrev[env.agentCtx.tenant.timezone];
  return [{ text: `Bisa, Kak ✅ Ringkasan hari ini saya kirim otomatis tiap hari jam ${closing} ${zone} (jam tutup warung). Jamnya bisa diubah di Pengaturan dasbor. Kalau mau lihat sekarang, ketik "laporan hari ini".` }];
}
