// Baileys auth state in Postgres (never the multi-file helper). Every Signal key family is stored
// generically by its type name, so families added in v7 (lid-mapping, device-list, tctoken,
// identity-key) and later ones need no code change. Values go through Baileys' BufferJSON so
// Buffers and Uint8Arrays survive the round trip.
import { BufferJSON, initAuthCreds, proto } from '@whiskeysockets/baileys';
import type { AuthenticationCreds, AuthenticationState, SignalDataSet, SignalDataTypeMap, SignalKeyStore } from '@whiskeysockets/baileys';
import { AppError } from '../../../core/errors.ts';
import type { Db } from '../../../core/db/open.ts';
import { withService, type Tx } from '../../../core/db/tenant.ts';
import { assertLeaseHeld, type LeaseToken } from './lease.ts';

const CREDS_TYPE = 'creds';
const CREDS_ID = 'creds';

export interface PostgresAuthState {
  state: AuthenticationState;
  saveCreds(): Promise<void>;
  /** Forgets the linked device: creds and every key (after loggedOut the session is useless). */
  clear(): Promise<void>;
}

export interface AuthStateOptions {
  /** When given, every write first checks that this lease is still ours (fencing). */
  lease?: () => LeaseToken | undefined;
}

const encode = (value: unknown): string => JSON.stringify(value, BufferJSON.replacer);
// Rows are written only by this module through `encode`, so parsing back yields Baileys' own shapes.
const decode = (text: string): unknown => JSON.parse(text, BufferJSON.reviver);

export async function usePostgresAuthState(db: Db, account: string, opts: AuthStateOptions = {}): Promise<PostgresAuthState> {
  const write = async <T>(what: string, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    try {
      return await withService(db, async (tx) => {
        const lease = opts.lease?.();
        if (opts.lease) await assertLeaseHeld(tx, account, lease);
        return fn(tx);
      });
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('unavailable:whatsapp_auth_write', { message: `writing WhatsApp ${what} failed`, cause: err });
    }
  };

  const stored = await withService(db, (tx) =>
    tx.query<{ value: string }>(
      'select value::text as value from public.whatsapp_auth where account = $1 and key_type = $2 and key_id = $3',
      [account, CREDS_TYPE, CREDS_ID],
    ),
  );
  const creds: AuthenticationCreds = stored.rows[0] ? (decode(stored.rows[0].value) as AuthenticationCreds) : initAuthCreds();

  const keys: SignalKeyStore = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const out: { [id: string]: SignalDataTypeMap[T] } = {};
      if (ids.length === 0) return out;
      const { rows } = await withService(db, (tx) =>
        tx.query<{ key_id: string; value: string }>(
          'select key_id, value::text as value from public.whatsapp_auth where account = $1 and key_type = $2 and key_id = any($3::text[])',
          [account, type, ids],
        ),
      );
      for (const row of rows) {
        const value = decode(row.value);
        // Baileys expects a proto instance here (the multi-file helper does the same).
        out[row.key_id] = (type === 'app-state-sync-key' && value && typeof value === 'object'
          ? proto.Message.AppStateSyncKeyData.fromObject(value)
          : value) as SignalDataTypeMap[T];
      }
      return out;
    },

    // One transaction for the whole batch: Baileys' own transaction layer retries a failed commit,
    // and a half-written batch (a session without its pre-key) would corrupt the session.
    async set(data: SignalDataSet) {
      const upType: string[] = [], upId: string[] = [], upValue: string[] = [];
      const delType: string[] = [], delId: string[] = [];
      for (const [type, entries] of Object.entries(data)) {
        for (const [id, value] of Object.entries(entries ?? {})) {
          if (value === null || value === undefined) {
            delType.push(type);
            delId.push(id);
          } else {
            upType.push(type);
            upId.push(id);
            upValue.push(encode(value));
          }
        }
      }
      if (upId.length === 0 && delId.length === 0) return;
      await write('keys', async (tx) => {
        if (upId.length) {
          await tx.query(
            `insert into public.whatsapp_auth (account, key_type, key_id, value)
             select $1, t, i, v::jsonb from unnest($2::text[], $3::text[], $4::text[]) as u(t, i, v)
             on conflict (account, key_type, key_id) do update set value = excluded.value, updated_at = now()`,
            [account, upType, upId, upValue],
          );
        }
        if (delId.length) {
          await tx.query(
            `delete from public.whatsapp_auth a using unnest($2::text[], $3::text[]) as d(t, i)
             where a.account = $1 and a.key_type = d.t and a.key_id = d.i`,
            [account, delType, delId],
          );
        }
      });
    },

    async clear() {
      await write('keys', (tx) => tx.query('delete from public.whatsapp_auth where account = $1 and key_type <> $2', [account, CREDS_TYPE]));
    },
  };

  // Saves run one after another and each encodes the creds when it runs: two overlapping saves
  // could otherwise commit in the wrong order and leave the older creds in the database.
  let saving: Promise<unknown> = Promise.resolve();
  const saveNow = () =>
    write('creds', (tx) =>
      tx.query(
        `insert into public.whatsapp_auth (account, key_type, key_id, value) values ($1, $2, $3, $4::jsonb)
         on conflict (account, key_type, key_id) do update set value = excluded.value, updated_at = now()`,
        [account, CREDS_TYPE, CREDS_ID, encode(creds)],
      ),
    );

  return {
    state: { creds, keys },
    saveCreds: async () => {
      const run = saving.then(saveNow);
      saving = run.catch(() => {});
      await run;
    },
    clear: async () => {
      await write('clear', (tx) => tx.query('delete from public.whatsapp_auth where account = $1', [account]));
    },
  };
}
