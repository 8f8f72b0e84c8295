// expect: none
import { createClient, WatchError } from 'redis';
import { randomUUID } from 'node:crypto';

const client = createClient();

export async function withLock(name: string, fn: () => Promise<void>) {
  const key = `lock:${name}`;
  const token = randomUUID();
  if (!(await client.set(key, token, { NX: true, PX: 20_000 }))) return false;
  try {
    await fn();
  } finally {
    try {
      await client.executeIsolated(async (isolated) => {
        await isolated.watch(key);
        if ((await isolated.get(key)) !== token) return;
        await isolated.multi().del(key).exec();
      });
    } catch (err) {
      if (!(err instanceof WatchError)) throw err;
    }
  }
  return true;
}
