// expect: none
const client = require('./redis-client');

function acquire(name, token, ttl, cb) {
  client.set('locks:' + name, token, 'PX', ttl, 'NX', (err, res) => cb(err, res === 'OK'));
}

function release(name, token, cb) {
  client.eval(
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
    1,
    'locks:' + name,
    token,
    cb,
  );
}

module.exports = { acquire, release };
