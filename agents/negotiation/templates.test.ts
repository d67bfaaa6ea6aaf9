import { describe, expect, it } from 'vitest';
import { supplierText, type Outgoing } from './templates.ts';

const ask = { item: 'telur', qty: 10, unit: 'kg' };

describe('supplierText', () => {
  it('asks for a quote without a price, a limit, other suppliers or urgency', () => {
    const t = supplierText({ kind: 'request' }, ask, 'Pak Hendra');
    expect(t).toBe('Halo, Pak Hendra 🙏 Mau tanya, ada telur 10 kg? Harganya berapa per kg, dan bisa kirim kapan? Terima kasih.');
    expect(t).not.toMatch(/Rp|\d{2}\.?\d{3}|maks|batas|supplier lain|toko lain|segera|cepat|darurat/i);
  });

  it('names only the policy price, and promises nothing before the owner confirms', () => {
    expect(supplierText({ kind: 'counter', price: 24_000, final: false }, ask, 'Pak')).toContain('Rp24.000/kg');
    expect(supplierText({ kind: 'accept', price: 24_000 }, ask, 'Pak')).toContain('konfirmasi dulu ke pemilik');
    const order: Outgoing = { kind: 'order', price: 24_000, delivery: 10_000, when: 'besok' };
    expect(supplierText(order, ask, 'Pak')).toBe('Pak, kami pesan telur 10 kg @ Rp24.000/kg + ongkir Rp10.000, total Rp250.000, dikirim besok. Terima kasih 🙏');
  });
});
