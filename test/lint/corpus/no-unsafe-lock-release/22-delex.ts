// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

// Redis 8.4 DELEX: delete only if the value still equals our token.
const redis = new Redis();

export async function runExclusive(task: string, run: () => Promise<void>) {
  const key = `task-lock:${task}`;
  const token = randomUUID();
  const ok = await redis.set(key, token, 'NX', 'PX', 60_000);
  if (!ok) return;
  try {
    await run();
  } finally {
    await redis.call('DELEX', key, 'IFEQ', token);
  }
}
