// The Baileys socket as the gateway sees it: the few methods it calls, the config it opens a
// socket with, and how an old socket is let go.
import { Browsers, fetchLatestBaileysVersion, makeCacheableSignalKeyStore } from '@whiskeysockets/baileys';
import type { BaileysEventMap, CacheStore, UserFacingSocketConfig, WAMessage, WAMessageKey, WAVersion, proto } from '@whiskeysockets/baileys';
import type { Logger } from '../../../core/logger.ts';
import type { PostgresAuthState } from './auth-state.ts';
import type { SendingSocket } from './send.ts';

/** The part of a Baileys socket the gateway uses; tests pass a fake with the same event names. */
export interface SocketLike extends SendingSocket {
  ev: {
    on<E extends keyof BaileysEventMap>(event: E, listener: (arg: BaileysEventMap[E]) => void): void;
    removeAllListeners<E extends keyof BaileysEventMap>(event: E): void;
  };
  updateMediaMessage(msg: WAMessage): Promise<WAMessage>;
  requestPairingCode(phone: string): Promise<string>;
  end(error: Error | undefined): void;
}

export const SOCKET_EVENTS = ['connection.update', 'creds.update', 'messages.upsert', 'messages.update'] as const;

export function socketConfig(a: {
  auth: PostgresAuthState;
  logger: Logger;
  version: WAVersion | undefined;
  msgRetryCounterCache: CacheStore;
  getMessage: (key: WAMessageKey) => Promise<proto.IMessage | undefined>;
}): UserFacingSocketConfig {
  return {
    // The cache in front of Postgres: Signal reads keys on every message.
    auth: { creds: a.auth.state.creds, keys: makeCacheableSignalKeyStore(a.auth.state.keys, a.logger) },
    ...(a.version ? { version: a.version } : {}),
    logger: a.logger,
    browser: Browsers.appropriate('Chrome'),
    // Stay "offline" so the owner's phone keeps its notifications.
    markOnlineOnConnect: false,
    syncFullHistory: false,
    shouldSyncHistoryMessage: () => false,
    generateHighQualityLinkPreview: false,
    msgRetryCounterCache: a.msgRetryCounterCache,
    getMessage: a.getMessage,
  };
}

/** Removes our listeners before ending, so the old socket's close cannot trigger another reconnect. */
export function detachSocket(sock: SocketLike): void {
  for (const e of SOCKET_EVENTS) sock.ev.removeAllListeners(e);
  try {
    sock.end(undefined);
  } catch {
    // already closed
  }
}

/** The WA Web version Baileys' maintainers publish; `fallback` when it cannot be fetched. */
export async function latestWaVersion(fallback: WAVersion | undefined): Promise<WAVersion | undefined> {
  try {
    const latest = await fetchLatestBaileysVersion({ signal: AbortSignal.timeout(10_000) });
    return latest.error ? fallback : latest.version;
  } catch {
    return fallback;
  }
}
