// The lint settings the manifest contributes are the ones the server reads, for every registered rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rules } from '../../src/core/lint/rules/index';
import { DEFAULT_MAX_FILE_SIZE_KB, normaliseLintSettings, severityOf } from '../../src/server/lint/lint-settings';

const properties = JSON.parse(readFileSync('package.json', 'utf8')).contributes.configuration.properties;

test('archlens.lint.enable defaults to on, and every registered rule has a severity setting', () => {
  assert.equal(properties['archlens.lint.enable'].default, true);
  const perRule = properties['archlens.lint.rules'];
  for (const id of Object.keys(rules)) {
    assert.deepEqual(perRule.properties[id]?.enum, ['error', 'warning', 'info', 'off'], id);
  }
});

test('settings from the client are normalised: defaults, archlens/ prefixes, unknown severities ignored', () => {
  const defaults = normaliseLintSettings(null);
  assert.equal(defaults.enable, true);
  assert.equal(severityOf(defaults, 'require-deadline'), 'warning');
  const s = normaliseLintSettings({ lint: { enable: false, rules: { 'archlens/require-deadline': 'error', 'no-unsafe-lock-release': 'loud' } } });
  assert.equal(s.enable, false);
  assert.equal(severityOf(s, 'require-deadline'), 'error');
  assert.equal(severityOf(s, 'no-unsafe-lock-release'), 'warning');
});

test('archlens.lint.maxFileSize: the manifest default is the server default; bad values fall back to it, 0 is kept', () => {
  assert.equal(properties['archlens.lint.maxFileSize'].default, DEFAULT_MAX_FILE_SIZE_KB);
  assert.equal(normaliseLintSettings(null).maxFileSize, DEFAULT_MAX_FILE_SIZE_KB);
  assert.equal(normaliseLintSettings({ lint: { maxFileSize: 0 } }).maxFileSize, 0);
  assert.equal(normaliseLintSettings({ lint: { maxFileSize: 2048 } }).maxFileSize, 2048);
  assert.equal(normaliseLintSettings({ lint: { maxFileSize: -1 } }).maxFileSize, DEFAULT_MAX_FILE_SIZE_KB);
  assert.equal(normaliseLintSettings({ lint: { maxFileSize: '900' } }).maxFileSize, DEFAULT_MAX_FILE_SIZE_KB);
});
