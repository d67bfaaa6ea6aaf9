'use client';
// The cashier's POS: registers this browser as a device, unlocks with a PIN, sells from the catalogue
// kept in IndexedDB, keeps every sale in a local queue first and sends it when it can. The service
// worker (/sw.js) keeps the page itself available offline.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { fetchCatalogue, Offline, postSales, registerDevice, sendReceipt } from '../../lib/pos/api.ts';
import { addToCart, buildSale, cartTotal, removeLine, setDiscount, setQty, type Cart, type PayMethod } from '../../lib/pos/cart.ts';
import { CUSTOMER_NAME_MAX, type CatalogueProduct, type UnlockResponse } from '../../lib/pos/contract.ts';
import { enqueueSale, getMeta, posDb, saveCatalogue, setMeta, takeStock, wipe, type Device, type QueuedSale } from '../../lib/pos/db.ts';
import { SaleSync, type SyncState } from '../../lib/pos/sync.ts';
import { postJson } from '../api.ts';
import { CameraScan, canUseCamera } from './camera-scan.tsx';
import { CartPanel } from './cart-panel.tsx';
import { useCatalogueMeta, useCustomers, useOnline, useProducts, useQueue } from './hooks.ts';
import { PayDialog } from './pay-dialog.tsx';
import { PinScreen } from './pin-screen.tsx';
import { ProductGrid } from './product-grid.tsx';
import { QueueBar } from './queue-bar.tsx';
import { qrisFor, receiptText, zoneOf } from './receipt-text.ts';
import { ReceiptView } from './receipt-view.tsx';
import { useWedgeScanner } from './scanner.ts';

const WHO_KEY = 'juragan-pos-who';

