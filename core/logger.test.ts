// The logger's two nets for personal data, on pino's real output: redaction of fields that carry
// text or phones (including PostgreSQL's error detail), and masking of phone-shaped numbers anywhere.
import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { createLogger, maskPhone, maskPhonesIn } from './logger.ts';

function capture(level = 'info') {
  let out = '';
  const stream = new Writable({ write(chunk, _enc, done) { out += chunk; done(); } });
  return { logger: createLogger(level, false, stream), lines: () => out };
}

test('phones are masked wherever they appear in a line, in every common spelling', () => {
  const { logger, lines } = capture();
  logger.info({ chat: '+6281234567890', jid: '6281234567891@s.whatsapp.net' }, 'from 081234567892 and +447700900123');
  const out = lines();
  for (const p of ['6281234567890', '6281234567891', '081234567892', '447700900123']) expect(out).not.toContain(p);
  expect(out).toContain('+62812****890');
  expect(out).toContain('+62812****892');
  expect(out).toContain('+62812****891@s.whatsapp.net');
});

test('ids, timestamps and already-masked phones are left alone', () => {
  expect(maskPhonesIn('{"time":1796137046273,"inbox":"81234567890","chat":"+62812****890","id":"d0000000-0000-4000-8000-081234567890"}'))
    .toBe('{"time":1796137046273,"inbox":"81234567890","chat":"+62812****890","id":"d0000000-0000-4000-8000-081234567890"}');
});

test('message text and phones in known fields are redacted, also nested and inside a database error', () => {
  const { logger, lines } = capture();
  const pgError = Object.assign(new Error('duplicate key value violates unique constraint "members_phone_key"'), {
    code: '23505', detail: 'Key (tenant_id, phone)=(a0000000-0000-4000-8000-000000000001, Pak Budi 0812 3456 7890) already exists.',
  });
  logger.info({ msg: { text: 'laku indomie 5 bks', senderPhone: 'Pak Budi 0812 3456 7890' }, body: 'bu sri ngutang' }, 'inbound');
  logger.error({ err: pgError }, 'message failed');
  const out = lines();
  expect(out).not.toMatch(/indomie|ngutang|Pak Budi|3456/);
  expect(out).toContain('members_phone_key'); // the error is still useful
  expect(out).toContain('[redacted]');
});

test('maskPhone keeps enough to tell chats apart', () => {
  expect(maskPhone('+6281234567890')).toBe('+62812****890');
  expect(maskPhone(null)).toBe('-');
  expect(maskPhone('12345')).toBe('****');
});
