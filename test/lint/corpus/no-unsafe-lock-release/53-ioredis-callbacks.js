// expect: checkThenDelete@14
var Redis = require('ioredis');
var redis = new Redis();

function lockThenRun(resource, task, cb) {
  var lockName = 'lock.' + resource;
  var me = require('crypto').randomBytes(16).toString('hex');
  redis.set(lockName, me, 'EX', 20, 'NX', function (err, ok) {
    if (err) return cb(err);
    if (!ok) return cb(null, false);
    task(function (taskErr) {
      redis.get(lockName, function (e, current) {
        if (current !== me) return cb(taskErr);
        redis.del(lockName, function () { cb(taskErr, true); });
      });
    });
  });
}

module.exports = lockThenRun;
