// expect: unsafeRelease@14
import { createClient } from 'redis';
import { randomUUID } from 'node:crypto';

const client = createClient();

export async function rebuildUserFeed(userId: string) {
  const lockKey = `feed:${userId}:lock`;
  const token = randomUUID();
  const ok = await client.set(lockKey, token, { NX: true, EX: 30 });
  if (!ok) return;
  const feed = await computeFeed(userId);
  await client.set(`feed:${userId}`, JSON.stringify(feed), { EX: 600 });
  await Promise.all([client.del(lockKey), client.del(`feed:${userId}:stale`)]);
}

declare function computeFeed(id: string): Promise<unknown[]>;
