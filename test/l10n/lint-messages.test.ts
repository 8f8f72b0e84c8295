// Lint messages through ESLint's real Linter: the plugin ESLint users load reports in English whatever the
// language, and the path the editor and the CLI share (runArchlensRules) reports in the language set for them.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { useTranslations } from '../../src/core/l10n/translations';
import { archlensSuggestions, runArchlensRules } from '../../src/core/lint/run-archlens-rules';
import { plugin } from '../../src/core/lint/plugin'; // what src/eslint-plugin.ts exports to ESLint users

const zhCn = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
const engine = { Linter, parser: parser as unknown as Linter.Parser };
const FETCH = 'export async function stock(sku: string) {\n  const res = await fetch(`http://inventory/stock/${sku}`);\n  return res.json();\n}\n';
const LOCK = "export async function work(id: string) {\n  await redis.set(`lock:${id}`, '1', 'PX', 30000, 'NX');\n  await redis.del(`lock:${id}`);\n}\n";

after(() => useTranslations(undefined));

function pluginMessages(code: string): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(code, [
    { files: ['**/*.ts'], languageOptions: { parser: engine.parser }, plugins: { archlens: plugin as never }, rules: { 'archlens/require-deadline': 'error', 'archlens/no-unsafe-lock-release': 'error' } },
  ], 'file.ts');
}

test('with zh-cn set, the editor/CLI path reports in Chinese with the placeholders filled by ESLint', () => {
  useTranslations(zhCn);
  const [fetchFinding] = runArchlensRules(engine, FETCH, 'stock.ts', ['require-deadline']);
  assert.equal(fetchFinding!.message, '`fetch(…)` 没有 `signal`：fetch 本身永不超时，卡住的服务器会让这个请求（及其调用方）永远等待。请传入 `signal: AbortSignal.timeout(ms)` 或调用方的 signal。');
  const lock = runArchlensRules(engine, LOCK, 'lock.ts', ['no-unsafe-lock-release']).map((m) => m.message);
  assert.ok(lock.some((m) => /^锁 `.+` 以常量值 .+ 获取，因此释放时无法分辨锁属于谁。/.test(m)), lock.join('\n'));
  assert.ok(lock.some((m) => /^`del\(`lock:\$\{id\}`\)` 释放用 SET NX 获取的锁时/.test(m)), lock.join('\n'));
  const suggestions = archlensSuggestions(engine, FETCH, 'stock.ts', ['require-deadline']).flatMap((f) => f.suggestions.map((s) => s.title));
  assert.ok(suggestions.some((title) => /^添加 `signal: AbortSignal\.timeout\(\d+\)`。$/.test(title)), suggestions.join(' | '));
});

test('the ESLint plugin stays English even while the editor/CLI language is zh-cn', () => {
  useTranslations(zhCn);
  const [finding] = pluginMessages(FETCH);
  assert.equal(finding!.message, "`fetch(…)` has no `signal`: fetch never times out on its own, so a stalled server holds this request (and its caller) forever. Pass `signal: AbortSignal.timeout(ms)` or the caller's signal.");
  assert.equal(finding!.suggestions?.[0]?.desc.startsWith('Add `signal: AbortSignal.timeout('), true, JSON.stringify(finding!.suggestions));
});

test('back to English, the editor/CLI path reports in English again', () => {
  useTranslations(undefined);
  const [finding] = runArchlensRules(engine, FETCH, 'stock.ts', ['require-deadline']);
  assert.match(finding!.message, /^`fetch\(…\)` has no `signal`: fetch never times out/);
});
