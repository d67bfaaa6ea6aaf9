// The WhatsApp channel: holds the account's lease, runs one Baileys socket at a time (a new one
// for every reconnect, the old one's listeners removed), feeds inbound messages to the injected
// `onInbound` (the pipeline's ingest, which writes the inbox), and sends replies.
import makeWASocket, { proto } from '@whiskeysockets/baileys';
import type { BaileysEventMap, UserFacingSocketConfig, WAVersion } from '@whiskeysockets/baileys';
import type { Db } from '../../../core/db/open.ts';
import { AppError } from '../../../core/errors.ts';
import type { Channel, ChannelState, InboundMessage, OutboundMessage } from '../../../core/ports/channel.ts';
import type { MediaStore } from '../../../core/ports/media-store.ts';
import { maskPhone, type Logger } from '../../../core/logger.ts';
import { usePostgresAuthState, type PostgresAuthState } from './auth-state.ts';
import { createInboundHandler, type InboundMeta } from './inbound.ts';
import { holdLease, type HeldLease, type HoldLeaseOptions } from './lease.ts';
import { pairingDigits, renderQr, type LinkInfo } from './link.ts';
import { createReconnector, type Reconnector } from './reconnector.ts';
import { statusCodeOf, type ReconnectOptions } from './reconnect-policy.ts';
import { TtlCache } from './ttl-cache.ts';
import { createSender } from './send.ts';
import { createSentStore } from './sent-store.ts';
import { detachSocket, latestWaVersion, socketConfig, type SocketLike } from './socket.ts';

export type { SocketLike } from './socket.ts';

export interface WhatsAppGatewayOptions {
  db: Db;
  account: string;
  onInbound: (msg: InboundMessage, meta: InboundMeta) => Promise<void>;
  logger: Logger;
  mediaStore?: MediaStore;
  makeSocket?: (config: UserFacingSocketConfig) => SocketLike;
  pairingPhone?: string;
  backlogMaxAgeS?: number;
  sendPerMinute?: number;
  mediaMaxBytes?: number;
  baileysLogLevel?: string;
  lease?: Omit<HoldLeaseOptions, 'signal' | 'onLost' | 'onWaiting'>;
  reconnect?: Partial<ReconnectOptions>;
  fetchVersion?: () => Promise<WAVersion | undefined>;
  printQr?: (text: string) => void;
  now?: () => Date;
  /** Waits between tries when onInbound (the inbox write) fails. */
  inboundRetryDelaysMs?: number[];
}

export class WhatsAppGateway implements Channel {
  readonly name = 'whatsapp' as const;
  readonly account: string;
  private readonly o: WhatsAppGatewayOptions;
  private readonly log: Logger;
  private readonly sender;
  private readonly reconnector: Reconnector;
  /** Outlives every socket, as Baileys asks: retry counts must survive reconnects. */
  private readonly msgRetryCounterCache = new TtlCache(60 * 60_000);
  private readonly abort = new AbortController();
  private sock: SocketLike | undefined;
  private open = false;
  private lease: HeldLease | undefined;
  private auth: PostgresAuthState | undefined;
  private version: WAVersion | undefined;
  private status: { state: ChannelState; detail?: string } = { state: 'disconnected' };
  private link: LinkInfo | null = null;
  private pairing: string | null = null;
  private stopped = false;
  private readonly inbound;
  private readonly getMessage;
  private readonly sentStore;

