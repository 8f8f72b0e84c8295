// @ts-nocheck
// expect: updateThenSet@12
import Redis from 'ioredis';
import { Order } from '../models/order';

const redis = new Redis({ host: process.env.REDIS_HOST });

export async function markShipped(orderId: string, trackingNo: string) {
  const order = await Order.findByIdAndUpdate(orderId, { status: 'shipped', trackingNo }, { new: true }).lean();
  await redis
    .multi()
    .set(`order:${orderId}`, JSON.stringify(order))
    .expire(`order:${orderId}`, 3600)
    .exec();
  return order;
}
