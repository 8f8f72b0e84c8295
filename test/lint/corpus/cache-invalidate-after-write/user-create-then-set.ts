// @ts-nocheck
// expect: updateThenSet@10
import bcrypt from 'bcryptjs';
import { User } from '../models/User';
import { redis } from '../config/redis';

export async function register(email: string, password: string) {
  const passwordHash = await bcrypt.hash(password, 10);
  const user = await User.create({ email, passwordHash });
  await redis.set(`user:${user.id}`, JSON.stringify({ id: user.id, email: user.email }), 'EX', 3600);
  return user;
}
