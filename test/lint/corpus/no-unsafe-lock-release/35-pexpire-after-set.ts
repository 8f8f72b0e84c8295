// expect: nonAtomicExpiry@10
import Redis from 'ioredis';

const redis = new Redis();

export class Mutex {
  constructor(private readonly name: string, private readonly ttlMs = 5000) {}

  async acquire(owner: string): Promise<boolean> {
    const ok = await redis.set(`mutex:${this.name}`, owner, 'NX');
    if (ok) await redis.pexpire(`mutex:${this.name}`, this.ttlMs);
    return ok === 'OK';
  }
}
