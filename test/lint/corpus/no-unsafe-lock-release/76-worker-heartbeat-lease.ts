// expect: nonAtomicExpiry@14, unsafeRelease@20
import Redis from 'ioredis';

const redis = new Redis();

export class ShardLease {
  constructor(private readonly shard: number, private readonly workerId: string) {}

  private get key() {
    return `shard:${this.shard}:lease`;
  }

  async claim(): Promise<boolean> {
    const ok = await redis.setnx(this.key, this.workerId);
    if (ok) await redis.expire(this.key, 30);
    return ok === 1;
  }

  async drop(): Promise<void> {
    await redis.del(this.key);
  }
}
