// The language service as a user meets it in a seed-like note (untagged fences, Chinese aliases): hover a
// participant, complete after an arrow, rename with F2, read the Outline, and quick-fix an untagged fence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step, useSession } from './harness/session';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), 'utf8');
const lines = FIXTURE.split('\n');
/** 1-based line of the first line containing needle. */
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

describe('language features in a note', () => {
  // One copy per scenario, so the editing scenarios never disturb each other
  const session = useSession({
    name: 'language-features',
    readyFile: 'order-flow.md',
    files: { 'order-flow.md': FIXTURE, 'complete.md': FIXTURE, 'rename.md': FIXTURE, 'tag.md': FIXTURE },
  });

  it('hovering a participant shows its declaration, alias and message counts', { timeout: 180_000 }, async () => {
    const s = session();
    await step(s.wb, 'open-note', () => s.wb.openFile('order-flow.md'));
    const text = await step(s.wb, 'hover-participant', async () => {
      await s.wb.goTo(lineOf('Gateway->>Order'), 6); // inside "Gateway"
      return s.wb.hoverAtCursor(/Gateway/);
    });
    assert.match(text, /Gateway/);
    assert.match(text, /🚪 网关/, 'the alias');
    assert.match(text, new RegExp(`line ${lineOf('participant Gateway')}\\b`), 'where it is declared');
    assert.match(text, /Sends 2 messages, receives 2 messages/);
    await s.wb.docsImage('hover');
  });

  it('completion after an arrow lists the participants declared in that diagram', { timeout: 180_000 }, async () => {
    const s = session();
    await s.wb.openFile('complete.md');
    const labels = await step(s.wb, 'completion-after-arrow', async () => {
      await s.wb.goTo(lineOf('Gateway-->>Client'), 1);
      await s.wb.page.keyboard.press('End');
      await s.wb.page.keyboard.press('Enter');
      await s.wb.page.keyboard.type('Client->>');
      return s.wb.completionLabels('Order');
    });
    for (const name of ['Gateway', 'Order']) assert.ok(labels.includes(name), `${name} offered: ${JSON.stringify(labels)}`);
    // Ingress and Pod belong to the next diagram: not offered here
    assert.ok(!labels.includes('Ingress') && !labels.includes('Pod'), `only this diagram's participants: ${JSON.stringify(labels)}`);
    await s.wb.docsImage('completion');
    await s.wb.page.keyboard.press('Escape');
  });

  it('F2 renames a participant in every message of its diagram, and nowhere else', { timeout: 180_000 }, async () => {
    const s = session();
    await s.wb.openFile('rename.md');
    await step(s.wb, 'rename-participant', async () => {
      await s.wb.goTo(lineOf('Gateway->>Order'), 6);
      await s.wb.renameAtCursor('Edge');
      await s.wb.save();
    });
    const after = readFileSync(join(s.workspace, 'rename.md'), 'utf8').split('\n');
    // Expected: "Gateway" becomes "Edge" on the first diagram's lines only (its fence ends at the first ``` after it)
    const first = lineOf('participant Client') - 1;
    const end = lines.findIndex((l, i) => i > first && l.startsWith('```'));
    const expected = lines.map((l, i) => (i >= first && i < end ? l.replaceAll('Gateway', 'Edge') : l));
    assert.deepEqual(after, expected);
    assert.ok(after.filter((l) => l.includes('Edge')).length === 5, 'declaration and four messages');
  });

  it('the Outline shows each diagram under its heading, with its participants', { timeout: 180_000 }, async () => {
    const s = session();
    await s.wb.openFile('order-flow.md');
    const rows = await step(s.wb, 'outline', () => s.wb.outline('Client'));
    const at = rows.findIndex(([, label]) => label.includes('1.1 创建订单'));
    assert.ok(at >= 0, `heading in outline: ${JSON.stringify(rows)}`);
    const [headingLevel] = rows[at]!;
    const diagram = rows.findIndex(([level, label], i) => i > at && level === headingLevel + 1 && /sequenceDiagram/.test(label));
    assert.ok(diagram > at, `a diagram under the heading: ${JSON.stringify(rows)}`);
    const children = rows.slice(diagram + 1).filter(([level]) => level === headingLevel + 2).map(([, l]) => l).slice(0, 3);
    assert.deepEqual(children, ['Client', 'Gateway', 'Order']);
  });

  it('the quick fix "Tag this fence as mermaid" tags the fence in the file', { timeout: 180_000 }, async () => {
    const s = session();
    await s.wb.openFile('tag.md');
    const fence = lineOf('## 1.1') + 2; // the untagged ``` under the first heading
    assert.equal(lines[fence - 1], '```');
    await step(s.wb, 'quick-fix-tag-fence', async () => {
      await s.wb.goTo(fence + 1, 1);
      await s.wb.quickFix('Tag this fence as mermaid');
      await s.wb.save();
    });
    const after = readFileSync(join(s.workspace, 'tag.md'), 'utf8').split('\n');
    assert.deepEqual(after, lines.map((l, i) => (i === fence - 1 ? '```mermaid' : l)));
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
