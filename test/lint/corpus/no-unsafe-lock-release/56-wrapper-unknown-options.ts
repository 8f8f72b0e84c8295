// expect: none
import type { Redis } from 'ioredis';

// A thin wrapper: callers pass their own SET arguments; nothing here knows whether NX is used.
export class RedisStore {
  constructor(private readonly redis: Redis) {}

  set(key: string, value: string, ...args: (string | number)[]) {
    return this.redis.set(key, value, ...(args as ['EX', number]));
  }

  remove(key: string) {
    return this.redis.del(key);
  }

  lockKey(name: string) {
    return `lock:${name}`;
  }
}