  constructor(o: WhatsAppGatewayOptions) {
    this.o = o;
    this.account = o.account;
    this.log = o.logger.child({ channel: 'whatsapp', account: o.account });
    const store = createSentStore(o.db, o.account);
    this.sentStore = store;
    this.sender = createSender({ socket: () => (this.open ? this.sock : undefined), store, logger: this.log, perMinute: o.sendPerMinute ?? 20 });
    this.reconnector = createReconnector({
      connect: (refresh) => this.connect(refresh),
      onFinal: (a) => this.final(a.reason, a.clearCreds),
      onError: (err) => this.log.error({ err }, 'whatsapp reconnect failed'),
      policy: o.reconnect,
    });
    this.inbound = createInboundHandler({
      account: o.account,
      logger: this.log,
      onInbound: o.onInbound,
      mediaStore: o.mediaStore,
      mediaMaxBytes: o.mediaMaxBytes ?? 16 * 1024 * 1024,
      backlogMaxAgeS: o.backlogMaxAgeS ?? 600,
      now: o.now ?? (() => new Date()),
      retryDelaysMs: o.inboundRetryDelaysMs,
      reupload: (m) => {
        if (!this.sock) throw new Error('no socket for a media re-upload');
        return this.sock.updateMediaMessage(m);
      },
    });
    this.getMessage = store.getMessage;
  }

  /** Waits for the account's lease (another gateway may hold it), then connects. */
  async start(): Promise<void> {
    this.set('connecting', 'waiting for the account lease');
    try {
      this.lease = await holdLease(this.o.db, this.o.account, {
        ...this.o.lease,
        signal: this.abort.signal,
        onWaiting: () => this.log.info('another gateway holds this WhatsApp account; waiting for it'),
        onLost: () => void this.leaseLost(),
      });
    } catch (err) {
      if (this.stopped) return; // stop() while waiting
      throw err;
    }
    if (this.stopped) return void (await this.lease.release());
    this.log.info({ token: this.lease.token }, 'whatsapp lease acquired');
    await this.relink();
  }

  /** Loads the auth state (fresh creds after a logout) and opens a socket: a new QR if unlinked. */
  async relink(): Promise<void> {
    if (!this.lease) throw new AppError('conflict:whatsapp_lease_missing', { message: 'start() the gateway first' });
    this.reconnector.cancel();
    this.auth = await usePostgresAuthState(this.o.db, this.o.account, { lease: () => this.lease });
    await this.connect(false);
  }

  private async connect(refreshVersion: boolean): Promise<void> {
    if (this.stopped || !this.auth) return;
    // Baileys ships a working version; fetch a newer one only when WhatsApp rejected ours (405).
    if (refreshVersion) this.version = await this.latestVersion();
    this.closeSocket();
    const auth = this.auth;
    // Baileys logs JIDs (phone numbers) freely, so its log stays at error level at most.
    const baileysLog = this.log.child({ module: 'baileys' }, { level: this.log.level === 'silent' ? 'silent' : (this.o.baileysLogLevel ?? 'error') });
    const sock = (this.o.makeSocket ?? makeWASocket)(
      socketConfig({ auth, logger: baileysLog, version: this.version, msgRetryCounterCache: this.msgRetryCounterCache, getMessage: this.getMessage }),
    );
    this.sock = sock;
    this.set('connecting');
    sock.ev.on('creds.update', () => {
      auth.saveCreds().catch((err) => this.log.error({ err }, 'saving whatsapp creds failed'));
    });
    sock.ev.on('connection.update', (u) => {
      this.onConnection(sock, u).catch((err) => this.log.error({ err }, 'whatsapp connection update failed'));
    });
    sock.ev.on('messages.upsert', ({ messages, type }) => this.inbound.push(messages, type));
    sock.ev.on('messages.update', (updates) => {
      // An error ack for one of our messages carries WhatsApp's code (463, 429) in the stub parameters.
      for (const { key, update } of updates) {
        if (key.fromMe && update.status === proto.WebMessageInfo.Status.ERROR && update.messageStubParameters?.length) {
          this.sender.noteAckError(String(update.messageStubParameters[0]));
        }
      }
    });
  }

