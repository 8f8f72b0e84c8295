// @ts-nocheck
// expect: none
import { randomInt } from 'node:crypto';
import { User } from '../models/User';
import { redis } from '../config/redis';

export async function startPhoneVerification(userId: string, phone: string) {
  await User.updateOne({ _id: userId }, { $set: { phone, phoneVerified: false } });
  const code = String(randomInt(100000, 999999));
  await redis.set(`otp:${userId}`, code, 'EX', 300);
  return code;
}