export function PosApp({ tenantName, memberName }: { tenantName: string; memberName: string }) {
  const db = useMemo(() => posDb(), []);
  const [device, setDevice] = useState<Device | null>(null);
  const [bootError, setBootError] = useState('');
  const [who, setWho] = useState<UnlockResponse | null>(null);
  const [cart, setCart] = useState<Cart>([]);
  const [customer, setCustomer] = useState('');
  const [paying, setPaying] = useState(false);
  /** The last sale's receipt (shown once the sale is in IndexedDB). */
  const [done, setDone] = useState<{ sale: QueuedSale; change: number | null } | null>(null);
  /** Sales finished on this page: each starts the cart afresh, folded on a phone (an open cart covered the products). */
  const [saleNo, setSaleNo] = useState(0);
  const [sync, setSync] = useState<SyncState>({ phase: 'idle' });
  const [toast, setToast] = useState('');
  const [camera, setCamera] = useState(false);
  const [sessionEnded, setSessionEnded] = useState(false);
  const online = useOnline();
  const queue = useQueue(db);
  const products = useProducts(db);
  const customers = useCustomers(db);
  const catalogue = useCatalogueMeta(db);
  const syncRef = useRef<SaleSync | null>(null);
  const refreshRef = useRef<() => void>(() => {});
  // A checkout under way: a second tap on a payment button (a double-click on "Uang pas") is ignored. The dialog
  // stays open while the sale is saved, and a helper's double tap booked the sale twice.
  const checkingOut = useRef(false);

  const say = useCallback((text: string) => {
    setToast(text);
    setTimeout(() => setToast((t) => (t === text ? '' : t)), 3000);
  }, []);

  // Boot: service worker, persistent storage, device, catalogue, sync, live updates.
  useEffect(() => {
    let closed = false;
    if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
    void navigator.storage?.persist?.().catch(() => false);
    try {
      const kept = sessionStorage.getItem(WHO_KEY);
      if (kept) setWho(JSON.parse(kept) as UnlockResponse);
    } catch { /* a broken entry: unlock again */ }

    let inFlight = false;
    let again = false;
    // While a sync sends its batches, every booked sale is a live change: the catalogue is fetched once
    // the queue is drained (its stock then includes them all), not once per batch or per change.
    let sending = false;
    let afterSend = false;
    const refresh = async () => {
      if (sending) return void (afterSend = true);
      if (inFlight) return void (again = true);
      inFlight = true;
      try {
        const c = await fetchCatalogue();
        if (c && !closed) await saveCatalogue(db, c);
      } catch (err) {
        if (!(err instanceof Offline)) throw err;
      } finally {
        inFlight = false;
        if (again) {
          again = false;
          void refresh();
        }
      }
    };
    refreshRef.current = () => void refresh();

    const s = new SaleSync({
      db, post: postSales,
      onState: (st) => {
        if (closed) return;
        setSync(st);
        sending = st.phase === 'sending';
        if (!sending && afterSend) {
          afterSend = false;
          void refresh();
        }
      },
      onSent: () => void refresh(),
    });
    syncRef.current = s;

    (async () => {
      let d = await getMeta<Device>(db, 'device');
      if (!d) {
        try {
          const r = await registerDevice();
          if (!r.ok) return setBootError(r.message);
          d = { deviceId: r.device.deviceId, code: r.device.code };
          await setMeta(db, 'device', d);
        } catch {
          return setBootError('Tidak ada koneksi. Perangkat ini perlu internet sekali untuk didaftarkan sebagai kasir.');
        }
      }
      void takeStock(db).catch(() => {}); // a sale whose stock a crash left on the snapshot
      if (!closed) setDevice(d);
      await refresh();
      void s.trigger();
    })();

    const onOnline = () => {
      s.online();
      void refresh();
    };
    window.addEventListener('online', onOnline);
    const live = new EventSource('/api/live');
    live.addEventListener('change', () => void refresh());
    live.addEventListener('logout', () => {
      live.close();
      setSessionEnded(true);
    });
    return () => {
      closed = true;
      s.stop();
      live.close();
      window.removeEventListener('online', onOnline);
    };
  }, [db]);

  const byBarcode = useMemo(() => new Map(products.filter((p) => p.barcode).map((p) => [p.barcode!, p])), [products]);
  const add = useCallback((p: CatalogueProduct, pack: string | null) => {
    if (p.price === null && !pack) return say(`${p.name}: harga belum diisi pemilik.`);
    setCart((c) => addToCart(c, p, pack));
  }, [say]);
  const scan = useCallback((code: string) => {
    const p = byBarcode.get(code);
    if (p) add(p, null);
    else say(`Barcode ${code} tidak dikenal.`);
  }, [byBarcode, add, say]);
  const enter = useCallback((text: string, matches: CatalogueProduct[]) => {
    const p = byBarcode.get(text) ?? (matches.length === 1 ? matches[0] : undefined);
    if (p) add(p, null);
    return Boolean(p);
  }, [byBarcode, add]);
  const openCamera = useCallback(() => setCamera(true), []);
  useWedgeScanner((code) => {
    if (who && !paying && !done) scan(code);
  });

  // Checkout: the sale is committed to IndexedDB first, then the receipt shows, so a receipt on screen
  // is always a sale that survives a reload or a crash. Its stock comes off the snapshot just after.
  async function paid(method: PayMethod, tendered?: number) {
    if (!device || !who || checkingOut.current) return;
    checkingOut.current = true;
    try {
      await checkout(device, who, method, tendered);
    } finally {
      checkingOut.current = false;
    }
  }

  async function checkout(device: Device, who: UnlockResponse, method: PayMethod, tendered?: number) {
    performance.mark('pos:pay'); // User Timing marks: bench/pos-checkout.ts splits a checkout by them
    // The sale's contract takes 80 characters of a name: longer, the server refused the sale after the receipt said
    // "Tersimpan" (a helper's credit sale was lost). The field stops at 80 too; this keeps any typed before that.
    const name = customer.trim().slice(0, CUSTOMER_NAME_MAX).trim();
    const known = customers.find((c) => c.name.toLowerCase() === name.toLowerCase());
    const total = cartTotal(cart);
    const build = (seq: number): QueuedSale => ({
      ...buildSale({
        deviceId: device.deviceId, deviceCode: device.code, seq, cashierId: who.memberId,
        customer: name ? (known ? { id: known.id, name: known.name } : { name }) : null,
        cart, method, tendered,
      }),
      total, attempts: 0,
    });
    let sale: QueuedSale;
    try {
      sale = await enqueueSale(db, device.deviceId, build).catch(() => enqueueSale(db, device.deviceId, build)); // one retry (a busy disk)
    } catch {
      // Nothing was saved: the cart stays, so the cashier can try again or write it down.
      return say('GAGAL menyimpan transaksi di perangkat. Coba tekan Bayar lagi, atau catat lewat WhatsApp.');
    }
    performance.mark('pos:saved');
    // Rendered in this task: after the await React would schedule it as a task of its own, behind
    // whatever else the page has queued (the last sale's stock, live queries), while the cashier waits.
    flushSync(() => {
      setDone({ sale, change: method === 'cash' && tendered !== undefined ? tendered - total : null });
      setPaying(false);
      setCart([]);
      setCustomer('');
    });
    void syncRef.current?.trigger();
  }

  // The sale's stock comes off the snapshot once its receipt is on screen, not before (else at the next
  // start or catalogue refresh). A task of its own: this effect runs inside the receipt's flushSync.
  useEffect(() => {
    if (!done) return;
    setTimeout(() => void takeStock(db, done.sale.id).catch(() => {}), 0);
  }, [db, done]);

  async function logout() {
    if (queue.count > 0) return say(`Belum bisa keluar: ${queue.count} transaksi belum terkirim. Sambungkan internet dan tunggu sampai terkirim.`);
    if (!navigator.onLine) return say('Keluar butuh koneksi internet.');
    try {
      await wipe(db);
    } catch {
      return say('Belum bisa keluar: masih ada transaksi yang belum terkirim.');
    }
    sessionStorage.removeItem(WHO_KEY);
    await postJson('/api/auth/logout').catch(() => {});
    window.location.assign('/');
  }

  function unlocked(w: UnlockResponse) {
    sessionStorage.setItem(WHO_KEY, JSON.stringify(w));
    setWho(w);
  }

  function lock() {
    sessionStorage.removeItem(WHO_KEY);
    setWho(null);
    setPaying(false);
  }

  if (bootError) return <main className="login-page"><h1>Kasir</h1><p className="error" role="alert">{bootError}</p><button type="button" onClick={() => window.location.reload()}>Coba lagi</button></main>;
  if (!device) return <main className="login-page"><h1>Kasir</h1><p className="muted">Menyiapkan kasir…</p></main>;
  if (!who) {
    return <PinScreen db={db} device={device} tenantName={catalogue?.tenant.name ?? tenantName} zone={zoneOf(catalogue?.tenant.timezone)} onUnlocked={unlocked} onDeviceGone={async (message) => {
      // Only with nothing waiting: queued sales carry this device's id and must still be sent.
      if (queue.count > 0) return say(`${message} ${queue.count} transaksi belum terkirim; hubungi pemilik.`);
      await db.meta.delete('device');
      window.location.reload();
    }} />;
  }

  const tenant = catalogue?.tenant;
  const sizes = new Map(products.map((p) => [p.id, p]));
  return (
    <div className="pos">
      <header className="pos-top">
        <div>
          <div className="brand">{tenant?.name ?? tenantName}</div>
          <div className="who">Kasir: {who.name} · {device.code}</div>
        </div>
        <div className="top-actions">
          <button type="button" className="link" onClick={lock}>Kunci</button>
          <button type="button" className="link" onClick={logout}>Keluar</button>
        </div>
      </header>
      <QueueBar queue={queue} sync={sync} online={online} onRetry={() => syncRef.current?.online()} />
      {sessionEnded && <p className="pos-banner error">Sesi {memberName} berakhir. Masuk lagi lewat halaman depan agar transaksi bisa terkirim.</p>}
      <div className="pos-main">
          <ProductGrid
            products={products}
            onAdd={add}
            onCamera={canUseCamera() ? openCamera : undefined}
            onEnter={enter}
          />
          <CartPanel
            key={saleNo}
            cart={cart}
            canDiscount={who.canDiscount}
            stockOf={(id) => sizes.get(id) ?? null}
            customers={customers}
            customer={customer}
            onCustomer={setCustomer}
            onQty={(k, q) => setCart((c) => setQty(c, k, q))}
            onRemove={(k) => setCart((c) => removeLine(c, k))}
            onDiscount={(k, d) => setCart((c) => setDiscount(c, k, d))}
            onPay={() => setPaying(true)}
          />
      </div>
      {done && (
        <div className="pos-modal" role="dialog" aria-label="Struk">
          <div className="pos-sheet">
            <ReceiptView
          receiptNo={done.sale.receiptNo}
          text={receiptText(done.sale, sizes, tenant, who.name)}
          change={done.change}
          online={online}
          onSend={async (phone) => {
            try {
              await syncRef.current?.trigger(); // the server knows the sale before it sends its receipt
              return await sendReceipt(done.sale.id, phone);
            } catch {
              return { ok: false, message: 'Tidak ada koneksi. Kirim struk WA butuh internet.' };
            }
          }}
          onNew={() => {
            setDone(null);
            setSaleNo((n) => n + 1);
          }}
        />
          </div>
        </div>
      )}
      {paying && <PayDialog total={cartTotal(cart)} customer={customer} qrisFor={(amount) => qrisFor(tenant?.qris ?? null, amount)} onPaid={paid} onClose={() => setPaying(false)} />}
      {camera && <CameraScan onCode={scan} onClose={() => setCamera(false)} />}
      {toast && <div className="pos-toast" role="status">{toast}</div>}
    </div>
  );
}
