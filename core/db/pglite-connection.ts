// node-postgres's connection to PGlite, as @electric-sql/pglite/node-postgres makes it, with one change:
// an extended query's messages (parse, bind, describe, execute) wait for its sync or flush and go to
// PGlite together, as pg's socket would send them. PGlite's own adapter hands over each message on its
// own: four or five passes through the backend's main loop (and their promises) for every query.
import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import { serialize } from 'pg-protocol';

type Config<K extends keyof typeof serialize> = Parameters<(typeof serialize)[K]>[0];

export class PgliteConnection extends EventEmitter {
  // What pg's Client reads or calls on its connection.
  _connecting = false;
  stream = { destroy: () => this.end() };
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};

  private readonly pglite: PGlite;
  private pending: Buffer[] = [];
  private chain: Promise<unknown>;
  private emitMessages = false;

  constructor(pglite: PGlite) {
    super();
    this.pglite = pglite;
    this.chain = pglite.waitReady;
    this.on('newListener', (event) => {
      if (event === 'message') this.emitMessages = true;
    });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.pglite.waitReady;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  // The messages that end a batch: PGlite answers up to them.
  query(text: string): void { this.send(serialize.query(text)); }
  sync(): void { this.send(serialize.sync()); }
  flush(): void { this.send(serialize.flush()); }
  // The messages an extended query is made of: held until its sync or flush.
  parse(c: Config<'parse'>): void { this.pending.push(serialize.parse(c)); }
  bind(c: Config<'bind'>): void { this.pending.push(serialize.bind(c)); }
  describe(c: Config<'describe'>): void { this.pending.push(serialize.describe(c)); }
  execute(c: Config<'execute'>): void { this.pending.push(serialize.execute(c)); }
  close(c: Config<'close'>): void { this.pending.push(serialize.close(c)); }
  // COPY and authentication: sent as they come (PGlite needs no password).
  sendCopyFromChunk(chunk: Buffer): void { this.send(serialize.copyData(chunk)); }
  endCopyFrom(): void { this.send(serialize.copyDone()); }
  sendCopyFail(message: string): void { this.send(serialize.copyFail(message)); }
  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}

  end(): void {
    this.chain = this.chain.then(() => this.emit('end'));
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.emitMessages = false;
  }

  private send(last: Buffer): void {
    this.pending.push(last);
    const batch = this.pending.length === 1 ? last : Buffer.concat(this.pending);
    this.pending = [];
    this.chain = this.chain
      .then(() => this.pglite.execProtocolStream(batch, { throwOnError: false }))
      .then((messages) => {
        for (const m of messages) {
          if (this.emitMessages) this.emit('message', m);
          this.emit(m.name === 'error' ? 'errorMessage' : m.name, m);
        }
      })
      .catch((err: unknown) => this.emit('error', err));
  }
}

/**
 * pg.Pool's config for a PGlite: every client of the pool shares the one connection, and the pool
 * holds one client (one session: a transaction has it to itself until it ends). The client is never
 * ended for being idle: that frees nothing here, and a new client on the same connection could get
 * the old one's late 'end'.
 */
export function pgliteConfig(pglite: PGlite) {
  return {
    connection: new PgliteConnection(pglite), max: 1, idleTimeoutMillis: 0,
    user: 'postgres', password: 'dummy', database: 'postgres', host: 'localhost', port: 5432,
  };
}
