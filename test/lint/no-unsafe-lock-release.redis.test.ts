// The bug no-unsafe-lock-release reports, and its compare-and-delete suggestion, run against a real redis-server:
// the flagged release deletes the next holder's lock; the suggested release leaves it alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import Redis from 'ioredis';
import { plugin } from '../../src/core/lint/plugin';

const LOCK_MODULE = `import type Redis from 'ioredis';

export async function acquireLock(redis: Redis, key: string, token: string, ttlMs: number) {
  return (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK';
}

export async function releaseLock(redis: Redis, key: string, token: string) {
  await redis.del(key);
}
`;

interface LockModule {
  acquireLock(redis: Redis, key: string, token: string, ttlMs: number): Promise<boolean>;
  releaseLock(redis: Redis, key: string, token: string): Promise<void>;
}

const dir = mkdtempSync(join(tmpdir(), 'archlens-lock-'));
const socket = join(dir, 'redis.sock');
let server: ChildProcess;
let redis: Redis;

before(async () => {
  server = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  // redis-server creates its socket once it accepts connections.
  for (let i = 0; i < 500 && !existsSync(socket); i++) await sleep(10);
  redis = new Redis({ path: socket, lazyConnect: true });
  await redis.connect();
});

after(async () => {
  redis.disconnect();
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Lints the module with the plugin's recommended setup and applies the one compare-and-delete suggestion. */
function applySuggestion(source: string): string {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    source,
    [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...(plugin.configs.recommended as Linter.Config) }],
    'lock.ts',
  );
  const finding = messages.find((m) => m.messageId === 'unsafeRelease');
  assert.ok(finding, `the unconditional DEL must be reported; got ${JSON.stringify(messages)}`);
  const suggestion = finding.suggestions?.find((s) => s.messageId === 'suggestCompareAndDelete');
  assert.ok(suggestion, 'a compare-and-delete suggestion must be offered');
  const [start, end] = suggestion.fix.range;
  return source.slice(0, start) + suggestion.fix.text + source.slice(end);
}

async function load(name: string, source: string): Promise<LockModule> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as LockModule;
}

/** Waits until Redis has expired the key (polls PTTL; no timing is asserted). */
async function waitForExpiry(key: string): Promise<void> {
  for (let i = 0; i < 200 && (await redis.pttl(key)) !== -2; i++) await sleep(10);
  assert.equal(await redis.exists(key), 0, `${key} should have expired`);
}

/** A holds the lock past its TTL, B takes it, then A releases: what is left of B's lock? */
async function lateReleaseScenario(lock: LockModule, key: string): Promise<string | null> {
  assert.equal(await lock.acquireLock(redis, key, 'token-A', 50), true);
  await waitForExpiry(key);
  assert.equal(await lock.acquireLock(redis, key, 'token-B', 60_000), true);
  await lock.releaseLock(redis, key, 'token-A');
  return redis.get(key);
}

test('the flagged release deletes the lock another process now holds', async () => {
  const original = await load('original', LOCK_MODULE);
  assert.equal(await lateReleaseScenario(original, 'lock:flagged'), null, 'plain DEL removed B’s lock');
});

test('the suggested compare-and-delete keeps the other holder’s lock and still releases our own', async () => {
  const fixed = applySuggestion(LOCK_MODULE);
  assert.match(fixed, /redis\.eval\(RELEASE_LOCK_SCRIPT, 1, key, token\)/);
  const lock = await load('fixed', fixed);
  assert.equal(await lateReleaseScenario(lock, 'lock:fixed'), 'token-B', 'B still holds its lock after A’s late release');
  await lock.releaseLock(redis, 'lock:fixed', 'token-B');
  assert.equal(await redis.exists('lock:fixed'), 0, 'the holder’s own release deletes the key');
});
