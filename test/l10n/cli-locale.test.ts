// The CLI speaks the user's language: `--locale`, else LC_ALL / LC_MESSAGES / LANG, else English. Runs the CLI
// bundled exactly as dist/cli.js is (translations inside it) on a seed note and on examples/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cliLocale } from '../../src/cli/cli-locale';
import { cliBundle } from '../cli/cli-bundle';

const SEED = '/work/shared/seeds/001_322de9cddf287f15.md';
const noSeed = !existsSync(SEED) && 'no seeds beside the clone';

/** Runs the CLI with exactly these locale variables (nothing inherited from the test's own environment). */
function run(args: readonly string[], locale: Record<string, string>) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...locale };
  const r = spawnSync(process.execPath, [cliBundle(), ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ENGLISH_ERROR = "error mermaid Expected an arrow (->>, -->>, -x …) after 'proxy_connect_timeout、proxy_sen…' but the line ended (a note's text must be on the same line as its 'Note …:')";
const CHINESE_ERROR = "error mermaid 'proxy_connect_timeout、proxy_sen…' 之后应为 箭头（->>、-->>、-x …），但此行已结束（Note 的文本必须与 'Note …:' 写在同一行）";

test('LANG=zh_CN.UTF-8: the seed note\'s error and the summary are in Chinese', { skip: noSeed }, () => {
  const r = run(['check', SEED], { LANG: 'zh_CN.UTF-8' });
  assert.equal(r.status, 1);
  assert.deepEqual(r.stdout.trim().split('\n'), [`${SEED}:185:9 ${CHINESE_ERROR}`, '1 个错误、0 个警告，分布在 1 个文件中（共检查 1 个文件）']);
});

test('--locale zh-cn wins over an English LANG', { skip: noSeed }, () => {
  const r = run(['check', '--locale', 'zh-cn', SEED], { LANG: 'en_US.UTF-8' });
  assert.equal(r.status, 1);
  assert.ok(r.stdout.includes(CHINESE_ERROR), r.stdout);
});

test('LANG=C: English', { skip: noSeed }, () => {
  const r = run(['check', SEED], { LANG: 'C' });
  assert.equal(r.status, 1);
  assert.deepEqual(r.stdout.trim().split('\n'), [`${SEED}:185:9 ${ENGLISH_ERROR}`, '1 error, 0 warnings in 1 file (1 file checked)']);
});

test('LC_ALL=C beats LANG=zh_CN.UTF-8, and --locale=en beats both', { skip: noSeed }, () => {
  assert.ok(run(['check', SEED], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }).stdout.includes(ENGLISH_ERROR));
  assert.ok(run(['check', '--locale=en', SEED], { LC_ALL: 'zh_CN.UTF-8' }).stdout.includes(ENGLISH_ERROR));
});

test('zh-cn: lint findings of examples/service and the help text are in Chinese', () => {
  const r = run(['check', 'examples/service', '--locale', 'zh-cn'], {});
  assert.match(r.stdout, /inventory-client\.ts:\d+:\d+ error archlens\/require-deadline `fetch\(…\)` 没有 `signal`：fetch 本身永不超时/);
  const help = run(['--help'], { LANG: 'zh_CN.UTF-8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^用法：archlens check \[路径…\][\s\S]*--locale <语言>/);
  const bad = run(['check', '--bogus'], { LANG: 'zh_CN.UTF-8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^archlens: 未知选项 '--bogus'/);
});

test('locale names: POSIX and BCP 47 spellings of Simplified Chinese read as zh-cn; others fall back to English', () => {
  for (const name of ['zh_CN.UTF-8', 'zh_CN', 'zh-CN', 'zh-cn', 'zh', 'zh_SG.UTF-8', 'zh-Hans', 'zh_CN.GB18030@pinyin']) assert.equal(cliLocale(name, {}), 'zh-cn', name);
  for (const name of ['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'zh_TW.UTF-8', 'fr_FR', '']) assert.equal(cliLocale(name, {}), 'en', name);
  assert.equal(cliLocale(undefined, {}), 'en');
  assert.equal(cliLocale(undefined, { LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'C' }), 'en', 'LC_MESSAGES before LANG');
  assert.equal(cliLocale(undefined, { LANG: 'C', LC_MESSAGES: '', LC_ALL: '' }), 'en', 'empty variables are unset');
  assert.equal(cliLocale(undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: '' }), 'zh-cn');
});
