// expect: none
import Redis from 'ioredis';

const redis = new Redis();
const sub = redis.duplicate();

export async function publishOrderEvent(orderId: string, type: string) {
  await redis.xadd('orders:events', '*', 'orderId', orderId, 'type', type);
  await redis.publish('orders', JSON.stringify({ orderId, type }));
}

export async function resetConsumer(group: string) {
  await redis.set(`orders:cursor:${group}`, '0-0', 'NX');
  await redis.del(`orders:pending:${group}`);
}

sub.subscribe('orders');
sub.on('message', (_channel, message) => console.log(message));
