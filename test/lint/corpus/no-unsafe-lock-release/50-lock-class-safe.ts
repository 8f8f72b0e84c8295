// expect: none
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

const RELEASE_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class SafeLock {
  private token = '';

  constructor(private readonly redis: Redis, private readonly key: string, private readonly ttlMs = 10_000) {}

  async acquire(): Promise<boolean> {
    this.token = randomUUID();
    return (await this.redis.set(this.key, this.token, 'PX', this.ttlMs, 'NX')) === 'OK';
  }

  async release(): Promise<boolean> {
    return (await this.redis.eval(RELEASE_SCRIPT, 1, this.key, this.token)) === 1;
  }
}
