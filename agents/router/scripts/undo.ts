// "batal": what was booked last by this sender is undone (corrections.ts: "salah, harusnya …").
import { level, lines, moneyTx } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts, cashier: true };
const at = '2026-11-21T05:00:00Z';

export const undoScripts: Script[] = [
  {
    // Owner try (twenty-ninth session): "hapus yang good day" voided the whole sale of aqua gelas and good day; an owner
    // who answered "ya" lost the other goods from the books and their stock came back.
    name: 'undoing goods named in an entry of several lines takes out that line only, the rest re-booked', at: '2026-11-21T05:00:00Z',
    tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'laku indomie goreng 2, kopi 3', reply: ['Indomie Goreng 2 bks', 'Kopi Kapal Api 3 sachet'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'hapus yang kopi', reply: ['Hapus Kopi Kapal Api 3 sachet saja', 'Yang lain tetap'] },
      { say: 'ya', reply: ['Indomie Goreng 2 bks'], not: ['Kopi Kapal Api 3 sachet ×'] },
    ],
    rows: [
      { sql: level('Indomie Goreng'), rows: [{ level: 38 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 19 }] },
    ],
  },
  {
    name: 'batal shows the entry and voids it on ya; stock comes back', at, tenant: wib,
    steps: [
      { say: 'laku aqua 3', reply: ['tercatat'] },
      { say: 'batal', reply: ['Batalkan catatan ini', 'Aqua 600 ml 3 btl'] },
      { say: 'ya', reply: ['dibatalkan'] },
    ],
    rows: [
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 3, unit_price: 4000, total: 12000, kind: 'sale', payment: 'cash', status: 'voided' }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 24 }] },
    ],
  },
  {
    name: '"hapus yang terakhir" declined keeps the entry', at, tenant: wib,
    steps: [
      { say: 'laku kopi 2', reply: ['tercatat'] },
      { say: 'hapus yang terakhir', reply: ['Batalkan catatan ini'] },
      { say: 'tidak', reply: ['tidak jadi dibatalkan'] },
    ],
    rows: [{ sql: level('Kopi Kapal Api'), rows: [{ level: 58 }] }],
  },
  {
    // Owner tries (Jakarta, Surabaya, Bandung): "undo" answered "Catatan yang cocok tidak ketemu" (the word was
    // read as goods to look for); "gak jadi yg barusan", "ora sido" and "wis, batalke wae" were not understood.
    name: 'the last entry called off in city, Javanese and Sundanese words ("undo", "gak jadi yg barusan", "ora sido", "batalke")', at, tenant: wib,
    steps: [
      { say: 'laku kopi 2', reply: ['tercatat'] },
      { say: 'undo', reply: ['Batalkan catatan ini', 'Kopi Kapal Api 2 sachet'] },
      { say: 'ya', reply: ['dibatalkan'] },
      { say: 'laku aqua 2', reply: ['tercatat'] },
      { say: 'gak jadi yg barusan', reply: ['Batalkan catatan ini', 'Aqua 600 ml 2 btl'] },
      { say: 'ya', reply: ['dibatalkan'] },
      { say: 'kulakan gula 5 kilo 80 ewu', reply: ['tercatat'] },
      { say: 'ora sido', reply: ['Batalkan catatan ini', 'Gula Pasir 5 kg'] },
      { say: 'ya', reply: ['dibatalkan'] },
      { say: 'laku telor 1 kilo', reply: ['tercatat'] },
      { say: 'wis, batalke wae', reply: ['Batalkan catatan ini', 'Telur Ayam 1 kg'] },
      { say: 'ya', reply: ['dibatalkan'] },
      // Minang and Betawi (helpers' tries: "Catatan yang cocok tidak ketemu", the sale stayed).
      { say: 'laku kopi 3', reply: ['tercatat'] },
      { say: 'indak jadi, batal yang tadi', reply: ['Batalkan catatan ini', 'Kopi Kapal Api 3 sachet'] },
      { say: 'ya', reply: ['dibatalkan'] },
      { say: 'laku aqua 1', reply: ['tercatat'] },
      { say: 'kagak jadi, batal nyang tadi', reply: ['Batalkan catatan ini', 'Aqua 600 ml 1 btl'] },
      { say: 'ya', reply: ['dibatalkan'] },
      // Called off while a question is open: the question is dropped, nothing already booked is undone.
      { say: 'laku bakso 2 mangkok', reply: ['Produk baru "bakso"'] },
      { say: 'teu jadi', reply: ['tidak jadi dicatat'], not: ['Batalkan catatan ini'] },
    ],
    rows: [
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] }, { sql: level('Aqua 600 ml'), rows: [{ level: 24 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 20 }] }, { sql: level('Telur Ayam'), rows: [{ level: 10 }] },
    ],
  },
  {
    name: 'batal with nothing booked', at, tenant: wib,
    steps: [{ say: 'batal', reply: ['Belum ada catatan'] }],
  },
  {
    name: 'undo a purchase takes the stock back out', at, tenant: wib,
    steps: [
      { say: 'kulakan gula 5 kg 85rb', reply: ['tercatat'] },
      { say: 'batal', reply: ['Pembelian Gula Pasir 5 kg'] },
      { say: 'ya', reply: ['dibatalkan'] },
    ],
    rows: [{ sql: level('Gula Pasir'), rows: [{ level: 20 }] }],
  },
  {
    name: 'each sender undoes only their own last entry', at, tenant: wib,
    steps: [
      { as: 'cashier', say: 'laku indomie goreng 1', reply: ['tercatat'] },
      { as: 'owner', say: 'laku indomie soto 1', reply: ['tercatat'] },
      { as: 'cashier', say: 'batal', reply: ['Indomie Goreng'], not: ['Indomie Soto'] },
      { as: 'cashier', say: 'ya', reply: ['dibatalkan'] },
    ],
    rows: [
      { sql: level('Indomie Goreng'), rows: [{ level: 40 }] },
      { sql: level('Indomie Soto'), rows: [{ level: 29 }] },
    ],
  },
  {
    // Owner try (thirty-eighth session): "eh hapus yang tadi, bukan duit warung" got "tidak ketemu" (the reason after the
    // comma was read as the entry's words), and the Rp50.000 stayed in the books.
    name: 'an undo with its reason after a comma', at, tenant: wib,
    steps: [
      { say: 'sedekah masjid 50rb', reply: ['Pengeluaran Sedekah Rp50.000'] },
      { say: 'eh hapus yang tadi, bukan duit warung', reply: ['Batalkan catatan ini', 'Sedekah Rp50.000'], not: ['tidak ketemu'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: moneyTx('expense'), rows: [{ total: 50000, category: 'lainnya', status: 'voided', payment: 'cash' }] }],
  },
];
