import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './cli-bundle';

const SEEDS = resolve('..', 'shared', 'seeds');

interface JsonFinding {
  file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; source: string; message: string;
}

const tempDirs: string[] = [];
after(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'archlens-cli-test-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('the seeds: exactly the two broken diagrams are errors, each on the line mermaid means', { skip: !existsSync(SEEDS) && 'no ../shared/seeds beside the clone' }, () => {
  const run = runCli(['check', '--format', 'json', SEEDS]);
  assert.equal(run.status, 1, run.stderr);
  const findings = JSON.parse(run.stdout) as JsonFinding[];
  const errors = findings.filter((f) => f.severity === 'error');
  assert.equal(errors.length, 2, JSON.stringify(errors, null, 1));
  const located = errors.map((e) => [e.file.replace(/.*\//, '').slice(0, 3), e.line, e.column]);
  assert.deepEqual(located, [['000', 540, 9], ['001', 185, 9]]);
  for (const error of errors) {
    const lines = readFileSync(error.file, 'utf8').split('\n');
    // Mermaid reads the note text that slipped onto the next line as a participant with no arrow after it.
    assert.match(lines[error.line - 1], /^\s+proxy_connect_timeout/);
    assert.match(lines[error.line - 2], /^\s+Note right of Ingress:\s*$/);
    assert.equal(error.source, 'mermaid');
    assert.match(error.message, /^Expected an arrow .* but the line ended/);
  }
  for (const warning of findings.filter((f) => f.severity !== 'error')) assert.equal(warning.source, 'mermaid');
});

test('text output: file:line:col severity source message, a summary, exit 1 on errors', () => {
  const dir = tempDir({
    'notes/a.md': '# A\n\n```\nsequenceDiagram\n  A->>B hi\n```\n',
    'notes/b.mmd': 'graph TD\n  A-->B\n',
  });
  const run = runCli(['check', 'notes'], dir);
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split('\n');
  assert.match(lines[0], /^notes[\\/]a\.md:5:7 error mermaid Expected a message text \(': text'\) after 'B hi' but the line ended$/);
  assert.equal(lines[1], '1 error, 0 warnings in 1 file (2 files checked)');
});

test('json output is an array of 1-based findings; a clean folder gives [] and exit 0', () => {
  const dir = tempDir({ 'ok.md': '```mermaid\ngraph TD\n  A-->B\n```\n', 'bad.md': '```mermaid\ngraph TD\n  A-->\n```\n' });
  const bad = runCli(['check', '--format=json', 'bad.md'], dir);
  assert.equal(bad.status, 1);
  assert.deepEqual(Object.keys(JSON.parse(bad.stdout)[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'source', 'message']);
  assert.equal(JSON.parse(bad.stdout)[0].line, 3);
  const ok = runCli(['check', '--format', 'json', 'ok.md'], dir);
  assert.equal(ok.status, 0);
  assert.deepEqual(JSON.parse(ok.stdout), []);
});

test('folders are walked honouring .gitignore and skipping node_modules', () => {
  const broken = '```mermaid\ngraph TD\n  A-->\n```\n';
  const dir = tempDir({
    '.gitignore': 'drafts/\n*.tmp.md\n',
    'drafts/x.md': broken,
    'notes/y.tmp.md': broken,
    'node_modules/pkg/README.md': broken,
    'notes/sub/.gitignore': 'secret.md\n',
    'notes/sub/secret.md': broken,
    'notes/sub/kept.md': broken,
  });
  const run = runCli(['check', '--format', 'json', '.'], dir);
  const files = (JSON.parse(run.stdout) as JsonFinding[]).map((f) => f.file.replace(/\\/g, '/'));
  assert.deepEqual(files, ['notes/sub/kept.md']);
});

test('--fix tags untagged diagram fences, keeps CRLF, reports the change, and then finds nothing to fix', () => {
  const note = '# N\r\n\r\n```\r\nsequenceDiagram\r\n  A->>B: hi\r\n```\r\n\r\n```text\r\ngraph TD\r\n```\r\n';
  const dir = tempDir({ 'n.md': note });
  const run = runCli(['check', '--fix', 'n.md'], dir);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^n\.md: fixed line 3: tagged the diagram fence as mermaid$/m);
  assert.equal(readFileSync(join(dir, 'n.md'), 'utf8'), note.replace('```\r\nsequenceDiagram', '```mermaid\r\nsequenceDiagram'));
  const again = runCli(['check', '--fix', 'n.md'], dir);
  assert.doesNotMatch(again.stdout, /fixed/);
  // In JSON mode the fix report goes to stderr so stdout stays parseable.
  const dir2 = tempDir({ 'n.md': note });
  const json = runCli(['check', '--fix', '--format', 'json', 'n.md'], dir2);
  assert.deepEqual(JSON.parse(json.stdout), []);
  assert.match(json.stderr, /fixed line 3/);
});

test('usage: --help, --version, bad options, missing paths and unsupported files', () => {
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: archlens check \[paths…\]/);
  const version = runCli(['--version']);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
  const cases: Array<[string[], RegExp]> = [
    [[], /missing command/],
    [['lint'], /unknown command 'lint'/],
    [['check', '--format', 'xml'], /--format must be text or json, not 'xml'/],
    [['check', '--frmat', 'json'], /unknown option '--frmat'/],
    [['check', 'no/such/folder'], /'no\/such\/folder' does not exist/],
    [['check', 'package.json'], /cannot check 'package\.json': archlens checks \.md/],
  ];
  for (const [args, message] of cases) {
    const run = runCli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, message);
  }
});
