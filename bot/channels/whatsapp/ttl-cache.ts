// A small in-memory CacheStore (Baileys' interface) with a time to live, for the message retry
// counter: it must outlive each socket, so the gateway owns it rather than Baileys.
import type { CacheStore } from '@whiskeysockets/baileys';

export class TtlCache implements CacheStore {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly map = new Map<string, { value: unknown; expires: number }>();

  constructor(ttlMs: number, maxEntries = 10_000) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
  }

  get<T>(key: string): T | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.expires <= Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    // Stored by set<T> for the same key; Baileys reads back what it wrote.
    return hit.value as T;
  }

  set<T>(key: string, value: T): void {
    this.map.delete(key);
    if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, { value, expires: Date.now() + this.ttlMs });
  }

  del(key: string): void {
    this.map.delete(key);
  }

  flushAll(): void {
    this.map.clear();
  }
}
