// @ts-nocheck
// expect: none
import type Redis from 'ioredis';
import { Subscription } from '../models/subscription';

export async function cancelSubscription(redis: Redis, id: string) {
  try {
    await Subscription.updateOne({ _id: id }, { $set: { status: 'canceled', canceledAt: new Date() } });
  } catch (err) {
    await redis.del(`subscription:${id}`);
    throw err;
  }
  await redis.del(`subscription:${id}`);
}
