// Juragan POS service worker: keeps the cashier's page (/pos) opening and reloading with no network.
// Hand-written on purpose (see dashboard/README.md): two routes, nothing else intercepted.
//  - the /pos document: network first (3 s), the last good copy when the network fails;
//  - /_next/static/*: cache first (file names carry content hashes, so a cached copy never goes stale).
// On install and whenever the page asks ("precache"), the /pos document and every script and style it
// names are fetched into the cache, so the shell is complete before the first time the network drops.
const SHELL = 'juragan-pos-shell-v1';
const STATIC = 'juragan-pos-static-v1';
const PAGE = '/pos';

self.addEventListener('install', (event) => {
  event.waitUntil(precache().catch(() => {}).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== SHELL && name !== STATIC) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'precache') event.waitUntil(precache().catch(() => {}));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === PAGE && req.mode === 'navigate') event.respondWith(pageFirst(req));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(staticFirst(req));
});

async function pageFirst(req) {
  const cache = await caches.open(SHELL);
  try {
    const res = await withTimeout(fetch(req), 3000);
    // Only a real page is kept: a redirect to the login page is passed on, never cached.
    if (res.ok && res.type === 'basic' && !res.redirected) {
      await cache.put(PAGE, res.clone());
      void keepAssets(res.clone());
    }
    return res;
  } catch {
    const cached = await cache.match(PAGE);
    return cached ?? new Response('<!doctype html><meta charset="utf-8"><title>Kasir</title><p style="font-family:sans-serif;padding:2em">Tidak ada koneksi, dan halaman kasir belum tersimpan di perangkat ini. Buka sekali saat online.</p>', { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
}

async function staticFirst(req) {
  const cache = await caches.open(STATIC);
  const hit = await cache.match(req.url);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) await cache.put(req.url, res.clone());
  return res;
}

async function precache() {
  const res = await fetch(PAGE, { credentials: 'same-origin', redirect: 'follow' });
  if (!res.ok || res.redirected) return;
  await (await caches.open(SHELL)).put(PAGE, res.clone());
  await keepAssets(res);
}

/**
 * Fetches every /_next/static file the page names (scripts, styles, chunks) that is not cached yet, and
 * then the files those scripts name in turn: a chunk loaded later with import() (the camera's barcode
 * decoder) and the assets it uses (its wasm) are named only inside another chunk, never in the page.
 */
async function keepAssets(res) {
  const cache = await caches.open(STATIC);
  const seen = new Set();
  let texts = [await res.text()];
  while (texts.length) {
    const urls = new Set();
    // Scripts and styles as tags (/_next/static/...) and client chunks named in the RSC payload or a script (static/chunks/...).
    for (const text of texts) {
      for (const m of text.matchAll(/(?:\/_next\/)?static\/(?:chunks|css|media)\/[^"'\s\\)]+/g)) {
        const u = m[0].startsWith('/_next/') ? m[0] : `/_next/${m[0]}`;
        if (!seen.has(u)) urls.add(u);
      }
    }
    for (const u of urls) seen.add(u);
    texts = (await Promise.all([...urls].map(async (u) => {
      let r = await cache.match(u);
      if (!r) {
        r = await fetch(u).catch(() => null);
        if (!r || !r.ok) return null;
        await cache.put(u, r.clone());
      }
      return u.endsWith('.js') ? r.text() : null;
    }))).filter((t) => t !== null);
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}
