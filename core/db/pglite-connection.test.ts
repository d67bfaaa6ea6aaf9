// node-postgres on PGlite through our connection: an extended query goes to PGlite in one batch, and
// what pg relies on (prepared statements, errors inside a batch, transactions, COPY-free simple
// queries, several clients of one pool) still behaves as on a socket.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { pgliteConfig } from './pglite-connection.ts';

let pglite: PGlite;
let pool: pg.Pool;
beforeAll(async () => {
  pglite = await PGlite.create('memory://');
  pool = new pg.Pool(pgliteConfig(pglite));
  await pool.query('create table t (id int primary key, v text not null)');
});
afterAll(async () => {
  await pool.end();
  await pglite.close();
});

test('a parameterised query reaches PGlite in one batch, and its prepared statement is reused', async () => {
  const spy = vi.spyOn(pglite, 'execProtocolStream');
  try {
    const q = { name: 'plus_one', text: 'select $1::int + 1 as x' };
    expect((await pool.query({ ...q, values: [41] })).rows).toEqual([{ x: 42 }]); // parse, bind, describe, execute, sync
    expect((await pool.query({ ...q, values: [1] })).rows).toEqual([{ x: 2 }]); // bind, describe, execute, sync
    expect(spy).toHaveBeenCalledTimes(2);
  } finally {
    spy.mockRestore();
  }
});

test('an error inside a batch fails that query only; the session goes on', async () => {
  await expect(pool.query('select 1 / $1::int as y', [0])).rejects.toThrow(/division by zero/);
  await expect(pool.query('select $1::int as y', ['not a number'])).rejects.toThrow(/invalid input syntax/);
  await expect(pool.query('select * from no_such_table where id = $1', [1])).rejects.toThrow(/does not exist/);
  expect((await pool.query('select $1::text as s', ['still here'])).rows).toEqual([{ s: 'still here' }]);
});

test('a transaction with parameterised writes commits, and one that fails rolls back', async () => {
  const c = await pool.connect();
  try {
    await c.query('begin');
    await c.query('insert into t values ($1, $2)', [1, 'satu']);
    await c.query('insert into t values ($1, $2)', [2, 'dua']);
    await c.query('commit');
    await c.query('begin');
    await c.query('insert into t values ($1, $2)', [3, 'tiga']);
    await expect(c.query('insert into t values ($1, $2)', [1, 'lagi'])).rejects.toThrow(/duplicate key/);
    await c.query('rollback');
  } finally {
    c.release();
  }
  expect((await pool.query('select id, v from t order by id')).rows).toEqual([{ id: 1, v: 'satu' }, { id: 2, v: 'dua' }]);
});

test('queries from many callers at once each get their own answer, in one session', async () => {
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => pool.query('select $1::int * 2 as x, $2::text as s', [i, `n${i}`])));
  expect(answers.map((r) => r.rows[0])).toEqual(Array.from({ length: 50 }, (_, i) => ({ x: i * 2, s: `n${i}` })));
});

test('a simple query of several statements returns each result', async () => {
  const r = (await pool.query('select 1 as a; select 2 as b')) as unknown as pg.QueryResult[];
  expect(r.map((x) => x.rows[0])).toEqual([{ a: 1 }, { b: 2 }]);
});

test('a value pg cannot send fails that query before PGlite sees it; the session goes on', async () => {
  const unsendable = { toPostgres: () => { throw new Error('cannot serialise'); } };
  await expect(pool.query('select $1::text as s', [unsendable])).rejects.toThrow(/cannot serialise/);
  expect((await pool.query('select $1::text as s', ['next'])).rows).toEqual([{ s: 'next' }]);
});

test('a client the pool throws away does not end the client that replaces it on the same connection', async () => {
  const first = await pool.connect();
  await first.query('select 1');
  first.release(new Error('discard')); // pg-pool ends it; the next connect makes a new client at once
  const second = await pool.connect();
  try {
    for (let i = 0; i < 3; i++) expect((await second.query('select $1::int as n', [i])).rows).toEqual([{ n: i }]);
  } finally {
    second.release();
  }
});
