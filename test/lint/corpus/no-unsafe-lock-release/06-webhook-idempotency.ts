// expect: none
import type { Request, Response } from 'express';
import Redis from 'ioredis';

const redis = new Redis();

export async function stripeWebhook(req: Request, res: Response) {
  const eventId: string = req.body.id;
  const first = await redis.set(`stripe:event:${eventId}`, '1', 'EX', 60 * 60 * 24, 'NX');
  if (first === null) {
    res.status(200).send('duplicate');
    return;
  }
  await handleEvent(req.body);
  res.sendStatus(204);
}

declare function handleEvent(body: unknown): Promise<void>;
