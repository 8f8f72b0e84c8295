/** Cache-aside write with Redis: write the database first, then delete the cached key (never set it), optionally delete again after a delay.
 *  Deleting lets the next read load the committed row; the delayed second delete removes a stale value a concurrent read cached meanwhile. */
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Redis } from 'ioredis';

export interface CacheWriteOptions {
  /** Delay of the second delete: longer than a read's load-and-set takes; 0 turns it off. */
  doubleDeleteMs: number;
  /** Waits `ms`; inject a fake one in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Told when the second delete fails, which leaves a stale value until its TTL. */
  onError?: (err: unknown, key: string) => void;
}

export class /*$1*/CacheAsideWriter {
  private readonly redis: Redis;
  private readonly o: CacheWriteOptions;

  constructor(redis: Redis, options: CacheWriteOptions) {
    this.redis = redis;
    this.o = options;
  }

  /** Runs the database write, then invalidates `key`; resolves once the first delete is done. */
  async write<R>(key: string, writeDb: () => Promise<R>): Promise<R> {
    const result = await writeDb(); // if the database write fails, the cache is left alone
    await this.redis.del(key);
    if (this.o.doubleDeleteMs > 0) void this.deleteLater(key);
    return result;
  }

  private async deleteLater(key: string): Promise<void> {
    // Unref'd: a pending second delete never holds a shutting-down process open.
    const sleep = this.o.sleep ?? ((ms: number) => sleepFor(ms, undefined, { ref: false }));
    try {
      await sleep(this.o.doubleDeleteMs);
      await this.redis.del(key);
    } catch (err) {
      this.o.onError?.(err, key);
    }
  }
}

// Example: await writer.write(`user:${id}`, () => db.updateUser(id, patch));
export const /*$2*/writerOptions: CacheWriteOptions = { doubleDeleteMs: /*$3*/500 };
