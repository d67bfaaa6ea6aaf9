import { describe, expect, it } from 'vitest';
import { notSentText } from './sync.ts';

describe('notSentText', () => {
  // A helper's cashier saw the server's English "Missing or wrong CSRF token" on the POS bar.
  it('says why a batch was not sent in plain Indonesian, never the server\'s own words', () => {
    expect(notSentText(401, 'unauthorized:session')).toBe('Sesi habis: masuk lagi untuk mengirim');
    expect(notSentText(403, 'forbidden:csrf')).toBe('Menyambung ulang, dikirim sebentar lagi');
    expect(notSentText(429, 'rate_limited:pos')).toBe('Server sibuk, dikirim sebentar lagi');
    expect(notSentText(503, undefined)).toBe('Server sedang gangguan, dikirim lagi nanti');
    expect(notSentText(400, 'bad_request:body')).toBe('Server menolak (400), dicoba lagi nanti');
  });
});
