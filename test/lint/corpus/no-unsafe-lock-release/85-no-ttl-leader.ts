// expect: missingExpiry@7
import Redis from 'ioredis';

const redis = new Redis();

export async function becomeLeader(instance: string): Promise<boolean> {
  return (await redis.set('cluster:leader', instance, 'NX')) === 'OK';
}
