// node-postgres's connection to PGlite, as @electric-sql/pglite/node-postgres makes it, with two changes:
// - an extended query's messages (parse, bind, describe, execute) wait for its sync or flush and go to
//   PGlite together, as pg's socket would send them. PGlite's own adapter hands over each message on its
//   own: four or five passes through the backend's main loop (and their promises) for every query.
// - each pg Client gets its own connection object over the one PGlite session. PGlite's adapter gives
//   every client of a pool the same object, so a client the pool throws away (after an error) had its
//   late answers and its 'end' delivered to the client that replaced it ("Received unexpected
//   parseComplete message", then a dead session).
import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { serialize } from 'pg-protocol';

type Config<K extends keyof typeof serialize> = Parameters<(typeof serialize)[K]>[0];

/** What belongs to PGlite's one session rather than to a client: the order of work, the prepared statements. */
class PgliteSession {
  chain: Promise<unknown>;
  readonly parsedStatements: Record<string, string> = {};
  readonly submittedNamedStatements: Record<string, string> = {};
  readonly pglite: PGlite;
  constructor(pglite: PGlite) {
    this.pglite = pglite;
    this.chain = pglite.waitReady;
  }
}

export class PgliteConnection extends EventEmitter {
  // What pg's Client reads or calls on its connection.
  _connecting = false;
  stream = { destroy: () => this.end() };
  readonly parsedStatements: Record<string, string>;
  readonly submittedNamedStatements: Record<string, string>;

  private readonly session: PgliteSession;
  private pending: Buffer[] = [];
  private emitMessages = false;

  constructor(session: PgliteSession) {
    super();
    this.session = session;
    this.parsedStatements = session.parsedStatements;
    this.submittedNamedStatements = session.submittedNamedStatements;
    this.on('newListener', (event) => {
      if (event === 'message') this.emitMessages = true;
    });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.session.pglite.waitReady;
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

  /** The client is done with this connection: what it sent still runs, its answers go nowhere, then 'end'. */
  end(): void {
    const ended = this.listeners('end') as (() => void)[];
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.emitMessages = false;
    this.session.chain = this.session.chain.then(() => { for (const listener of ended) listener(); });
  }

  private send(last: Buffer): void {
    this.pending.push(last);
    const batch = this.pending.length === 1 ? last : Buffer.concat(this.pending);
    this.pending = [];
    const { pglite } = this.session;
    this.session.chain = this.session.chain
      .then(() => pglite.execProtocolStream(batch, { throwOnError: false }))
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
 * pg.Pool's config for a PGlite. The pool holds one client (one session: a transaction has it to itself
 * until it ends), each client on a connection of its own over the shared session. The client is never
 * ended for being idle: that frees nothing here.
 */
export function pgliteConfig(pglite: PGlite): pg.PoolConfig {
  const session = new PgliteSession(pglite);
  class PgliteClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connection: new PgliteConnection(session) } as pg.ClientConfig);
    }
  }
  return {
    Client: PgliteClient, max: 1, idleTimeoutMillis: 0,
    user: 'postgres', password: 'dummy', database: 'postgres', host: 'localhost', port: 5432,
  };
}
