// expect: undiciWithoutTimeout@10
const undici = require('undici');

async function callScorer(features, signal) {
  const { body } = await undici.request('http://scorer/score', { method: 'POST', body: JSON.stringify(features), signal });
  return body.json();
}

async function warmup() {
  const { body } = await undici.request('http://scorer/warmup', { method: 'POST' });
  await body.dump();
}

module.exports = { callScorer, warmup };
