import { describe, expect, it } from 'vitest';
import { acceptPhrasing, phraseMessage } from './phrasing.ts';
import { supplierText, type Outgoing } from './templates.ts';

const counter: Outgoing = { kind: 'counter', price: 24_000, final: false };
const draft = supplierText(counter, { item: 'telur', qty: 10, unit: 'kg' }, 'Pak Hendra');

describe('acceptPhrasing', () => {
  it('keeps a rewording with exactly the same numbers', () => {
    const ok = 'Pak Hendra, kalau Rp24.000/kg gimana? Untuk 10 kg 🙏';
    expect(acceptPhrasing(ok, draft, counter)).toBe(ok);
  });
  it('falls back to the draft when a number changes, is added, or the limit or a promise leaks', () => {
    expect(acceptPhrasing('Kalau Rp25.000/kg bisa, Pak? Ambil 10 kg', draft, counter)).toBe(draft);
    expect(acceptPhrasing('Kalau Rp24.000/kg bisa, Pak? Ambil 10 kg, maks Rp27.000 ya', draft, counter)).toBe(draft);
    expect(acceptPhrasing('Kalau Rp24.000/kg bisa? Ambil 10 kg, soalnya toko lain lebih murah', draft, counter)).toBe(draft);
    expect(acceptPhrasing('Rp24.000/kg deal ya Pak, 10 kg kami ambil', draft, counter)).toBe(draft);
  });
  it('sends the draft when the model fails, and sends no question through it', async () => {
    expect(await phraseMessage(counter, draft, async () => { throw new Error('down'); })).toBe(draft);
    const q: Outgoing = { kind: 'question', question: 'Harganya per kg atau per peti, Pak?' };
    expect(await phraseMessage(q, q.question, async () => 'x')).toBe(q.question);
    let prompt = '';
    await phraseMessage(counter, draft, async (p) => ((prompt = p), draft));
    expect(prompt).toContain(draft);
    expect(prompt).not.toMatch(/\{\{/);
  });
});
