// SQL refusals the pages meet become AppErrors with their HTTP kind and, where an owner reads them, Indonesian.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { fromSqlError } from '../server/guard.ts';

describe('fromSqlError', () => {
  // A helper's try: voiding a part-paid credit sale showed the raw "conflict:debt_has_payments".
  it('a refusal the owner can meet reads in Indonesian, with its code kept', () => {
    const e = fromSqlError({ code: 'P0001', message: 'conflict:debt_has_payments' }) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('conflict:debt_has_payments');
    expect(e.message).toMatch(/sudah ada pembayarannya/);
  });
  it('other refusals keep their SQL message; invalid is a bad request; anything else passes through', () => {
    const e = fromSqlError({ code: 'P0001', message: 'invalid:amount' }) as AppError;
    expect(e.code).toBe('bad_request:amount');
    expect(e.message).toBe('invalid:amount');
    const raw = new Error('connection lost');
    expect(fromSqlError(raw)).toBe(raw);
  });
});
