// The auth store under Baileys' real Signal code: Bob's pre-keys live in Postgres, Alice starts a
// session from his bundle, and each side decrypts with a store freshly reloaded from the database
// (what happens after a restart). Proves sessions, pre-keys and identity keys survive storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTransactionCapability, DEFAULT_CONNECTION_CONFIG, generateSignalPubKey, getNextPreKeys } from '@whiskeysockets/baileys';
import { freshDb, type TestDb } from '../../../core/db/testing.ts';
import { silentLogger } from '../../../core/logger.ts';
import { usePostgresAuthState } from './auth-state.ts';

const ALICE = '6281200000001@s.whatsapp.net';
const BOB = '6281200000002@s.whatsapp.net';

let db: TestDb;
beforeAll(async () => {
  db = await freshDb('postgres');
});
afterAll(async () => {
  await db?.close();
});

/** A Signal repository over a fresh load of the account's auth state (as after a restart). */
async function open(account: string) {
  const auth = await usePostgresAuthState(db, account);
  const keys = addTransactionCapability(auth.state.keys, silentLogger, { maxCommitRetries: 2, delayBetweenTriesMs: 10 });
  const repo = DEFAULT_CONNECTION_CONFIG.makeSignalRepository({ creds: auth.state.creds, keys }, silentLogger);
  return { auth, keys, repo };
}

describe('auth store under Baileys Signal sessions', () => {
  it('a pkmsg and the replies decrypt after each side reloads its keys from Postgres', async () => {
    const alice = await open('alice');
    await alice.auth.saveCreds();
    const bob = await open('bob');
    const { update, preKeys } = await getNextPreKeys({ creds: bob.auth.state.creds, keys: bob.keys }, 3);
    Object.assign(bob.auth.state.creds, update);
    await bob.auth.saveCreds();

    const [preKeyId, preKey] = Object.entries(preKeys)[0]!;
    const c = bob.auth.state.creds;
    await alice.repo.injectE2ESession({
      jid: BOB,
      session: {
        registrationId: c.registrationId,
        identityKey: generateSignalPubKey(c.signedIdentityKey.public),
        signedPreKey: { keyId: c.signedPreKey.keyId, publicKey: generateSignalPubKey(c.signedPreKey.keyPair.public), signature: c.signedPreKey.signature },
        preKey: { keyId: Number(preKeyId), publicKey: generateSignalPubKey(preKey.public) },
      },
    });

    const hello = Buffer.from('tadi laku indomie 5 bks');
    const first = await (await open('alice')).repo.encryptMessage({ jid: BOB, data: hello });
    expect(first.type).toBe('pkmsg');
    const bobAgain = await open('bob');
    expect(Buffer.from(await bobAgain.repo.decryptMessage({ jid: ALICE, type: first.type, ciphertext: first.ciphertext }))).toEqual(hello);

    const reply = Buffer.from('Siap, Kak!');
    const second = await (await open('bob')).repo.encryptMessage({ jid: ALICE, data: reply });
    expect(Buffer.from(await (await open('alice')).repo.decryptMessage({ jid: BOB, type: second.type, ciphertext: second.ciphertext }))).toEqual(reply);

    const third = await (await open('alice')).repo.encryptMessage({ jid: BOB, data: Buffer.from('ok') });
    expect(third.type).toBe('msg'); // the session is established and was stored
    expect(Buffer.from(await (await open('bob')).repo.decryptMessage({ jid: ALICE, type: third.type, ciphertext: third.ciphertext })).toString()).toBe('ok');

    // Bob's used one-time pre-key was deleted through keys.set(null).
    expect(await (await open('bob')).auth.state.keys.get('pre-key', [preKeyId])).toEqual({});
    const families = (await db.pool.query<{ key_type: string }>(`select distinct key_type from public.whatsapp_auth order by 1`)).rows.map((r) => r.key_type);
    expect(families).toEqual(['creds', 'identity-key', 'pre-key', 'session']);
  });
});
