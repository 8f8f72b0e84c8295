import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOverSize, shownSize } from '../../src/core/markdown/large-note';

test('isOverSize counts UTF-8 bytes, as the setting says (Chinese text is 3 bytes a character)', () => {
  assert.equal(isOverSize('a'.repeat(1024), 1), false);
  assert.equal(isOverSize('a'.repeat(1025), 1), true);
  assert.equal(isOverSize('锁'.repeat(341), 1), false); // 1,023 bytes
  assert.equal(isOverSize('锁'.repeat(342), 1), true); // 1,026 bytes
  assert.equal(isOverSize('😀'.repeat(256), 1), false); // 1,024 bytes in 512 UTF-16 units
  assert.equal(isOverSize('😀'.repeat(257), 1), true);
});

test('0 means no limit', () => {
  assert.equal(isOverSize('x'.repeat(5_000_000), 0), false);
});

test('shownSize reads like the lint skip message', () => {
  assert.equal(shownSize('a'.repeat(1500)), '2 KB');
  assert.equal(shownSize('a'.repeat(2 * 1024 * 1024)), '2.0 MB');
});
