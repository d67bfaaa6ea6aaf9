// Hostile input on EVERY route the server registers (read from Fastify's onRoute table, so routes
// added later — POS sync, new dashboard pages — are fuzzed without touching this file): bad JSON,
// wrong types, huge bodies, deep nesting, odd unicode (lone surrogates, RTL, NUL), missing and
// duplicated fields, wrong content types, as a stranger, an owner and a cashier (with a valid CSRF
// token, so input validation is reached, not only the auth check). Every answer is < 500; every 4xx
// carries an error code; a refused request leaves the main tables' row counts as they were.
// ROLE=web: no worker runs, so nothing writes in the background between two requests.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startJuragan, type Juragan } from '../app.ts';
import { loadConfig } from '../../core/config.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { silentLogger } from '../../core/logger.ts';
import { routesOf } from './server.ts';

const OWNER = '+6281200000001';
const CASHIER = '+6281200000002';
const CSRF = 'fuzz-csrf-token-0123456789abcdef';
const TABLES = ['inbox', 'outbox', 'transactions', 'transaction_lines', 'stock_movements', 'products', 'contacts', 'members', 'debts', 'tenants', 'dashboard_sessions'];

let juragan: Juragan;
let db: TestDb;
const cookies: Record<'stranger' | 'owner' | 'cashier', string> = { stranger: `juragan_csrf=${CSRF}`, owner: '', cashier: '' };

beforeAll(async () => {
  db = await freshDb('pglite', { seeded: true });
  const config = loadConfig({ PORT: '0', ROLE: 'web', DATA_DIR: `/tmp/juragan-fuzz-${randomBytes(4).toString('hex')}`, SEED_DEMO: 'off', LOG_LEVEL: 'silent' });
  // Login limits out of the way here (rate-limits.test.ts checks them): the fuzz must reach validation.
  juragan = await startJuragan({ config, logger: silentLogger, db, dashboard: { limits: { codePerAddress: 1e6, loginPerAddress: 1e6 } } });
  for (const [who, phone] of [['owner', OWNER], ['cashier', CASHIER]] as const) cookies[who] = await login(phone);
}, 120_000);
afterAll(async () => juragan?.stop());

