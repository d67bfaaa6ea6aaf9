// A simulated supplier: reads OUR message text (as a supplier would), answers in WhatsApp Indonesian.
import { formatRupiah } from '../../../core/format.ts';
import type { Persona } from './personas.ts';

const PETI_KG = 15;

/** Rupiah per unit in one of our messages ("Rp24.000/kg"), or null. */
export function offerIn(text: string): number | null {
  const m = /Rp([\d.]+)\//.exec(text);
  return m ? Number(m[1]!.replace(/\./g, '')) : null;
}

const roundTo = (p: number, step: number) => Math.round(p / step) * step;

export class SimSupplier {
  readonly persona: Persona;
  readonly floor: number;
  private ask: number | null = null;
  private lastOffer: number | null = null;
  private agreedAt: number | null = null;
  private raised = false;
  private turns = 0;

  constructor(persona: Persona, floor: number) {
    this.persona = persona;
    this.floor = floor;
  }

  /** The supplier's answer to our message, or null for no answer. */
  reply(ours: string): string | null {
    const p = this.persona;
    if (p.silent) return null;
    this.turns += 1;
    if (/pesan .* total/.test(ours)) return 'Siap pak, diproses 🙏';
    if (/konfirmasi dulu ke pemilik/.test(ours)) {
      if (p.raisesAfterAgree && !this.raised && this.agreedAt != null) {
        this.raised = true;
        this.ask = roundTo(this.agreedAt * p.raisesAfterAgree, 100);
        return `Maaf pak, barusan harga dari kandang naik, jadi ${this.price(this.ask)}`;
      }
      return null;
    }
    if (/sampaikan dulu ke pemilik|belum cocok|terima kasih infonya|belum ambil/.test(ours)) return null;
    if (/per kg atau per peti|isinya berapa/.test(ours)) return p.quotesIn === 'kg' ? 'per kg pak' : 'per peti pak, isi 15 kg';
    if (/Harganya berapa per/.test(ours) && this.ask == null) return this.quote(true);

    const offer = offerIn(ours);
    if (offer == null || this.ask == null) return this.quote(true);
    if (offer >= this.floor || offer >= this.ask) {
      this.agreedAt = offer;
      this.ask = offer;
      return 'Oke pak, boleh. Siap.';
    }
    const before = this.ask;
    const c = p.concede;
    const step = c.kind === 'share' ? (this.ask - this.floor) * c.share
      : c.kind === 'mirror' ? Math.max(0, offer - (this.lastOffer ?? offer)) : 0;
    this.lastOffer = offer;
    this.ask = Math.max(this.floor, roundTo(this.ask - step, 100));
    const inject = this.injection();
    if (this.ask === before || this.ask === this.floor) return `${this.price(this.ask)} pas pak, gak bisa kurang.${inject}`;
    return `${this.price(this.ask)} deh pak.${inject}`;
  }

  private quote(first: boolean): string {
    const p = this.persona;
    this.ask = roundTo(this.floor * p.opensAt, 500);
    const terms = p.terms ? `, ${p.terms}` : '';
    const ongkir = p.delivery ? `, ongkir ${formatRupiah(p.delivery)}` : '';
    const price = p.quotesIn === 'peti-bare' && first ? `${formatRupiah(this.ask * PETI_KG)} pak` : this.price(this.ask);
    return `Ada pak, ${price}${ongkir}${terms}, bisa kirim besok.${this.injection()}`;
  }

  /** Our price per kg said the persona's way ("Rp390.000 per peti" or "Rp26.000/kg"). */
  private price(perKg: number): string {
    return this.persona.quotesIn === 'kg' ? `${formatRupiah(perKg)}/kg` : `${formatRupiah(perKg * PETI_KG)} per peti`;
  }

  private injection(): string {
    const list = this.persona.injection;
    if (!list) return '';
    const i = list[this.turns % list.length]!;
    return ` ${i.text.replace('{price}', formatRupiah(roundTo(this.floor * i.times, 1000)))}`;
  }
}
