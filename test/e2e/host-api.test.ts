// Extension-API integration tests inside the real VS Code 1.100.3 Node extension host (code-server), with archlens
// installed from the .vsix: what needs no UI (activation, registered commands, diagnostics of every real note).
// The tests themselves live in test/e2e/api and run through the workbench's extensionTestsPath.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LARGE_NOTE } from './api/note-facts';
import { bundleHostTests, readHostTestResults } from './harness/host-tests';
import { seedNotesDir } from './harness/paths';
import { useSession } from './harness/session';
import { ensureVsix, unpackVsix } from './harness/vsix';

describe('extension-host API tests', () => {
  const session = useSession({
    name: 'host-api',
    readyFile: 'order-flow.md',
    prepare(ws) {
      copyFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), join(ws, 'order-flow.md'));
      copyFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), join(ws, 'tag-all.md'));
      copyFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), join(ws, 'crash.md'));
      const { dir, isSeeds } = seedNotesDir();
      if (isSeeds) for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) copyFileSync(join(dir, f), join(ws, f));
    },
    async payload(server) {
      // VS Code runs extensionTestsPath only in extension-development mode: point it at the unpacked .vsix
      const extension = unpackVsix(ensureVsix(), join(server.run.root, 'archlens-unpacked'));
      const entry = await bundleHostTests(join(server.run.root, 'host-tests'));
      return [['extensionDevelopmentPath', server.remoteUri(extension)], ['extensionTestsPath', server.remoteUri(entry)]];
    },
  });

  it('pass in the real extension host', { timeout: 300_000 }, async (t) => {
    const s = session();
    const results = await readHostTestResults(s.wb.page, s.problems.consoleLines, 240_000);
    await s.wb.screenshot('after-host-tests');
    assert.ok(results.length > 0, 'the extension host ran the tests');
    for (const r of results) {
      await t.test(r.name, () => assert.ok(r.ok, r.error));
    }
  });

  it('a server crash costs the user one log line and no pop-up', async () => {
    const s = session();
    // server-crash.host.ts killed the server once: the "archlens" output says so once, and recovery is silent
    const restarts = s.server.logs().split('\n').filter((l) => /language server stopped unexpectedly; restarting it/.test(l));
    assert.equal(restarts.length, 1, restarts.join('\n'));
    const toasts = await s.wb.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    assert.deepEqual(toasts.filter((t) => /archlens|server/i.test(t)), [], 'no notification about the crash');
  });

  it('a large saved note reached the language server from disk, not through the extension host', () => {
    // large-note.host.ts opened it; the server says so once in the archlens output when it read the file itself.
    const lines = session().server.logs().split('\n').filter((l) => l.includes(LARGE_NOTE) && /was read from disk by the language server/.test(l));
    assert.equal(lines.length, 1, lines.join('\n'));
  });

  it('cause no console error, failed request or extension-host error from archlens', () => {
    // The runner's own summary line ("N of M extension-host tests failed") is reported above, not an archlens error
    assert.deepEqual(session().archlensErrors().filter((l) => !/extension-host tests failed/.test(l)), []);
  });
});
