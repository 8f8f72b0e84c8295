// expect: checkThenDelete@9
const Redis = require('ioredis');
const redis = new Redis();

exports.acquire = (key, token) => redis.set(key, token, 'PX', 5000, 'NX').then((r) => r === 'OK');

exports.release = (key, token) =>
  redis.get(key).then((value) => {
    if (value === token) return redis.del(key);
    return 0;
  });
