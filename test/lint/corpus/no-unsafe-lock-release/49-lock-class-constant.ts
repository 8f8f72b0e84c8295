// expect: constantLockValue@8, unsafeRelease@12
import type { Redis } from 'ioredis';

export class SimpleLock {
  constructor(private readonly redis: Redis, private readonly key: string, private readonly ttl = 10) {}

  async acquire(): Promise<boolean> {
    return (await this.redis.set(this.key, 'LOCKED', 'EX', this.ttl, 'NX')) === 'OK';
  }

  async release(): Promise<void> {
    await this.redis.del(this.key);
  }
}
