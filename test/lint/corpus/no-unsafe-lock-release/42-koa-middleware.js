// expect: checkThenDelete@18
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

/** Serialises requests per user so two checkouts cannot interleave. */
module.exports = function perUserLock() {
  return async (ctx, next) => {
    const key = `checkout-lock:${ctx.state.user.id}`;
    const token = `${Date.now()}-${Math.random()}`;
    if ((await redis.set(key, token, 'PX', 10000, 'NX')) !== 'OK') {
      ctx.status = 429;
      return;
    }
    try {
      await next();
    } finally {
      if ((await redis.get(key)) === token) await redis.del(key);
    }
  };
};
