import { describe, expect, test } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  test('an empty environment gives the embedded default', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.PORT).toBe(3000);
    expect(c.WHATSAPP).toBe('off');
  });

  test.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'not a url'],
    ['WHATSAPP', 'yes'],
    ['ROLE', 'boss'],
  ])('a bad %s names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  test('empty strings count as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});

test('.env.example documents every variable the config reads', async () => {
  const { readFile } = await import('node:fs/promises');
  const { configSchema } = await import('./config.ts');
  const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
  const documented = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
  const missing = Object.keys(configSchema.shape).filter((key) => !documented.has(key));
  expect(missing).toEqual([]);
});
