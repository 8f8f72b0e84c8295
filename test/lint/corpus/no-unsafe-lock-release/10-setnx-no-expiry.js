// expect: missingExpiry@7, unsafeRelease@10
const redis = require('redis');
const client = redis.createClient();

function withMutex(name, fn, done) {
  const key = 'mutex:' + name;
  client.setnx(key, String(process.pid), (err, ok) => {
    if (err || !ok) return done(err || new Error('locked'));
    fn((workErr) => {
      client.del(key, () => done(workErr));
    });
  });
}

module.exports = withMutex;
