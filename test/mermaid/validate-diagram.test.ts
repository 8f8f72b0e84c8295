import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedDiagramCount, cachedVerdict, validateDiagram } from '../../src/core/mermaid/validate-diagram';

/** Asserts mermaid rejects `lines` and puts the error on the line holding `marker`. */
async function assertErrorOnMarkedLine(lines: string[], marker = 'BROKEN'): Promise<string> {
  const issue = await validateDiagram(lines.join('\n'));
  assert.ok(issue, 'expected a mermaid error');
  assert.equal(issue.severity, 'error');
  assert.equal(issue.code, 'parse-error');
  const expected = lines.findIndex((l) => l.includes(marker));
  assert.equal(issue.line, expected, `${issue.message}\n${issue.detail}`);
  assert.equal(issue.endLine, expected);
  return issue.message;
}

test('a valid diagram has no issue', async () => {
  assert.equal(await validateDiagram('sequenceDiagram\n  A->>B: hi\n  B-->>A: ok'), undefined);
  assert.equal(await validateDiagram('flowchart TD\n  A["<b>bold</b>"] --> B'), undefined);
});

test('the seed mistake: note text on the next line is reported there, in words', async () => {
  const lines = ['sequenceDiagram', '    participant Ingress', '    Note right of Ingress: ', '        BROKEN proxy_read_timeout', '    Ingress->>Pod: x'];
  const message = await assertErrorOnMarkedLine(lines);
  assert.match(message, /^Expected an arrow \(->>, -->>, -x …\) after 'BROKEN proxy_read_timeout' but the line ended/);
  assert.match(message, /note's text must be on the same line/);
  const issue = await validateDiagram(lines.join('\n'));
  assert.deepEqual([issue?.column, issue?.endColumn], [8, 33]);
  assert.match(issue?.detail ?? '', /^Parse error on line 4:/);
});

test('errors land on the right line after front matter, directives, comments and blank lines', async () => {
  await assertErrorOnMarkedLine(['---', 'title: Orders', '---', 'sequenceDiagram', '  A->>B: hi', '  A->>B BROKEN']);
  await assertErrorOnMarkedLine(['%%{init: {"theme": "dark"}}%%', '', '%% header comment', 'sequenceDiagram', '  A->>B BROKEN']);
  await assertErrorOnMarkedLine(['sequenceDiagram', '%%{', '  init: {"theme": "forest"}', '}%%', '  A->>B: ok', '  A->>B BROKEN']);
  await assertErrorOnMarkedLine(['sequenceDiagram', '  A->>B: ok', '', '  %% a comment', '', '  %% another', '  A->>B BROKEN']);
  await assertErrorOnMarkedLine(['', '', 'flowchart TD', '  A --> B', '  B --> BROKEN[unclosed']);
});

test('an error at the end of input goes on the last content line', async () => {
  await assertErrorOnMarkedLine(['graph TD', '  A --> B', '  B --> %% BROKEN', '', '%% trailing comment', ''], 'BROKEN');
  const message = await assertErrorOnMarkedLine(['sequenceDiagram', '  loop every minute', '    A->>B: BROKEN ping', '']);
  assert.match(message, /add 'end' to close it/);
});

test('langium-parsed diagrams (pie, gitGraph) map their line and column too', async () => {
  const pie = await validateDiagram('pie title Pets\n  "Dogs": 3\n  "Cats": x');
  assert.deepEqual([pie?.line, pie?.column], [2, 10]);
  assert.match(pie?.message ?? '', /Mermaid cannot read 'x'/);
  await assertErrorOnMarkedLine(['%% c', 'gitGraph', '  commit', '  commit id BROKEN']);
});

test('errors that name no line go on the first line, with a readable message', async () => {
  const unknown = await validateDiagram('sequence-diagram\n  A->>B: hi');
  assert.equal(unknown?.line, 0);
  assert.match(unknown?.message ?? '', /does not recognise this diagram type/);
  // mermaid's own semantic checks throw plain errors without a line.
  const inactive = await validateDiagram('sequenceDiagram\n  activate A\n  deactivate A\n  deactivate A');
  assert.equal(inactive?.line, 0);
  assert.match(inactive?.message ?? '', /inactivate an inactive participant/);
  // Broken YAML in front matter makes mermaid throw a YAML error, not a parse error: still an issue, no crash.
  const yaml = await validateDiagram('---\ntitle: [unclosed\n---\nsequenceDiagram\n  A->>B: hi');
  assert.equal(yaml?.severity, 'error');
  assert.equal(yaml?.line, 0);
});

test('verdicts are cached by diagram text', async () => {
  const text = 'graph LR\n  cached-->' + Date.now();
  const before = cachedDiagramCount();
  const first = validateDiagram(text);
  assert.equal(validateDiagram(text), first);
  await first;
  assert.equal(cachedDiagramCount(), before + 1);
});

test('cachedVerdict answers without waiting: pending until mermaid has judged the text, then the verdict', async () => {
  const valid = `sequenceDiagram\n  Known${process.pid}->>B: hi`;
  const broken = `sequenceDiagram\n  Known${process.pid}->>B BROKEN`;
  assert.equal(cachedVerdict(valid), 'pending', 'never checked');
  const checking = validateDiagram(broken);
  assert.equal(cachedVerdict(broken), 'pending', 'being checked');
  const issue = await checking;
  assert.deepEqual(cachedVerdict(broken), issue);
  assert.equal(issue?.line, 1);
  await validateDiagram(valid);
  assert.equal(cachedVerdict(valid), undefined, 'valid once judged');
});
