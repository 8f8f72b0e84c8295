// expect: checkThenDelete@17
import Redis from 'ioredis';
import os from 'node:os';

const redis = new Redis();
const LEADER_KEY = 'leader:scheduler';
const nodeId = `${os.hostname()}:${process.pid}`;

export async function campaign(): Promise<boolean> {
  const won = await redis.set(LEADER_KEY, nodeId, 'PX', 15_000, 'NX');
  if (won) return true;
  return (await redis.get(LEADER_KEY)) === nodeId;
}

export async function resign(): Promise<void> {
  if ((await redis.get(LEADER_KEY)) === nodeId) {
    await redis.del(LEADER_KEY);
  }
}
