// The clock and the tenant's UTC offset from an ISO string with an offset ("2026-11-21T10:00:00+07:00").
import type { ParseContext } from './parse.ts';

export function clockFrom(iso: string | undefined): ParseContext {
  if (!iso) return {};
  const now = new Date(iso);
  if (Number.isNaN(now.getTime())) return {};
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (m) return { now, offsetMinutes: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) };
  return /Z$/i.test(iso) ? { now, offsetMinutes: 0 } : { now };
}
