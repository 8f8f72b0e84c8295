// expect: none
import Redlock from 'redlock';
import { redisClients } from './redis-clients';

const redlock = new Redlock(redisClients, { driftFactor: 0.01, retryCount: 10 });

export async function exportReport(reportId: string) {
  let lock = await redlock.acquire([`locks:report:${reportId}`], 5000);
  try {
    await stepOne(reportId);
    lock = await lock.extend(5000);
    await stepTwo(reportId);
  } finally {
    await lock.release();
  }
}

declare function stepOne(id: string): Promise<void>;
declare function stepTwo(id: string): Promise<void>;
