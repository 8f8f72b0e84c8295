// The editor path of archlens lint through the real language server over LSP streams: diagnostics with the rule id
// and its docs link, quick fixes that apply the rule's suggestion, settings, and staying quiet when the workspace's
// own ESLint config already runs our plugin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { registerLint } from '../../src/server/lint/register-lint';
import { startHarness, type Harness } from './lsp-harness';

const UNSAFE = `export async function stock(sku: string) {\n  const res = await fetch(\`http://inventory/stock/\${sku}\`);\n  return res.json();\n}\n`;
const LOCK_BODY = `export async function work(id: string, token: string) {\n  await redis.set(\`lock:\${id}\`, token, 'PX', 30000, 'NX');\n  await redis.del(\`lock:\${id}\`);\n}\n`;
const LOCK = `import Redis from 'ioredis';\nconst redis = new Redis();\n\n${LOCK_BODY}`;
const LOCK_FIXED =
  `import Redis from 'ioredis';\n\n// Deletes the lock only while it still holds this owner's token (compare-and-delete, atomic in Redis).\n` +
  `const RELEASE_LOCK_SCRIPT =\n  'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';\n` +
  `const redis = new Redis();\n\n${LOCK_BODY.replace('await redis.del(`lock:${id}`)', 'await redis.eval(RELEASE_LOCK_SCRIPT, 1, `lock:${id}`, token)')}`;
const DOCS = 'https://github.com/archlens/archlens/blob/main/docs/rules/require-deadline.md';

let h: Harness;
let dir: string;
let version = 10;

function setLint(lint: unknown): void {
  (h.settings as unknown as { lint?: unknown }).lint = lint;
}

/** Opens (or re-opens at a new version) `name` under `folder` and returns the diagnostics published for it. */
async function lint(folder: string, name: string, text: string, languageId = 'typescript'): Promise<{ uri: string; published: PublishDiagnosticsParams }> {
  const uri = pathToFileURL(join(folder, name)).href;
  const v = ++version;
  const next = h.nextDiagnostics(uri, v);
  await h.open(uri, text, languageId, v);
  return { uri, published: await next };
}

