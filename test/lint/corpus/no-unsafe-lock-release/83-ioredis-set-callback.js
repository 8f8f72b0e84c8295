// expect: constantLockValue@7, unsafeRelease@9
const Redis = require('ioredis');
const redis = new Redis();

function runOnce(name, job, done) {
  const key = 'lock:' + name;
  redis.set(key, 'busy', 'EX', 60, 'NX', (err, res) => {
    if (err || res !== 'OK') return done(err);
    job(() => redis.del(key, done));
  });
}

module.exports = runOnce;
