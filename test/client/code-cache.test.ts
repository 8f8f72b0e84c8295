// The code cache may only ever make loading faster: a bundle runs the same with a fresh, a missing, a damaged, a
// stale or an unwritable cache, and a damaged one is never handed to V8.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileWithCodeCache } from '../../src/client/code-cache';

// Enough functions that V8's cache holds real compiled code, and a require the bundle must use.
const SOURCE = `'use strict';
const { sep } = require('node:path');
function square(x) { return x * x; }
exports.total = [1, 2, 3].map(square).reduce((a, b) => a + b, 0);
exports.sep = sep;
exports.paths = [__filename, __dirname];
module.exports.self = this === exports;
`;

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(source = SOURCE): { dir: string; file: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'archlens-code-cache-'));
  dirs.push(dir);
  const file = join(dir, 'bundle.js');
  writeFileSync(file, source);
  return { dir, file, cacheDir: join(dir, 'cache') };
}

function expectRuns(exports: unknown, file: string, dir: string): void {
  assert.deepEqual(exports, { total: 14, sep: '/', paths: [file, dir], self: true });
}

test('runs the bundle as a CommonJS module, then loads it from the cache it saved', () => {
  const { dir, file, cacheDir } = fixture();
  const first = compileWithCodeCache(file, cacheDir);
  assert.equal(first.fromCache, false);
  expectRuns(first.run(require), file, dir);
  first.saveCache();
  assert.equal(readdirSync(cacheDir).length, 1);
  const second = compileWithCodeCache(file, cacheDir);
  assert.equal(second.fromCache, true);
  expectRuns(second.run(require), file, dir);
});

test('a damaged or truncated cache is ignored, and the bundle compiles and runs as without one', () => {
  const { dir, file, cacheDir } = fixture();
  compileWithCodeCache(file, cacheDir).saveCache();
  const [name] = readdirSync(cacheDir);
  const cacheFile = join(cacheDir, name!);
  const good = readFileSync(cacheFile);
  const flipped = Buffer.from(good);
  flipped[flipped.length - 10]! ^= 0xff;
  for (const bad of [flipped, good.subarray(0, good.length >> 1), good.subarray(0, 10), Buffer.alloc(0)]) {
    writeFileSync(cacheFile, bad);
    const module = compileWithCodeCache(file, cacheDir);
    assert.equal(module.fromCache, false);
    expectRuns(module.run(require), file, dir);
  }
});

test('an edited bundle never uses the cache of the old one, and saving replaces the old cache', () => {
  const { dir, file, cacheDir } = fixture();
  compileWithCodeCache(file, cacheDir).saveCache();
  const [oldName] = readdirSync(cacheDir);
  // Same length, other code: V8 alone (which compares lengths) would take the old cache.
  writeFileSync(file, SOURCE.replace('x * x', 'x + x'));
  const edited = compileWithCodeCache(file, cacheDir);
  assert.equal(edited.fromCache, false);
  assert.equal((edited.run(require) as { total: number }).total, 12);
  edited.saveCache();
  const names = readdirSync(cacheDir);
  assert.equal(names.length, 1);
  assert.notEqual(names[0], oldName);
});

test('no cache folder, or one that cannot be written, only means compiling every time', () => {
  const { dir, file, cacheDir } = fixture();
  const uncached = compileWithCodeCache(file, undefined);
  expectRuns(uncached.run(require), file, dir);
  uncached.saveCache();
  writeFileSync(cacheDir, 'a file where the folder should be');
  const blocked = compileWithCodeCache(file, cacheDir);
  expectRuns(blocked.run(require), file, dir);
  assert.doesNotThrow(() => blocked.saveCache());
});
