// Pattern lint in the editor with no set-up: a TypeScript service that releases a Redis lock with a plain DEL shows
// the no-unsafe-lock-release problem at that line, and its quick fix rewrites the release as compare-and-delete.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step, useSession } from './harness/session';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'inventory-lock.ts'), 'utf8');
const DEL_LINE = FIXTURE.split('\n').findIndex((l) => l.includes('redis.del(lockKey)')) + 1;

describe('lint diagnostics and quick fix in a .ts file', () => {
  const session = useSession({ name: 'lint', readyFile: 'inventory-lock.ts', files: { 'inventory-lock.ts': FIXTURE } });

  it('shows the unsafe lock release at its line in the Problems panel', { timeout: 240_000 }, async () => {
    const s = session();
    await step(s.wb, 'open-service', () => s.wb.openFile('inventory-lock.ts'));
    const rows = await step(s.wb, 'lint-problem', () => s.wb.problems((p) => /no-unsafe-lock-release/.test(`${p.message} ${p.source}`), 1));
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]!.line, DEL_LINE);
    assert.match(rows[0]!.message, /releases a lock taken with SET NX/);
  });

  it('the quick fix replaces the DEL with a compare-and-delete and the problem goes away', { timeout: 240_000 }, async () => {
    const s = session();
    await step(s.wb, 'lint-quick-fix', async () => {
      await s.wb.page.locator('.tabs-container .tab:has-text("inventory-lock.ts")').click();
      await s.wb.goTo(DEL_LINE, FIXTURE.split('\n')[DEL_LINE - 1]!.indexOf('redis.del') + 1);
      // README picture: the problem's quick fixes, open at the DEL
      await s.wb.quickFix('Release with a compare-and-delete', () => s.wb.docsImage('lint-quick-fix'));
      await s.wb.save();
    });
    const after = readFileSync(join(s.workspace, 'inventory-lock.ts'), 'utf8');
    assert.ok(!after.includes('redis.del(lockKey)'), 'the plain DEL is gone');
    assert.match(after, /redis\.call\(\s*['"]get['"]/i, 'a Lua compare-and-delete reads the value');
    assert.match(after, /redis\.call\(\s*['"]del['"]/i, 'and deletes only then');
    assert.match(after, /token/, 'against our token');
    const rows = await step(s.wb, 'lint-fixed', () => s.wb.problems(() => true, 0));
    assert.deepEqual(rows.filter((p) => /no-unsafe-lock-release/.test(`${p.message} ${p.source}`)), []);
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