async function login(phone: string): Promise<string> {
  const headers = { 'content-type': 'application/json', cookie: `juragan_csrf=${CSRF}`, 'x-csrf-token': CSRF };
  expect((await fetch(`${juragan.url}/api/auth/code`, { method: 'POST', headers, body: JSON.stringify({ phone }) })).status).toBe(200);
  const code = await withService(db, async (tx) => /(\d{6})/.exec((await tx.query<{ body: string }>(
    `select body from outbox where chat = $1 and body like 'Kode masuk%' order by created_at desc limit 1`, [phone])).rows[0]!.body)![1]!);
  const res = await fetch(`${juragan.url}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify({ phone, code }) });
  expect(res.status).toBe(200);
  const session = /juragan_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  return `juragan_csrf=${CSRF}; ${session}`;
}

const counts = () => withService(db, async (tx) => (await tx.query<Record<string, number>>(
  `select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`)).rows[0]!);

/** Wrong-typed and odd values for every field name any of our schemas uses (and a few more). */
const FIELDS = ['from', 'text', 'id', 'to', 'after', 'wait', 'phone', 'code', 'product_id', 'qty', 'key', 'name', 'unit', 'aliases', 'sell_price',
  'barcode', 'category', 'reorder_point', 'pack_name', 'pack_size', 'pack_price', 'contact_id', 'direction', 'amount', 'payment', 'kind', 'note',
  'city', 'timezone', 'closing_time', 'qris', 'role', 'member_id', 'pin', 'reason', 'items', 'sales', 'sale', 'lines', 'price', 'total', 'device_id',
  'client_id', 'token', 'q', 'format', 'cursor', 'since', 'limit', 'page', 'status', 'from_date', 'to_date'];
const oddStrings = [
  '\ud800', 'a\udfffb', '\u202eRTL\u202c مرحبا', 'nul\u0000byte', '\u0000', '😀'.repeat(500), ' ', '', '-1', '1e309', 'NaN', '0x10',
  '../../etc/passwd', "'; drop table inbox; --", '<script>alert(1)</script>', '%00', '\ufeff', 'a'.repeat(5000),
];
const wrongTypes: unknown[] = [null, true, 0, -1, 1e308, -0.5, 2 ** 53 + 1, [], {}, [1, 2], { a: { b: 1 } }, ...oddStrings];

/**
 * A valid body for the routes known today, so single-field perturbations get past the other fields'
 * validation and reach the SQL (a NUL byte, a lone surrogate, a number past bigint). Routes added
 * later get the generic cases until an example is added here.
 */
const PRODUCT = 'd0000000-0000-4000-8000-000000000001';
const CUSTOMER = 'c0000000-0000-4000-8000-000000000011';
const examples: Record<string, Record<string, unknown>> = {
  '/api/simulator/messages': { from: '+6285700000099', text: 'laku indomie goreng 1 bks 3500', id: 'fuzz-1' },
  '/api/auth/code': { phone: '+6285700000098' },
  '/api/auth/login': { phone: OWNER, code: '000000' },
  '/api/stok/opname': { product_id: PRODUCT, qty: 5 },
  '/api/stok/produk': { name: 'Produk Fuzz', unit: 'pcs', sell_price: 1000, aliases: 'fuzz', category: 'lain', reorder_point: 1, pack_name: 'dus', pack_size: 10, pack_price: 9000 },
  '/api/utang/bayar': { contact_id: CUSTOMER, direction: 'receivable', amount: 1000, payment: 'cash' },
  '/api/utang/ingatkan': { contact_id: CUSTOMER },
  '/api/kontak': { kind: 'customer', name: 'Kontak Fuzz', phone: '081234500001', note: 'catatan', aliases: 'fuzz' },
  '/api/pengaturan/warung': { name: 'Warung Bu Sri', city: 'Bandung', timezone: 'Asia/Jakarta', closing_time: '21:00' },
  '/api/pengaturan/anggota': { name: 'Karyawan Fuzz', phone: '081234500002', role: 'staff' },
  '/api/pengaturan/anggota/hapus': { phone: '081234500003' },
  '/api/pengaturan/anggota/pin': { member_id: 'b0000000-0000-4000-8000-000000000002', pin: '1234' },
  '/api/transaksi/:id/void': { reason: 'salah catat' },
};
const perturb: unknown[] = ['nul\u0000byte', '\ud800', '\u202eRTL مرحبا', 'x'.repeat(5000), 1e308, {}];

function bodies(url: string, withExample: boolean): { name: string; contentType?: string; body?: string }[] {
  const json = 'application/json';
  const deep = `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const out: { name: string; contentType?: string; body?: string }[] = [
    { name: 'no body' },
    { name: 'empty json', contentType: json, body: '' },
    { name: 'broken json', contentType: json, body: '{"phone": "0812' },
    { name: 'trailing garbage', contentType: json, body: '{} {}' },
    { name: 'json string', contentType: json, body: '"hello"' },
    { name: 'json number', contentType: json, body: '42' },
    { name: 'json null', contentType: json, body: 'null' },
    { name: 'json array', contentType: json, body: '[{"phone":"08120000001"}]' },
    { name: 'empty object', contentType: json, body: '{}' },
    { name: 'proto pollution', contentType: json, body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
    { name: 'duplicated fields', contentType: json, body: '{"phone":"x","phone":"081200000001","name":"a","name":{},"qty":1,"qty":"lots"}' },
    { name: 'deep nesting', contentType: json, body: deep },
    { name: 'over the body limit', contentType: json, body: JSON.stringify({ text: 'x'.repeat(70 * 1024) }) },
    { name: 'huge', contentType: json, body: JSON.stringify({ text: 'y'.repeat(1024 * 1024) }) },
    { name: 'text/plain', contentType: 'text/plain', body: 'phone=0812' },
    { name: 'form', contentType: 'application/x-www-form-urlencoded', body: 'phone=0812&code=123456' },
    { name: 'multipart', contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--' },
    { name: 'xml', contentType: 'application/xml', body: '<a>1</a>' },
    { name: 'json in utf-16', contentType: 'application/json; charset=utf-16', body: '{}' },
    { name: 'bad utf-8 bytes', contentType: json, body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]).toString('latin1') },
  ];
  // Every field gets every wrong value across these bodies (rotated, so one body mixes types).
  for (let k = 0; k < 3; k++) {
    const obj = Object.fromEntries(FIELDS.map((f, i) => [f, wrongTypes[(i * 7 + k * 5) % wrongTypes.length]]));
    out.push({ name: `wrong types #${k}`, contentType: json, body: JSON.stringify(obj) });
  }
  const example = withExample ? examples[url] : undefined;
  for (const field of Object.keys(example ?? {})) {
    for (const [i, v] of perturb.entries()) {
      out.push({ name: `${field} = ${JSON.stringify(v)?.slice(0, 16)}`, contentType: json, body: JSON.stringify({ ...example, [field]: v, ...(field === 'id' ? {} : { id: `fuzz-${field}-${i}` }) }) });
    }
  }
  return out;
}

function queries(): string[] {
  const out = ['', '?to=', '?to=x&to=y', '?wait=-1', '?wait=1e99', '?after=garbage', '?after=2026-13-45%2025:61:61', '?page=-1&limit=1e9',
    `?q=${encodeURIComponent("' or 1=1 --")}`, `?q=${encodeURIComponent('\u0000')}`, '?to=%ED%A0%80', `?from=${'9'.repeat(3000)}`,
    '?kind=__proto__&status[]=1', '?%E0%A4%A=1', '?to=%2B6281200000001&after=%00'];
  const odd = ['\u202e\u0000x', '-1', 'a'.repeat(200)].map((v) => encodeURIComponent(v));
  for (const v of odd) out.push(`?${FIELDS.map((f) => `${f}=${v}`).join('&')}`);
  return out;
}

/** Concrete paths for a route pattern: params filled with bad and well-formed-but-unknown values. */
function pathsFor(url: string): string[] {
  if (url.endsWith('*')) return [url.replace('*', 'fuzz/%00/..%2f')];
  if (!url.includes(':')) return [url];
  return ['..%2f%00', 'x'.repeat(500), randomUUID()].map((v) => url.replace(/:[A-Za-z_]+/g, v));
}

test('every route answers hostile input with a 4xx and an error code, never a 500, and writes nothing when it refuses', { timeout: 600_000 }, async () => {
  // Methods a browser or client can send (fetch refuses TRACE and CONNECT; app.all registers them too).
  const routes = routesOf(juragan.http).filter((r) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
  const urls = new Set(routes.map((r) => r.url));
  // The registry is real: the API's, the simulator's and the dashboard's routes are all in it.
  for (const u of ['/health', '/api/simulator/messages', '/api/auth/login', '/api/stok/opname', '/api/transaksi/:id/void']) expect(urls, u).toContain(u);
  const failures: string[] = [];
  let requests = 0;
  let last = await counts();
  for (const route of routes) {
    // The page catch-all hands GETs to Next.js (its own router); it answers 503 until the build is ready.
    if (route.url === '/*') continue;
    const streaming = route.url === '/api/simulator/stream' || route.url === '/api/live';
    let guarded = false; // refused a stranger as such: then the same cases again with an owner's and a cashier's session
    for (const who of ['stranger', 'owner', 'cashier'] as const) {
      if (who !== 'stranger' && !guarded) break;
      // Logging out would end the sessions the next routes are fuzzed with.
      if (who !== 'stranger' && route.url === '/api/auth/logout') break;
      for (const path of pathsFor(route.url)) {
        const cases = route.method === 'GET'
          ? queries().map((q) => ({ name: `query ${q.slice(0, 40)}`, url: path + q, init: {} as RequestInit }))
          // A cashier is refused by role on most routes before the body is read: the generic cases suffice.
          : bodies(route.url, who !== 'cashier').map((b) => ({ name: b.name, url: path, init: { body: b.body, headers: b.contentType ? { 'content-type': b.contentType } : {} } as RequestInit }));
        for (const c of cases) {
          const before = last;
          requests++;
          const res = await fetch(`${juragan.url}${c.url}`, {
            method: route.method, ...c.init, headers: { ...(c.init.headers as object), cookie: cookies[who], 'x-csrf-token': CSRF },
            signal: AbortSignal.timeout(15_000),
          }).catch((err: Error) => err);
          const where = `${route.method} ${c.url.slice(0, 80)} as ${who}: ${c.name}`;
          if (res instanceof Error) {
            failures.push(`${where}: ${res.message}`);
            continue;
          }
          if (streaming && res.headers.get('content-type') === 'text/event-stream') {
            await res.body?.cancel();
            continue;
          }
          const text = await res.text();
          if (who === 'stranger' && (res.status === 401 || res.status === 403)) guarded = true;
          if (res.status >= 500) failures.push(`${where}: ${res.status} ${text.slice(0, 200)}`);
          if (res.status >= 400) {
            let code: unknown;
            try { code = (JSON.parse(text) as { error?: unknown }).error; } catch { code = undefined; }
            if (typeof code !== 'string' || !/^[a-z_]+:[A-Za-z0-9_]+/.test(code)) failures.push(`${where}: ${res.status} without an error code: ${text.slice(0, 120)}`);
          }
          // Compared with the counts after the previous request: an accepted request may write, a refused one not.
          last = await counts();
          if (res.status >= 400 && JSON.stringify(last) !== JSON.stringify(before)) failures.push(`${where}: refused (${res.status}) but wrote ${JSON.stringify(diff(before, last))}`);
        }
      }
    }
  }
  if (failures.length) console.log(failures.join('\n'));
  expect(requests).toBeGreaterThan(1000);
  expect(failures.slice(0, 60), `${failures.length} failures of ${requests} requests`).toEqual([]);
});

const diff = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(Object.keys(b).filter((k) => a[k] !== b[k]).map((k) => [k, b[k]! - a[k]!]));
