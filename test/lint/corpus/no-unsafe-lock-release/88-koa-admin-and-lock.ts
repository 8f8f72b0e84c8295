// expect: unsafeRelease@12
import Router from '@koa/router';
import Redis from 'ioredis';

const redis = new Redis();
const router = new Router();

router.post('/reindex', async (ctx) => {
  const lockToken = `${Date.now()}`;
  const ok = await redis.set('reindex:lock', lockToken, 'NX', 'EX', 600);
  ctx.assert(ok, 409, 'reindex already running');
  void reindex().finally(() => redis.del('reindex:lock'));
  ctx.status = 202;
});

export default router;

declare function reindex(): Promise<void>;
