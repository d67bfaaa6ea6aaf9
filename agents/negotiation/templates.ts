// Every message to a supplier, in short polite Indonesian. Pure. A template receives only the numbers
// the policy produced; it never names the owner's ceiling, other suppliers, or how urgent it is.
import { formatQty, formatRupiah } from '../../core/format.ts';
import { orderTotal } from './landed.ts';

/** `size`: what one pack holds, said with the request ("4 karung (isi 25 kg)"). */
/** `brand`: the other brand the supplier offered in place of the item, named in the order. */
export interface Ask { item: string; qty: number; unit: string; size?: { size: number; base: string } | null; brand?: string | null }

/** What we say to a supplier, with the prices in it (all from the policy). */
export type Outgoing =
  | { kind: 'request' }
  | { kind: 'nudge' }
  | { kind: 'question'; question: string }
  | { kind: 'counter'; price: number; final: boolean }
  | { kind: 'accept'; price: number }       // their price fits: the owner confirms before any order
  | { kind: 'hold' }                         // rounds over, their last price goes to the owner
  | { kind: 'walk' }
  | { kind: 'noted' }                        // they have none, or said no before quoting
  | { kind: 'order'; price: number; delivery: number | null; when: string | null }
  | { kind: 'thanks' };

export const pricesOf = (o: Outgoing): number[] => ('price' in o ? [o.price] : []);

const qty = (a: Ask) => `${formatQty(a.qty)} ${a.unit}${a.size ? ` (isi ${formatQty(a.size.size)} ${a.size.base})` : ''}`;
const per = (price: number, a: Ask) => `${formatRupiah(price)}/${a.unit}`;

export function supplierText(o: Outgoing, a: Ask, name: string): string {
  switch (o.kind) {
    case 'request':
      return `Halo, ${name} 🙏 Mau tanya, ada ${a.item} ${qty(a)}? Harganya berapa per ${a.unit}, dan bisa kirim kapan? Terima kasih.`;
    case 'nudge':
      return `Permisi ${name}, mau tanya lagi soal ${a.item} ${qty(a)} kemarin 🙏 Ada stok dan harganya berapa per ${a.unit}?`;
    case 'question':
      return o.question;
    case 'counter':
      return o.final
        ? `Kalau ${per(o.price, a)} bisa, ${name}? Itu sudah paling pas dari kami 🙏`
        : `Terima kasih, ${name}. Kalau ${per(o.price, a)} bagaimana? Ambil ${qty(a)} 🙏`;
    case 'accept':
      return `Baik, ${name}, ${per(o.price, a)} kami catat. Kami konfirmasi dulu ke pemilik, nanti dikabari untuk pesanannya 🙏`;
    case 'hold':
      return `Baik, ${name}, terima kasih. Kami sampaikan dulu ke pemilik, nanti dikabari 🙏`;
    case 'walk':
      return `Baik, ${name}, terima kasih banyak. Kali ini belum cocok harganya, lain kali kami tanya lagi ya 🙏`;
    case 'noted':
      return `Baik, ${name}, terima kasih infonya 🙏`;
    case 'order': {
      const total = formatRupiah(orderTotal(o.price, a.qty, o.delivery));
      const ongkir = o.delivery ? ` + ongkir ${formatRupiah(o.delivery)}` : '';
      const when = o.when ? `, dikirim ${o.when}` : '';
      // "minyakita kosong, adanya fortune": the order is for the Fortune (it named the minyakita they did not have).
      const goods = a.brand ? `${a.brand} (pengganti ${a.item})` : a.item;
      return `${name}, kami pesan ${goods} ${qty(a)} @ ${per(o.price, a)}${ongkir}, total ${total}${when}. Terima kasih 🙏`;
    }
    case 'thanks':
      return `Terima kasih atas penawarannya, ${name} 🙏 Untuk kali ini kami belum ambil dulu, lain kali kami kabari lagi.`;
  }
}
