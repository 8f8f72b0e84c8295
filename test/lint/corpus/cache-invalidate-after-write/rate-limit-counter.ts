// @ts-nocheck
// expect: none
import Redis from 'ioredis';
import { User } from '../models/User';

const redis = new Redis();

export async function recordLoginAttempt(email: string, ok: boolean) {
  if (ok) {
    await User.updateOne({ email }, { $set: { failedLogins: 0 } });
    await redis.set(`ratelimit:login:${email}`, 0, 'EX', 900);
    return;
  }
  await User.updateOne({ email }, { $inc: { failedLogins: 1 } });
  await redis.incr(`ratelimit:login:${email}`);
}
