import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkerFor, FILE_CHECKERS, type FileChecker } from '../../src/cli/file-checkers';
import { markdownChecker, mermaidFileChecker } from '../../src/cli/markdown-checker';
import { runCheck } from '../../src/cli/run-check';
import { parseArgs } from '../../src/cli/parse-args';

test('files are routed to the checker registered for their extension', () => {
  assert.equal(checkerFor('notes/A.MD'), markdownChecker);
  assert.equal(checkerFor('flows/pay.mermaid'), mermaidFileChecker);
  assert.equal(checkerFor('notes/todo.txt'), undefined);
  assert.ok(FILE_CHECKERS.includes(markdownChecker) && FILE_CHECKERS.includes(mermaidFileChecker));
});

/** A temp folder removed when the test ends. */
function tempDir(t: TestContext, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a new kind of file is checked by registering one checker (how TS/JS lint plugs in)', async (t) => {
  const dir = tempDir(t, 'archlens-checkers-');
  writeFileSync(join(dir, 'service.arch'), 'fetch(url)\n');
  writeFileSync(join(dir, 'skip.txt'), 'not checked\n');
  const seen: string[] = [];
  const lintChecker: FileChecker = {
    extensions: ['.arch'],
    async check(text, file) {
      seen.push(file);
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } }, severity: 'warning', source: 'archlens/require-deadline', message: `no deadline in ${text.trim()}` }];
    },
  };
  const out: string[] = [];
  const status = await runCheck({ paths: [dir], format: 'text', fix: false, checkers: [markdownChecker, mermaidFileChecker, lintChecker] }, { out: (t) => out.push(t), err: (t) => out.push(t) });
  assert.deepEqual(seen, [join(dir, 'service.arch')]);
  assert.equal(status, 0, 'warnings alone do not fail the run');
  assert.equal(out[0], `${join(dir, 'service.arch')}:1:1 warning archlens/require-deadline no deadline in fetch(url)`);
  assert.equal(out[1], '0 errors, 1 warning in 1 file (1 file checked)');
});

test('argument parsing: defaults, --format=json, -- and repeated paths', () => {
  assert.deepEqual(parseArgs(['check']), { kind: 'check', paths: ['.'], format: 'text', fix: false });
  assert.deepEqual(parseArgs(['check', '--format=json', '--fix', 'a', '--', '--odd-name.md']), { kind: 'check', paths: ['a', '--odd-name.md'], format: 'json', fix: true });
  assert.equal(parseArgs(['check', '--format']).kind, 'usage-error');
});

test('a symlink loop in a walked folder is followed once', async (t) => {
  const { symlinkSync, mkdirSync } = await import('node:fs');
  const dir = tempDir(t, 'archlens-loop-');
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'n.arch'), 'x\n');
  symlinkSync(dir, join(dir, 'a', 'back'));
  const seen: string[] = [];
  const checker: FileChecker = { extensions: ['.arch'], check: async (_t, file) => (seen.push(file), []) };
  const status = await runCheck({ paths: [dir], format: 'json', fix: false, checkers: [checker] }, { out: () => {}, err: () => {} });
  assert.equal(status, 0);
  assert.deepEqual(seen, [join(dir, 'a', 'n.arch')]);
});
