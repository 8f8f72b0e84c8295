// @ts-nocheck
// expect: none
import { createHash } from 'node:crypto';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function cacheRenderedPage(path: string, html: string) {
  const hash = createHash('sha256');
  hash.update(html);
  const etag = hash.digest('hex');
  await redis.set(`page:${path}`, JSON.stringify({ html, etag }), 'EX', 120);
  return etag;
}

export async function signedCacheEntry(secret: string, key: string, body: string) {
  const mac = require('crypto').createHmac('sha256', secret).update(body).digest('base64');
  await redis.set(key, `${mac}.${body}`, 'EX', 60);
}
