// expect: none
import Redis from 'ioredis';

const redis = new Redis();

// SETNX and EXPIRE queued in one MULTI: both run or neither does.
export async function claim(taskId: string, worker: string): Promise<boolean> {
  const results = await redis
    .multi()
    .setnx(`claim:lock:${taskId}`, worker)
    .expire(`claim:lock:${taskId}`, 300)
    .exec();
  return results?.[0]?.[1] === 1;
}