  private async onConnection(sock: SocketLike, u: BaileysEventMap['connection.update']) {
    if (sock !== this.sock) return;
    if (u.reachoutTimeLock) this.sender.noteTimelock(u.reachoutTimeLock);
    if (u.qr) {
      if (this.o.pairingPhone && !this.auth?.state.creds.registered) {
        if (!this.pairing) {
          this.pairing = await sock.requestPairingCode(pairingDigits(this.o.pairingPhone));
          this.log.info({ phone: maskPhone(this.o.pairingPhone) }, `whatsapp pairing code: ${this.pairing}`);
          this.set('connecting', `enter pairing code ${this.pairing} on the phone`);
        }
      } else {
        this.link = await renderQr(u.qr, this.o.printQr ?? ((t) => process.stdout.write(t)));
        this.set('connecting', 'scan the QR code to link WhatsApp');
      }
    }
    if (u.connection === 'open') {
      this.open = true;
      this.link = null;
      this.pairing = null;
      this.reconnector.opened();
      this.set('connected');
      this.log.info({ me: maskPhone(sock.user?.id?.split(/[:@]/)[0]) }, 'whatsapp connected');
      // Retry receipts come within minutes; a week of sent messages is plenty.
      this.sentStore.prune(new Date(Date.now() - 7 * 24 * 3_600_000)).catch((err) => this.log.warn({ err }, 'pruning sent messages failed'));
    }
    if (u.connection === 'close') {
      this.open = false;
      this.closeSocket();
      if (this.stopped) return;
      const code = statusCodeOf(u.lastDisconnect?.error);
      const action = this.reconnector.closed(code);
      if (action.kind === 'reconnect') {
        this.set('connecting', `reconnecting (${action.reason}) in ${(action.delayMs / 1000).toFixed(1)} s`);
        this.log.warn({ code, reason: action.reason, delayMs: action.delayMs }, 'whatsapp connection closed; reconnecting');
      }
    }
  }

  private async final(reason: string, clearCreds: boolean) {
    if (clearCreds) await this.auth?.clear();
    const detail = clearCreds
      ? `WhatsApp session ended (${reason}); credentials cleared, link the account again (relink or restart for a new QR)`
      : `WhatsApp session taken over by another client (${reason}); stopped to avoid a loop`;
    this.set(clearCreds ? 'logged_out' : 'disconnected', detail);
    this.log.error({ reason }, detail);
  }

  private async leaseLost() {
    this.log.error('whatsapp lease taken by another gateway; closing the socket and waiting to take over');
    this.open = false;
    this.reconnector.cancel();
    this.closeSocket();
    this.lease = undefined;
    this.set('disconnected', 'lease lost to another gateway');
    if (!this.stopped) this.start().catch((err) => this.log.error({ err }, 'whatsapp restart after a lost lease failed'));
  }

  private closeSocket() {
    const old = this.sock;
    if (!old) return;
    this.sock = undefined;
    detachSocket(old);
  }

  private async latestVersion(): Promise<WAVersion | undefined> {
    if (!this.o.fetchVersion) return latestWaVersion(this.version);
    return (await this.o.fetchVersion().catch(() => undefined)) ?? this.version;
  }

  private set(state: ChannelState, detail?: string) {
    this.status = detail ? { state, detail } : { state };
  }

  send(message: OutboundMessage): Promise<string> {
    return this.sender.send(message);
  }

  setTyping(chat: string, typing: boolean): Promise<void> {
    return this.sender.setTyping(chat, typing);
  }

  state(): { state: ChannelState; detail?: string } {
    const p = this.sender.paused();
    if (p && this.status.state === 'connected') return { state: 'paused', detail: `sending paused (${p.reason}) until ${new Date(p.until).toISOString()}` };
    return this.status;
  }

  /** For the HTTP page that shows the QR code while linking. */
  linkInfo(): { qr: LinkInfo | null; pairingCode: string | null } {
    return { qr: this.link, pairingCode: this.pairing };
  }

  /** Resolves once every inbound message received so far has been handed to onInbound. */
  idle(): Promise<void> {
    return this.inbound.idle();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    this.reconnector.cancel();
    this.sender.stop();
    this.open = false;
    this.closeSocket();
    await this.inbound.idle();
    await this.lease?.release();
    this.set('disconnected', 'stopped');
  }
}
