// The real language server over LSP streams, initialised the way the VS Code client does in a Chinese UI (the
// zh-cn bundle in initializationOptions): diagnostics, quick fixes, hover, rename errors and lint findings read in
// Chinese, while mermaid's own parse error stays available untranslated.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver';
import { registerLint } from '../../src/server/lint/register-lint';
import { startHarness, type Harness } from '../server/lsp-harness';

const SEED = '/work/shared/seeds/001_322de9cddf287f15.md';
const zhCn = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
const NOTE = '# 登录\n\n```\nsequenceDiagram\n    participant Alice\n    participant Bob\n    Alice->>Bob: 你好\n    Bob->>alice: 收到\n```\n';

let h: Harness;
let dir: string;

describe('the language server initialised with the zh-cn bundle', () => {
  before(async () => {
    h = await startHarness({ extensions: [registerLint], diagnosticsDelayMs: 10 }, { l10nBundle: zhCn });
    dir = mkdtempSync(join(tmpdir(), 'archlens-l10n-'));
  });
  after(() => {
    h.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes mermaid\'s error on a seed note in Chinese, with mermaid\'s raw text kept in English', { skip: !readFileSafe(SEED) && 'no seeds' }, async () => {
    const uri = 'file:///seed-001.md';
    const next = h.nextDiagnostics(uri);
    await h.open(uri, readFileSafe(SEED)!);
    const errors = (await next).diagnostics.filter((d) => d.severity === 1);
    assert.equal(errors.length, 1);
    const [error] = errors as [Diagnostic];
    assert.match(error.message as string, /^'proxy_connect_timeout、proxy_sen…' 之后应为 箭头（->>、-->>、-x …），但此行已结束（Note 的文本必须与 'Note …:' 写在同一行）$/);
    assert.match((error.data as { detail: string }).detail, /Parse error on line \d+:[\s\S]*Expecting/, 'mermaid\'s own message, untranslated');
  });

  it('warns about a misspelled participant in Chinese and offers the quick fix in Chinese', async () => {
    const uri = 'file:///login.md';
    const next = h.nextDiagnostics(uri);
    await h.open(uri, NOTE);
    const [warning] = (await next).diagnostics as [Diagnostic];
    assert.equal(warning.message, '“alice”不是此图的参与者；你是不是想写“Alice”（名称区分大小写）？按现在的写法，mermaid 会另外画出一个参与者“alice”。');
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: warning.range, context: { diagnostics: [warning] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('将“alice”改为“Alice”'), titles.join(' | '));
    assert.ok(titles.includes('声明参与者“alice”'), titles.join(' | '));
  });

  it('hovers and refuses a bad rename in Chinese', async () => {
    const uri = 'file:///login.md';
    const position = { line: 6, character: 5 }; // on "Alice" of "Alice->>Bob"
    const hover = await h.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.match((hover.contents as { value: string }).value, /声明于第 5 行：`participant Alice`[\s\S]*发送 1 条消息，接收 0 条消息。/);
    await assert.rejects(h.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Bob' }), /无法将“Alice”重命名为“Bob”：此图中已有该参与者/);
  });

  it('lints TypeScript with the rules\' messages in Chinese (suggestion titles too)', async () => {
    const uri = pathToFileURL(join(dir, 'stock.ts')).href;
    const next = h.nextDiagnostics(uri);
    await h.open(uri, 'export async function stock(sku: string) {\n  const res = await fetch(`http://inventory/stock/${sku}`);\n  return res.json();\n}\n', 'typescript');
    const [finding] = (await next).diagnostics as [Diagnostic];
    assert.equal(finding.code, 'require-deadline');
    assert.match(finding.message as string, /^`fetch\(…\)` 没有 `signal`：fetch 本身永不超时/);
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } });
    assert.ok(actions.some((a) => a.title.startsWith('添加 `signal: AbortSignal.timeout(')), actions.map((a) => a.title).join(' | '));
  });
});

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
