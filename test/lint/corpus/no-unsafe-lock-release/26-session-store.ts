// expect: none
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';

const redis = new Redis();
const SESSION_TTL = 60 * 60 * 8;

export async function createSession(userId: string): Promise<string> {
  const sid = randomBytes(24).toString('base64url');
  await redis.set(`sess:${sid}`, JSON.stringify({ userId }), 'EX', SESSION_TTL, 'NX');
  return sid;
}

export async function destroySession(sid: string): Promise<void> {
  await redis.del(`sess:${sid}`);
}
