// expect: none
import type { NextFunction, Request, Response } from 'express';
import { createClient } from 'redis';

const client = createClient();

export function idempotency() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.header('Idempotency-Key');
    if (!key) return next();
    const fresh = await client.set(`idem:${key}`, 'pending', { NX: true, EX: 86_400 });
    if (!fresh) return res.status(409).json({ error: 'request already processed' });
    next();
  };
}
