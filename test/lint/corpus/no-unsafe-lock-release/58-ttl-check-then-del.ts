// expect: checkThenDelete@16
import { createClient } from 'redis';

const redis = createClient();

export async function acquire(resource: string, owner: string) {
  return (await redis.set(`res-lock:${resource}`, owner, { NX: true, EX: 15 })) === 'OK';
}

export async function release(resource: string, owner: string) {
  const key = `res-lock:${resource}`;
  const holder = await redis.get(key);
  if (holder !== owner) {
    throw new Error(`lock ${key} is held by ${holder ?? 'nobody'}, not ${owner}`);
  }
  await redis.del(key);
}
