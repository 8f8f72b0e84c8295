// expect: nonAtomicExpiry@9
'use strict';
const Redis = require('ioredis');

const redis = new Redis();

async function lockJob(jobName, owner) {
  const lockKey = `jobs:${jobName}:lock`;
  const ok = await redis.setnx(lockKey, owner);
  if (ok === 1) {
    await redis.expire(lockKey, 120);
    return true;
  }
  return false;
}

module.exports = { lockJob };
