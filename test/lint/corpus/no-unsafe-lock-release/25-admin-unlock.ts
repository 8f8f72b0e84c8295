// expect: none
import type { Request, Response } from 'express';
import { redis } from '../infra/redis';
import { audit } from '../infra/audit';

// Operators clear a stuck lock after checking the job is dead; the lock is taken elsewhere (worker service).
export async function forceUnlock(req: Request, res: Response) {
  const { job } = req.params;
  const lockKey = `lock:job:${job}`;
  const holder = await redis.get(lockKey);
  await redis.del(lockKey);
  await audit('force-unlock', { job, holder, by: req.user?.id });
  res.json({ cleared: holder !== null });
}
