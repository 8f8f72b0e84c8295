/** Distributed token bucket in Redis: one Lua script refills lazily and takes tokens atomically, shared by every instance.
 *  Uses the Redis server's clock by default, so instances with skewed clocks still agree; the key expires once the bucket would be full. */
import type { Redis } from 'ioredis';

// EVAL rather than EVALSHA: a failover to a replica with an empty script cache cannot fail a call, and Redis
// caches the compiled script anyway. One key per bucket, so it works unchanged in Redis Cluster.

const TAKE = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
if now == nil then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or burst
local ts = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate / 1000)
local allowed = 0
local waitMs = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  waitMs = math.ceil((cost - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(math.max(now, ts)))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
return { allowed, waitMs }`;

export interface RedisTokenBucketOptions {
  ratePerSec: number;
  burst: number;
  /**
   * When Redis cannot be reached: 'allow' fails open (a limiter outage does not become an outage), 'deny'
   * fails closed (protects a fragile backend), 'throw' leaves it to the caller. Unset means 'throw'.
   */
  onRedisError?: 'allow' | 'deny' | 'throw';
  /** Milliseconds clock for tests; leave unset in production to use the Redis server's clock. */
  now?: () => number;
}

/** The outcome of a take: when refused, `retryAfterMs` says when enough tokens will be there. */
export interface TakeResult {
  allowed: boolean;
  retryAfterMs: number;
}

export class /*$1*/RedisTokenBucket {
  private readonly redis: Redis;
  private readonly o: RedisTokenBucketOptions;

  constructor(redis: Redis, options: RedisTokenBucketOptions) {
    this.redis = redis;
    this.o = options;
  }

  /** Takes `cost` tokens from the bucket at `key` (one bucket per user, IP or route) if they are there. */
  async take(key: string, cost = 1): Promise<TakeResult> {
    const now = this.o.now ? String(this.o.now()) : '';
    try {
      const [allowed, retryAfterMs] = (await this.redis.eval(TAKE, 1, key, this.o.ratePerSec, this.o.burst, cost, now)) as [number, number];
      return { allowed: allowed === 1, retryAfterMs };
    } catch (err) {
      if (this.o.onRedisError === 'allow') return { allowed: true, retryAfterMs: 0 };
      if (this.o.onRedisError === 'deny') return { allowed: false, retryAfterMs: Math.ceil((cost * 1000) / this.o.ratePerSec) };
      throw err;
    }
  }
}

// Example: const limiter = new RedisTokenBucket(new Redis(), bucketOptions);
//          const { allowed, retryAfterMs } = await limiter.take(`ratelimit:${userId}`);
export const /*$2*/bucketOptions: RedisTokenBucketOptions = {
  ratePerSec: /*$3*/100,
  burst: /*$4*/20,
  onRedisError: /*$5|'allow','deny','throw'|*/'allow',
};
