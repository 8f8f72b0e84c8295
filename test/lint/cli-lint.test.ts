// `archlens check` on TypeScript/JavaScript: the example service holds one bug per lint rule next to its fixed twin,
// and the CLI reports exactly those, in the same JSON format as diagram findings, with the rule id as source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/run-check';
import { rules } from '../../src/core/lint/rules/index';

async function check(path: string): Promise<{ status: number; findings: { file: string; line: number; source: string; severity: string; message: string }[] }> {
  const out: string[] = [];
  const status = await runCheck({ paths: [path], format: 'json', fix: false }, { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { status, findings: JSON.parse(out.join('\n')) };
}

test('examples/service: exactly one finding per rule, on the bug, none on the fixed twins', async () => {
  const { status, findings } = await check('examples/service');
  assert.equal(status, 1);
  assert.deepEqual(
    findings.map((f) => [f.source, f.file.replaceAll('\\', '/'), f.line]),
    [
      ['archlens/no-unsafe-lock-release', 'examples/service/src/fulfilment-lock.ts', 20],
      ['archlens/require-deadline', 'examples/service/src/inventory-client.ts', 12],
      ['archlens/cache-invalidate-after-write', 'examples/service/src/order-cache.ts', 22],
    ],
  );
  assert.deepEqual(new Set(findings.map((f) => f.source)), new Set(Object.keys(rules).map((id) => `archlens/${id}`)));
  assert.ok(findings.every((f) => f.severity === 'error'));
});

test('JavaScript flavours are checked, and eslint-disable comments are honoured', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archlens-cli-lint-'));
  try {
    writeFileSync(join(dir, 'notify.cjs'), `const axios = require('axios');\nmodule.exports = (text) => axios.post(process.env.HOOK, { text });\n`);
    writeFileSync(join(dir, 'health.mjs'), `// eslint-disable-next-line archlens/require-deadline -- a local sidecar answering in microseconds\nexport const ping = () => fetch('http://127.0.0.1:9901/ready');\n`);
    writeFileSync(join(dir, 'view.tsx'), `export const View = () => <button onClick={() => fetch('/api/like')}>like</button>;\n`);
    const { findings } = await check(dir);
    assert.deepEqual(
      findings.map((f) => [f.file.slice(dir.length + 1), f.line, f.source]),
      [
        ['notify.cjs', 2, 'archlens/require-deadline'],
        ['view.tsx', 1, 'archlens/require-deadline'],
      ],
    );
    assert.match(findings[0]!.message, /axios\.post\(…\)` has no `timeout`/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
