// expect: unsafeRelease@14
const { createClient } = require('redis');

const client = createClient({ legacyMode: true });

async function withTenantLock(tenantId, fn) {
  const key = `tenant:${tenantId}:lock`;
  const owner = `${process.pid}:${Date.now()}`;
  const ok = await client.v4.set(key, owner, { NX: true, PX: 30000 });
  if (!ok) return false;
  try {
    await fn();
  } finally {
    await client.v4.del(key);
  }
  return true;
}

module.exports = { withTenantLock };
