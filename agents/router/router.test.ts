// Conversation flows through the wired router on a real database (both engines): pending questions,
// new products, unusual entries, undo, corrections, onboarding, staff, permissions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { CASHIER, DEMO_TENANT, OWNER, SUPPLIER, routerChat, type RouterChat } from './testing.ts';

type Step = [phone: string, text: string, fragments: string[]] | { wait: number };
type Q = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
interface Flow { name: string; steps: Step[]; check?: (q: Q) => Promise<void> }

const STRANGER = '+6281999990001';
const STRANGER2 = '+6281999990002';
const NEW_CASHIER = '+6281234567890';

const lineOf = (q: Q, product: string) => q<{ qty: number; unit_price: number; total: number; status: string }>(
  `select l.qty, l.unit_price, l.total, t.status from transaction_lines l join transactions t on t.id = l.transaction_id
    join products p on p.id = l.product_id where p.name = $1 order by t.created_at, l.line_no`, [product]);
const level = async (q: Q, product: string) => Number((await q<{ level: number }>(
  `select s.level from stock_levels s join products p on p.id = s.product_id where p.name = $1`, [product]))[0]?.level);

const flows: Flow[] = [
  {
    name: 'numbered choice for an ambiguous product',
    steps: [
      [OWNER, 'laku indomie 2 bks', ['Indomie yang mana', '1. Indomie Goreng', '2. Indomie Kari Ayam', '3. Indomie Soto']],
      [OWNER, '3', ['tercatat', 'Indomie Soto 2 bks', 'Rp7.000']],
    ],
    check: async (q) => expect(await lineOf(q, 'Indomie Soto')).toEqual([{ qty: 2, unit_price: 3500, total: 7000, status: 'posted' }]),
  },
  {
    name: 'typo resolved without a question, price from the catalogue',
    steps: [[OWNER, 'laku aqwa 2 btl', ['tercatat', 'Aqua 600 ml 2 btl × Rp4.000 = Rp8.000']]],
    check: async (q) => expect(await lineOf(q, 'Aqua 600 ml')).toEqual([{ qty: 2, unit_price: 4000, total: 8000, status: 'posted' }]),
  },
  {
    name: 'new product with the price taken from the sale',
    steps: [
      [OWNER, 'laku kopi luwak 3 bks 15rb', ['Produk baru "kopi luwak"', 'Rp5.000', 'ya']],
      [OWNER, 'ya', ['Kopi Luwak disimpan', 'tercatat', 'Kopi Luwak 3 bks × Rp5.000 = Rp15.000']],
    ],
    check: async (q) => {
      expect(await q(`select sell_price, unit from products where name = 'Kopi Luwak'`)).toEqual([{ sell_price: 5000, unit: 'bks' }]);
      expect(await lineOf(q, 'Kopi Luwak')).toEqual([{ qty: 3, unit_price: 5000, total: 15000, status: 'posted' }]);
    },
  },
  {
    name: 'new product on a purchase: the owner gives the selling price',
    steps: [
      [OWNER, 'kulakan sabun cair 2 botol 30rb', ['Produk baru "sabun cair"', 'Harga jualnya berapa']],
      [OWNER, '20rb', ['Sabun Cair disimpan', 'Rp20.000', 'tercatat', 'Pembelian Sabun Cair 2 btl']],
    ],
    check: async (q) => {
      expect(await q(`select sell_price from products where name = 'Sabun Cair'`)).toEqual([{ sell_price: 20000 }]);
      expect(await lineOf(q, 'Sabun Cair')).toEqual([{ qty: 2, unit_price: 15000, total: 30000, status: 'posted' }]);
      expect(await level(q, 'Sabun Cair')).toBe(2);
    },
  },
  {
    name: 'unusual price refused, then confirmed',
    steps: [
      [OWNER, 'laku gula pasir 1 kg @100rb', ['Yakin', 'Rp100.000', 'biasanya Rp18.500']],
      [OWNER, 'tidak', ['tidak jadi dicatat']],
      [OWNER, 'laku gula pasir 1 kg @100rb', ['Yakin']],
      [OWNER, 'ya', ['tercatat', 'Gula Pasir 1 kg × Rp100.000']],
    ],
    check: async (q) => expect(await lineOf(q, 'Gula Pasir')).toEqual([{ qty: 1, unit_price: 100000, total: 100000, status: 'posted' }]),
  },
  {
    name: 'big total confirmed before booking',
    steps: [
      [OWNER, 'kulakan beras premium 1000 kg 15jt', ['Yakin', 'Rp15.000.000', 'besar sekali']],
      [OWNER, 'iya', ['tercatat', 'Beras Premium 1000 kg']],
    ],
    check: async (q) => expect((await lineOf(q, 'Beras Premium'))[0]).toMatchObject({ total: 15_000_000 }),
  },
  {
    name: 'per-unit or total clarification',
    steps: [
      [OWNER, 'laku mie sedaap goreng 5 bks 3500', ['Rp3.500 itu harga per bks atau total']],
      [OWNER, 'per bungkus', ['tercatat', 'Mie Sedaap Goreng 5 bks × Rp3.500 = Rp17.500']],
      [OWNER, 'laku mie sedaap soto 6 bks 3500', ['per bks atau total']],
      [OWNER, 'total', ['Yakin', 'Mie Sedaap Soto 6 bks × Rp583', 'biasanya Rp3.500']],
      [OWNER, 'ya', ['tercatat']],
    ],
    check: async (q) => {
      expect(await lineOf(q, 'Mie Sedaap Goreng')).toEqual([{ qty: 5, unit_price: 3500, total: 17500, status: 'posted' }]);
      expect(await lineOf(q, 'Mie Sedaap Soto')).toEqual([{ qty: 6, unit_price: 583, total: 3500, status: 'posted' }]);
    },
  },
  {
    name: 'an expired question is ignored',
    steps: [
      [OWNER, 'laku indomie 1 bks', ['yang mana']],
      { wait: 31 * 60_000 },
      [OWNER, '1', ['belum paham']],
    ],
    check: async (q) => expect(await lineOf(q, 'Indomie Goreng')).toEqual([]),
  },
  {
    name: 'a new message replaces an open question',
    steps: [
      [OWNER, 'laku indomie 1 bks', ['yang mana']],
      [OWNER, 'laku pop mie 1', ['tercatat', 'Pop Mie Ayam']],
      [OWNER, '1', ['belum paham']],
    ],
    check: async (q) => expect(await lineOf(q, 'Indomie Goreng')).toEqual([]),
  },
  {
    name: 'undo: shown, then voided on ya, stock restored',
    steps: [
      [OWNER, 'laku teh pucuk 3 btl', ['tercatat']],
      [OWNER, 'batal', ['Batalkan catatan ini', 'Teh Pucuk Harum 350 ml 3 btl']],
      [OWNER, 'ya', ['dibatalkan']],
      // A second "batal" reaches the entry before (an earlier flow's sale today); declined here.
      [OWNER, 'batal', ['Batalkan catatan ini']],
      [OWNER, 'tidak', ['tidak jadi dibatalkan']],
    ],
    check: async (q) => {
      expect((await lineOf(q, 'Teh Pucuk Harum 350 ml')).map((l) => l.status)).toEqual(['voided']);
      const { rows } = { rows: await q<{ n: number }>(`select count(*)::int as n from stock_movements m join products p on p.id = m.product_id where p.name = 'Teh Pucuk Harum 350 ml' and m.kind = 'void'`) };
      expect(rows[0].n).toBe(1);
    },
  },
  {
    name: 'undo declined keeps the booking',
    steps: [
      [OWNER, 'laku le minerale 2 btl', ['tercatat']],
      [OWNER, 'hapus yang terakhir', ['Batalkan catatan ini']],
      [OWNER, 'tidak', ['tidak jadi dibatalkan']],
    ],
    check: async (q) => expect((await lineOf(q, 'Le Minerale 600 ml')).map((l) => l.status)).toEqual(['posted']),
  },
  {
    name: 'correction of a quantity voids and re-books',
    steps: [
      [OWNER, 'laku garam 3 bks', ['tercatat', 'Garam Dapur 250 g 3 bks']],
      [OWNER, 'salah, harusnya 5 bukan 3', ['dibatalkan', 'tercatat', 'Garam Dapur 250 g 5 bks × Rp3.000 = Rp15.000']],
    ],
    check: async (q) => expect(await lineOf(q, 'Garam Dapur 250 g')).toEqual([
      { qty: 3, unit_price: 3000, total: 9000, status: 'voided' },
      { qty: 5, unit_price: 3000, total: 15000, status: 'posted' },
    ]),
  },
  {
    // Owner try (Bali): "koreksi, cabenya tadi 25rb bukan 30rb" after another entry was only offered to undo and send again.
    name: 'a correction naming an earlier entry re-books that one, the last one untouched',
    steps: [
      [OWNER, 'laku garam 3 bks', ['tercatat', 'Garam Dapur 250 g 3 bks']],
      [OWNER, 'bayar sampah 15rb', ['tercatat', 'Rp15.000']],
      [OWNER, 'ralat, garam mau 2 bks wae', ['dibatalkan', 'Garam Dapur 250 g 3 bks', 'tercatat', 'Garam Dapur 250 g 2 bks × Rp3.000 = Rp6.000']],
      [OWNER, 'eh yg teh botol tadi 5 aja bukan 6', ['"teh botol" tidak ketemu']],
    ],
    // After the flow above (3 voided, 5 posted): this flow's 3 bks voided, 2 bks booked in its place.
    check: async (q) => {
      expect((await lineOf(q, 'Garam Dapur 250 g')).map((l) => `${l.qty} ${l.status}`)).toEqual(['3 voided', '5 posted', '3 voided', '2 posted']);
      expect(await q(`select total, status from transactions where kind = 'expense' and total = 15000`)).toEqual([{ total: 15000, status: 'posted' }]);
    },
  },
  {
    name: '"yg <goods> tadi N aja" about an earlier entry does not change the last booking',
    steps: [
      [OWNER, 'laku pepsodent 4', ['tercatat', 'Pepsodent 75 g']],
      [OWNER, 'bayar parkir 7rb', ['tercatat', 'Rp7.000']],
      [OWNER, 'eh yg pepsodent tadi 2 aja', ['dibatalkan', 'Pepsodent 75 g 2 pcs']],
    ],
    check: async (q) => {
      expect((await lineOf(q, 'Pepsodent 75 g')).map((l) => `${l.qty} ${l.status}`)).toEqual(['4 voided', '2 posted']);
      expect(await q(`select total, status from transactions where kind = 'expense' and total = 7000`)).toEqual([{ total: 7000, status: 'posted' }]);
    },
  },
  {
    name: 'correction of a product name',
    steps: [
      [OWNER, 'laku kecap 1', ['tercatat', 'Kecap Manis Bango']],
      [OWNER, 'salah, harusnya saus sambal', ['dibatalkan', 'Saus Sambal ABC 135 ml 1 btl']],
    ],
    check: async (q) => {
      expect((await lineOf(q, 'Kecap Manis Bango 210 ml')).map((l) => l.status)).toEqual(['voided']);
      expect((await lineOf(q, 'Saus Sambal ABC 135 ml')).map((l) => l.status)).toEqual(['posted']);
    },
  },
  {
    name: 'credit sale without a name asks who',
    steps: [
      [OWNER, 'bon rokok surya 16 1 bungkus', ['Atas nama siapa']],
      [OWNER, 'pak darto', ['tercatat', 'Pak Darto']],
    ],
    check: async (q) => expect(await q(`select c.name, d.amount from debts d join contacts c on c.id = d.contact_id where d.status = 'open' and c.name = 'Pak Darto'`)).toEqual([{ name: 'Pak Darto', amount: 38000 }]),
  },
  {
    name: 'a debt to a new person creates the contact',
    steps: [[OWNER, 'mas bayu ngutang 20rb', ['tercatat', 'Mas Bayu', 'Rp20.000']]],
    check: async (q) => expect(await q(`select kind from contacts where name = 'Mas Bayu'`)).toEqual([{ kind: 'customer' }]),
  },
  {
    name: 'onboarding in WITA',
    steps: [
      [STRANGER, 'halo', ['Juragan', 'nama warungnya apa']],
      [STRANGER, 'warung maju jaya', ['Warung Maju Jaya', 'kota mana']],
      [STRANGER, 'Makassar', ['Selamat datang', 'Makassar (WITA)', 'laku indomie goreng 5 bks 17.500']],
      [STRANGER, 'laku es teh 2 gelas 6rb', ['Produk baru "es teh"']],
      [STRANGER, 'ya', ['tercatat']],
    ],
    check: async (q) => {
      const t = await q<{ id: string }>(`select t.id, t.name, t.city, t.timezone, m.role from tenants t join members m on m.tenant_id = t.id where m.phone = $1`, [STRANGER]);
      expect(t).toEqual([{ id: expect.any(String), name: 'Warung Maju Jaya', city: 'Makassar', timezone: 'Asia/Makassar', role: 'owner' }]);
      expect(await q(`select count(*)::int as n from products where tenant_id = $1`, [t[0].id])).toEqual([{ n: 1 }]);
      expect(await q(`select count(*)::int as n from onboarding_state`)).toEqual([{ n: 0 }]);
    },
  },
  {
    name: 'onboarding in WIT',
    steps: [
      [STRANGER2, 'pagi', ['nama warungnya apa']],
      [STRANGER2, 'Toko Sejahtera', ['kota mana']],
      [STRANGER2, 'di kota jayapura', ['(WIT)']],
    ],
    check: async (q) => expect(await q(`select t.timezone from tenants t join members m on m.tenant_id = t.id where m.phone = $1`, [STRANGER2])).toEqual([{ timezone: 'Asia/Jayapura' }]),
  },
  {
    name: 'staff: the owner adds a cashier who may sell but not see reports; then removes them',
    steps: [
      [CASHIER, 'tambah kasir 0812-3456-7890', ['hanya bisa dilakukan pemilik']],
      [OWNER, 'tambah kasir 0812-3456-7890 Rina', ['Rina', 'sekarang kasir Warung Bu Sri']],
      [NEW_CASHIER, 'laku aqua gelas 10', ['tercatat', 'Aqua Gelas 220 ml 10 gelas']],
      [NEW_CASHIER, 'laporan hari ini', ['hanya bisa dilakukan pemilik']],
      [NEW_CASHIER, 'kulakan gula 10 kg 170rb', ['hanya bisa dilakukan pemilik']],
      [OWNER, 'hapus kasir 081234567890', ['sudah dihapus']],
      [NEW_CASHIER, 'halo', ['nama warungnya apa']],
    ],
    check: async (q) => expect(await q(`select name, role, active from members where phone = $1`, [NEW_CASHIER])).toEqual([{ name: 'Rina', role: 'cashier', active: false }]),
  },
  {
    name: 'staff: adding oneself is refused, a removed cashier can be added back',
    steps: [
      [OWNER, 'tambah kasir 0812-0000-0001', ['nomor Kakak sendiri']],
      [OWNER, 'tambah kasir 081234567890 Rina', ['sekarang kasir']],
      [NEW_CASHIER, 'laku aqua 1', ['tercatat']],
      [OWNER, 'hapus kasir 081234567890', ['sudah dihapus']],
      [OWNER, 'hapus kasir 081234567890', ['tidak terdaftar']],
    ],
    check: async (q) => expect(await q(`select active from members where phone = $1`, [NEW_CASHIER])).toEqual([{ active: false }]),
  },
  {
    name: 'a supplier\'s message is passed on, help and greetings show examples, unknown is never silent',
    steps: [
      [SUPPLIER, 'pak, telur naik jadi 29rb/kg', ['Terima kasih, Toko Makmur', 'diteruskan']],
      [OWNER, 'bisa apa aja?', ['laku indomie', 'laporan hari ini']],
      [OWNER, 'pagi', ['Halo, Bu Sri!', 'laku indomie']],
      [OWNER, 'makasih ya', ['Sama-sama']],
      [OWNER, 'suksma Bli', ['Sama-sama']],
      [OWNER, 'tarima kasih kaka', ['Sama-sama']],
      [OWNER, 'wkwkwk', ['belum paham', 'laku indomie']],
      [OWNER, 'cariin telur 10 kg maks 27rb/kg', ['Saya carikan telur 10 kg', 'Toko Makmur']],
      [OWNER, 'harga cabe rawit hari ini brp?', ['Belum ada data harga Cabai Rawit Merah di Kota Bandung']],
    ],
  },
];

describe.each(dbKinds)('router conversations on %s', (kind) => {
  let db: TestDb;
  let chat: RouterChat;
  let q: Q;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    chat = routerChat(db, { now: new Date('2026-11-21T03:00:00Z') });
    q = (sql, params = []) => withService(db, async (tx) => (await tx.query(sql, params)).rows);
  });
  afterAll(() => db.close());

  it.each(flows.map((f) => [f.name, f] as const))('%s', async (_name, flow) => {
    for (const step of flow.steps) {
      if ('wait' in step) {
        chat.now = new Date(chat.now.getTime() + step.wait);
        continue;
      }
      const [phone, text, fragments] = step;
      const replies = await chat.talk(phone, text);
      for (const f of fragments) expect(replies, `"${text}" → ${replies}`).toContain(f);
    }
    await flow.check?.(q);
    // Every flow leaves no open question behind for the next one.
    expect(await q(`select chat_key from conversation_state where pending is not null and expires_at > $1 and tenant_id = $2`, [chat.now, DEMO_TENANT])).toEqual([]);
  });
});
