// Auth store contract on real Postgres (and on PGlite, the embedded default): every key family
// round-trips with its Buffers, deletes with null, creds are saved, a failing write throws, and
// only the lease holder may write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initAuthCreds, proto, type SignalDataSet, type SignalDataTypeMap } from '@whiskeysockets/baileys';
import { randomBytes } from 'node:crypto';
import { freshDb, type TestDb } from '../../../core/db/testing.ts';
import { usePostgresAuthState } from './auth-state.ts';
import { holdLease, tryAcquireLease } from './lease.ts';

describe.each(['postgres', 'pglite'] as const)('on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  const keyPair = () => ({ public: randomBytes(32), private: randomBytes(32) });

  // One value of every family Baileys v7 stores (Auth.d.ts SignalDataTypeMap).
  const everyFamily = (): SignalDataSet => ({
    'pre-key': { '1': keyPair(), '2': keyPair() },
    session: { '6281200000001.0': randomBytes(120) },
    'sender-key': { 'group@g.us::6281200000001::0': randomBytes(64) },
    'sender-key-memory': { 'group@g.us': { '6281200000001:3@s.whatsapp.net': true } },
    'app-state-sync-key': { AAAAAGxl: { keyData: randomBytes(32), timestamp: 1_732_000_000, fingerprint: { rawId: 7, currentIndex: 1, deviceIndexes: [0, 1] } } },
    'app-state-sync-version': { regular: { version: 3, hash: randomBytes(128), indexValueMap: { abc: { valueMac: randomBytes(32) } } } },
    'lid-mapping': { '6281200000001': '123456789012345', '123456789012345_reverse': '6281200000001' },
    'device-list': { '6281200000001': ['0', '3', '12'] },
    tctoken: { '123456789012345@lid': { token: randomBytes(24), timestamp: '1732000000', senderTimestamp: 1_732_000_001 } },
    'identity-key': { '123456789012345.0': randomBytes(33) },
  });

  describe('usePostgresAuthState', () => {
    it('round-trips every key family with Buffers intact, and deletes with null', async () => {
      const { state } = await usePostgresAuthState(db, 'acc-roundtrip');
      const data = everyFamily();
      await state.keys.set(data);

      // A second instance reads from the database, not from memory.
      const { state: again } = await usePostgresAuthState(db, 'acc-roundtrip');
      for (const [type, entries] of Object.entries(data)) {
        const ids = Object.keys(entries ?? {});
        const got: Record<string, unknown> = await again.keys.get(type as keyof SignalDataTypeMap, ids);
        for (const id of ids) {
          const expected = entries![id];
          const value = got[id];
          if (type === 'app-state-sync-key') {
            expect(value).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
            const key = proto.Message.AppStateSyncKeyData.toObject(value as proto.Message.AppStateSyncKeyData, { longs: Number });
            expect(key).toEqual(expected);
          } else {
            expect(value, `${type}/${id}`).toEqual(expected);
          }
        }
      }
      const session = await again.keys.get('session', ['6281200000001.0']);
      expect(Buffer.isBuffer(session['6281200000001.0'])).toBe(true);

      await again.keys.set({ session: { '6281200000001.0': null }, 'lid-mapping': { '6281200000001': null } });
      expect(await again.keys.get('session', ['6281200000001.0'])).toEqual({});
      expect(Object.keys(await again.keys.get('lid-mapping', ['6281200000001', '123456789012345_reverse']))).toEqual(['123456789012345_reverse']);
      expect(await again.keys.get('pre-key', [])).toEqual({});
    });

    it('keeps accounts apart', async () => {
      const a = await usePostgresAuthState(db, 'acc-a');
      const b = await usePostgresAuthState(db, 'acc-b');
      await a.state.keys.set({ 'device-list': { x: ['1'] } });
      expect(await b.state.keys.get('device-list', ['x'])).toEqual({});
    });

    it('saves creds (Buffers included) and loads them on the next start; clear() forgets them', async () => {
      const first = await usePostgresAuthState(db, 'acc-creds');
      const fresh = initAuthCreds();
      expect(first.state.creds.noiseKey.private).not.toEqual(fresh.noiseKey.private); // new creds are random
      Object.assign(first.state.creds, { me: { id: '6281200000009:4@s.whatsapp.net', lid: '99887766@lid' }, registered: true });
      await first.saveCreds();

      const second = await usePostgresAuthState(db, 'acc-creds');
      expect(second.state.creds.me?.id).toBe('6281200000009:4@s.whatsapp.net');
      expect(second.state.creds.noiseKey.private).toEqual(first.state.creds.noiseKey.private);
      expect(Buffer.isBuffer(second.state.creds.noiseKey.private)).toBe(true);
      expect(second.state.creds.advSecretKey).toBe(first.state.creds.advSecretKey);

      await second.state.keys.set({ 'pre-key': { '9': keyPair() } });
      await second.clear();
      const third = await usePostgresAuthState(db, 'acc-creds');
      expect(third.state.creds.me).toBeUndefined();
      expect(await third.state.keys.get('pre-key', ['9'])).toEqual({});
    });

    it('set() is one transaction and throws when the write fails', async () => {
      const { state } = await usePostgresAuthState(db, 'acc-fail');
      // A value jsonb cannot hold (a NUL in a string) fails the second row; the first must not stay.
      await expect(state.keys.set({ 'device-list': { ok: ['1'] }, 'lid-mapping': { bad: 'a\u0000b' } })).rejects.toMatchObject({
        code: 'unavailable:whatsapp_auth_write',
      });
      expect(await state.keys.get('device-list', ['ok'])).toEqual({});
    });

    it('throws when the database is gone', async () => {
      const other = await freshDb(kind);
      const { state, saveCreds } = await usePostgresAuthState(other, 'acc-gone');
      await other.pool.query('drop table public.whatsapp_auth');
      await expect(state.keys.set({ 'pre-key': { '1': keyPair() } })).rejects.toMatchObject({ code: 'unavailable:whatsapp_auth_write' });
      await expect(saveCreds()).rejects.toMatchObject({ code: 'unavailable:whatsapp_auth_write' });
      await other.close();
    });
  });

  describe('lease', () => {
    it('two gateways contend for one account: only one holds it, the other waits and takes over after release', async () => {
      const first = await holdLease(db, 'acc-lease', { holder: 'gw-1', ttlMs: 60_000, pollMs: 20 });
      expect(first.token).toBeGreaterThan(0);
      expect(await tryAcquireLease(db, 'acc-lease', 'gw-2', 60_000)).toBeNull();

      let secondHolds = false;
      let waited = false;
      const second = holdLease(db, 'acc-lease', { holder: 'gw-2', ttlMs: 60_000, pollMs: 20, onWaiting: () => (waited = true) }).then((l) => {
        secondHolds = true;
        return l;
      });
      await new Promise((r) => setTimeout(r, 150));
      expect(waited).toBe(true);
      expect(secondHolds).toBe(false);

      await first.release();
      const took = await second;
      expect(took.holder).toBe('gw-2');
      expect(took.token).toBe(first.token + 1);
      await took.release();
    });

    it('fences writes: a gateway whose lease was taken over cannot write keys or creds', async () => {
      let lease = await tryAcquireLease(db, 'acc-fence', 'gw-old', 1);
      expect(lease).not.toBeNull();
      const old = await usePostgresAuthState(db, 'acc-fence', { lease: () => lease ?? undefined });
      await new Promise((r) => setTimeout(r, 20)); // the 1 ms lease expires
      const next = await tryAcquireLease(db, 'acc-fence', 'gw-new', 60_000);
      expect(next?.token).toBe(lease!.token + 1);
      await expect(old.state.keys.set({ 'pre-key': { '1': keyPair() } })).rejects.toMatchObject({ code: 'conflict:whatsapp_lease_lost' });
      await expect(old.saveCreds()).rejects.toMatchObject({ code: 'conflict:whatsapp_lease_lost' });

      lease = next;
      await old.state.keys.set({ 'pre-key': { '1': keyPair() } });
      expect(Object.keys(await old.state.keys.get('pre-key', ['1']))).toEqual(['1']);
    });

    it('tells the holder when a renewal finds the lease gone', async () => {
      const lost = new Promise<string>((resolve) => {
        void holdLease(db, 'acc-lost', { holder: 'gw-a', ttlMs: 60_000, renewEveryMs: 20, onLost: (l) => resolve(l.holder) }).then(async () => {
          // Someone (an operator, a bug) hands the row to another holder.
          await db.pool.query(`update public.whatsapp_leases set holder = 'gw-b', token = token + 1 where account = 'acc-lost'`);
        });
      });
      expect(await lost).toBe('gw-a');
    });
  });
});
