// The page's calls to /api/pos/*. Answers are checked with the contract's schemas; a network failure
// throws (the caller decides what offline means for it), an HTTP error comes back as { ok: false }.
import { postJson, type ApiAnswer } from '../../components/api.ts';
import { Catalogue, DeviceResponse, UnlockResponse, type Sale } from './contract.ts';

export class Offline extends Error {
  constructor() { super('offline'); }
}

async function call<T>(run: () => Promise<ApiAnswer<T>>): Promise<ApiAnswer<T>> {
  try {
    return await run();
  } catch {
    throw new Offline();
  }
}

export async function registerDevice(): Promise<{ ok: true; device: DeviceResponse } | { ok: false; message: string }> {
  const a = await call(() => postJson('/api/pos/device', {}));
  const d = DeviceResponse.safeParse(a.body);
  return a.ok && d.success ? { ok: true, device: d.data } : { ok: false, message: a.body.message ?? 'Perangkat belum bisa didaftarkan.' };
}

export type UnlockAnswer = { ok: true; who: UnlockResponse } | { ok: false; status: number; error?: string; message: string };

export async function unlockOnline(deviceId: string, pin: string): Promise<UnlockAnswer> {
  const a = await call(() => postJson('/api/pos/unlock', { deviceId, pin }));
  const who = UnlockResponse.safeParse(a.body);
  if (a.ok && who.success) return { ok: true, who: who.data };
  const message = a.body.message ?? (a.status === 429 ? 'Terlalu banyak PIN salah. Coba lagi nanti.' : 'PIN salah.');
  return { ok: false, status: a.status, error: a.body.error, message };
}

export async function fetchCatalogue(): Promise<Catalogue | null> {
  let res: Response;
  try {
    res = await fetch('/api/pos/catalogue', { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new Offline();
  }
  if (!res.ok) return null;
  const c = Catalogue.safeParse(await res.json().catch(() => null));
  return c.success ? c.data : null;
}

// The device's clock at sending: the server corrects the sales' times by how far it is off (see pos-routes.ts).
export const postSales = (sales: Sale[]) => postJson('/api/pos/sales', { sales, sentAt: new Date().toISOString() });

export async function sendReceipt(saleId: string, phone: string): Promise<{ ok: boolean; message: string }> {
  const a = await call(() => postJson('/api/pos/receipt', { saleId, phone }));
  return { ok: a.ok, message: a.body.message ?? (a.ok ? 'Struk terkirim.' : 'Struk belum terkirim.') };
}