describe('lint in the language server', () => {
  before(async () => {
    h = await startHarness({ extensions: [registerLint], diagnosticsDelayMs: 10 });
    dir = mkdtempSync(join(tmpdir(), 'archlens-lint-'));
  });
  after(() => {
    h.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an unbounded fetch with the rule id, a link to its docs and a warning by default', async () => {
    setLint(undefined);
    const { published } = await lint(dir, 'stock.ts', UNSAFE);
    assert.equal(published.diagnostics.length, 1);
    const [d] = published.diagnostics as [Diagnostic];
    assert.equal(d.source, 'archlens');
    assert.equal(d.code, 'require-deadline');
    assert.equal(d.codeDescription?.href, DOCS);
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range.start, { line: 1, character: 20 });
    assert.match(String(d.message), /fetch\(…\)` has no `signal`/);
  });

  it('offers the suggestion as a quick fix whose edit makes the finding go away, plus the rule documentation', async () => {
    setLint(undefined);
    const { uri, published } = await lint(dir, 'stock-fix.ts', UNSAFE);
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: published.diagnostics[0]!.range,
      context: { diagnostics: published.diagnostics },
    });
    const fix = actions.find((a) => a.edit);
    assert.equal(fix?.title, 'Add `signal: AbortSignal.timeout(10000)`.');
    assert.equal(fix?.kind, 'quickfix');
    assert.equal(fix?.isPreferred, true);
    const docs = actions.find((a) => a.title === 'Show documentation for require-deadline');
    assert.deepEqual(docs?.command, { title: 'Show documentation for require-deadline', command: 'vscode.open', arguments: [DOCS] });

    const before = TextDocument.create(uri, 'typescript', 1, UNSAFE);
    const fixed = TextDocument.applyEdits(before, fix!.edit!.changes![uri]!);
    assert.equal(fixed, UNSAFE.replace('${sku}`)', '${sku}`, { signal: AbortSignal.timeout(10000) })'));
    const v = ++version;
    const next = h.nextDiagnostics(uri, v);
    await h.change(uri, fixed, v);
    assert.deepEqual((await next).diagnostics, []);
  });

  it('publishes no edits with diagnostics; the lock quick fix is two small edits giving exactly the fixed file', async () => {
    setLint(undefined);
    const { uri, published } = await lint(dir, 'lock.ts', LOCK);
    const unsafe = published.diagnostics.find((d) => d.code === 'no-unsafe-lock-release')!;
    assert.deepEqual(unsafe.data, { ruleId: 'no-unsafe-lock-release' }, 'the diagnostic carries only its rule id');
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unsafe.range, context: { diagnostics: [unsafe] } });
    const fix = actions.find((a) => a.edit)!;
    assert.equal(fix.title, 'Release with a compare-and-delete Lua script (deletes only while the value is token).');
    const edits = fix.edit!.changes![uri]!;
    assert.equal(edits.length, 2, 'insert the script after the imports, replace the DEL: two edits');
    assert.ok(edits.every((e) => e.newText.length < 300 && e.range.end.line - e.range.start.line <= 1), JSON.stringify(edits));
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'typescript', 1, LOCK), edits);
    assert.equal(fixed, LOCK_FIXED);
    const v = ++version;
    const next = h.nextDiagnostics(uri, v);
    await h.change(uri, fixed, v);
    assert.deepEqual((await next).diagnostics.filter((d) => d.code === 'no-unsafe-lock-release'), []);
  });

  it('lints JavaScript flavours too, and publishes only the last of several quick edits', async () => {
    setLint(undefined);
    const uri = pathToFileURL(join(dir, 'notify.cjs')).href;
    await h.open(uri, `const axios = require('axios');\n`, 'javascript', 1);
    for (let v = 2; v <= 4; v++) await h.change(uri, `const axios = require('axios');\n${'axios.get(url);\n'.repeat(v - 1)}`, v);
    const last = await h.nextDiagnostics(uri, 4);
    assert.equal(last.diagnostics.length, 3);
    assert.ok(h.published(uri).every((p) => p.version === 4 || p.version === 1), 'no stale version published');
  });

  it('follows archlens.lint.enable and per-rule severity', async () => {
    setLint({ enable: false });
    assert.deepEqual((await lint(dir, 'off.ts', UNSAFE)).published.diagnostics, []);
    setLint({ rules: { 'require-deadline': 'off' } });
    assert.deepEqual((await lint(dir, 'rule-off.ts', UNSAFE)).published.diagnostics, []);
    setLint({ rules: { 'archlens/require-deadline': 'error' } });
    assert.equal((await lint(dir, 'error.ts', UNSAFE)).published.diagnostics[0]?.severity, 1);
    setLint({ rules: { 'require-deadline': 'info' } });
    assert.equal((await lint(dir, 'info.ts', UNSAFE)).published.diagnostics[0]?.severity, 3);
  });

  it("stays quiet where the workspace's own eslint.config enables archlens, and only there", async () => {
    setLint(undefined);
    const withPlugin = join(dir, 'uses-plugin');
    mkdirSync(join(withPlugin, 'src'), { recursive: true });
    writeFileSync(join(withPlugin, 'eslint.config.mjs'), `import archlens from 'archlens/eslint-plugin';\nexport default [archlens.configs.recommended];\n`);
    assert.deepEqual((await lint(join(withPlugin, 'src'), 'a.ts', UNSAFE)).published.diagnostics, []);

    const byRuleId = join(dir, 'rule-id');
    mkdirSync(byRuleId);
    writeFileSync(join(byRuleId, 'eslint.config.js'), `module.exports = [{ plugins: { archlens: require('./vendor/archlens') }, rules: { 'archlens/require-deadline': 'warn' } }];\n`);
    assert.deepEqual((await lint(byRuleId, 'b.ts', UNSAFE)).published.diagnostics, []);

    const other = join(dir, 'other-eslint');
    mkdirSync(other);
    writeFileSync(join(other, 'eslint.config.js'), `export default [{ rules: { 'no-unused-vars': 'error' } }];\n`);
    assert.equal((await lint(other, 'c.ts', UNSAFE)).published.diagnostics.length, 1);
  });

  it('lints unsaved documents by their language', async () => {
    setLint(undefined);
    const uri = 'untitled:Untitled-1';
    const next = h.nextDiagnostics(uri, 1);
    await h.open(uri, UNSAFE, 'typescriptreact', 1);
    assert.equal((await next).diagnostics[0]?.code, 'require-deadline');
  });
});
