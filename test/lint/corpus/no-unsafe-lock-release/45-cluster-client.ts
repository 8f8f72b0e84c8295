// expect: unsafeRelease@15
import { Cluster } from 'ioredis';
import { randomUUID } from 'node:crypto';

const cluster = new Cluster([{ host: 'redis-0', port: 6379 }]);

export async function reserveSeat(showId: string, seat: string) {
  const key = `{show:${showId}}:seat:${seat}:lease`;
  const owner = randomUUID();
  const ok = await cluster.set(key, owner, 'EX', 120, 'NX');
  return ok === 'OK' ? owner : null;
}

export async function cancelReservation(showId: string, seat: string) {
  await cluster.del(`{show:${showId}}:seat:${seat}:lease`);
}
