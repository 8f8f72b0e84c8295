// expect: unsafeRelease@14
const { promisify } = require('util');
const redis = require('redis');

const client = redis.createClient(process.env.REDIS_URL);
const setAsync = promisify(client.set).bind(client);
const delAsync = promisify(client.del).bind(client);

async function lockInvoice(invoiceId, token) {
  return (await setAsync(`invoice-lock:${invoiceId}`, token, 'NX', 'PX', 20000)) === 'OK';
}

async function unlockInvoice(invoiceId) {
  await delAsync(`invoice-lock:${invoiceId}`);
}

module.exports = { lockInvoice, unlockInvoice };
