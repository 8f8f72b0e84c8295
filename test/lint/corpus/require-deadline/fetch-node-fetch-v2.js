// expect: fetchWithoutSignal@8 fetchTimeoutIgnored@17
'use strict';
const fetch = require('node-fetch');

const SLACK_WEBHOOK = process.env.SLACK_WEBHOOK;

async function notify(text) {
  const res = await fetch(SLACK_WEBHOOK, {
    method: 'POST',
    body: JSON.stringify({ text }),
    headers: { 'Content-Type': 'application/json' },
  });
  if (!res.ok) throw new Error(`slack ${res.status}`);
}

async function notifyWithTimeout(text) {
  return fetch(SLACK_WEBHOOK, { method: 'POST', body: JSON.stringify({ text }), timeout: 3000 });
}

module.exports = { notify, notifyWithTimeout };
