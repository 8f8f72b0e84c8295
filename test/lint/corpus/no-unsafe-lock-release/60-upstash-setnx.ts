// expect: none
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

export async function claimUsername(name: string, userId: string) {
  const ok = await redis.setnx(`username:${name}`, userId);
  return ok === 1;
}

export async function releaseUsername(name: string) {
  await redis.del(`username:${name}`);
}
