// expect: unsafeRelease@23
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const connection = new Redis({ maxRetriesPerRequest: null });

export class Worker {
  private readonly token = randomUUID();

  constructor(private readonly queue: string, private readonly lockDuration = 30_000) {}

  private lockKey(jobId: string) {
    return `bull:${this.queue}:${jobId}:lock`;
  }

  async takeJob(jobId: string): Promise<boolean> {
    const ok = await connection.set(this.lockKey(jobId), this.token, 'PX', this.lockDuration, 'NX');
    return ok === 'OK';
  }

  async completeJob(jobId: string, result: unknown): Promise<void> {
    await connection.hset(`bull:${this.queue}:${jobId}`, 'returnvalue', JSON.stringify(result));
    await connection.del(this.lockKey(jobId));
  }
}
