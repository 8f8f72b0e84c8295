// expect: none
const Redlock = require('redlock');
const client = require('./redis');

const redlock = new Redlock([client], { retryCount: 5 });

module.exports.transfer = function transfer(from, to, amount) {
  return redlock.lock('locks:transfer:' + from, 1000).then((lock) =>
    move(from, to, amount).then(
      () => lock.unlock(),
      (err) => lock.unlock().then(() => { throw err; }),
    ),
  );
};

function move(from, to, amount) { return client.incrby(to, amount).then(() => client.decrby(from, amount)); }
