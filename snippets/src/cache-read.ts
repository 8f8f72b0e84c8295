/** Cache-aside read with Redis: get → on a miss load from the database → set with a jittered TTL; concurrent misses share one load.
 *  Jitter spreads expiries so keys cached together do not expire together, and a short-lived "missing" marker stops lookups of absent rows from reaching the database. */
import type { Redis } from 'ioredis';

const MISSING = '\u0000missing';

export interface CacheReadOptions<T> {
  /** Loads the value from the source of truth; undefined when it does not exist. */
  load: (key: string) => Promise<T | undefined>;
  ttlMs: number;
  /** Fraction of the TTL added at random: 0.1 gives TTLs in [ttl, 1.1·ttl). */
  jitter: number;
  /** TTL of the "missing" marker, short so a newly created row shows up soon. */
  missingTtlMs: number;
  /** Uniform [0, 1); inject a fixed one in tests. */
  random?: () => number;
}

export class /*$1*/CacheAsideReader<T> {
  private readonly redis: Redis;
  private readonly o: CacheReadOptions<T>;
  private readonly inFlight = new Map<string, Promise<T | undefined>>();

  constructor(redis: Redis, options: CacheReadOptions<T>) {
    this.redis = redis;
    this.o = options;
  }

  /** The value for `key` from the cache, or loaded (once per process for concurrent callers) and cached. */
  async get(key: string): Promise<T | undefined> {
    const cached = await this.redis.get(key);
    if (cached === MISSING) return undefined;
    if (cached !== null) return JSON.parse(cached) as T;
    // Singleflight: a hot key that just expired triggers one load, not one per concurrent request.
    let load = this.inFlight.get(key);
    if (!load) {
      load = this.loadAndFill(key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, load);
    }
    return load;
  }

  private async loadAndFill(key: string): Promise<T | undefined> {
    const value = await this.o.load(key);
    const random = this.o.random ?? Math.random;
    if (value === undefined) {
      await this.redis.set(key, MISSING, 'PX', this.o.missingTtlMs);
    } else {
      const ttl = Math.round(this.o.ttlMs * (1 + this.o.jitter * random()));
      await this.redis.set(key, JSON.stringify(value), 'PX', ttl);
    }
    return value;
  }
}

// Example: const users = new CacheAsideReader<User>(redis, { load: (id) => db.findUser(id), ...userCacheOptions });
export const /*$2*/userCacheOptions = { ttlMs: /*$3*/600000, jitter: /*$4*/0.1, missingTtlMs: /*$5*/30000 };
