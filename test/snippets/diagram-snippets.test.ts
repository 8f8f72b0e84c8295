// Every Mermaid skeleton, expanded with its defaults, is a valid diagram by archlens's own validator (the real
// mermaid parser), both as the Markdown snippet (inside a ```mermaid fence) and as the .mmd snippet (bare).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { installDomShim } from '../../src/core/mermaid/dom-shim';
import { validateDiagram } from '../../src/core/mermaid/validate-diagram';
import { expandSnippet } from './expand-snippet';
import { readSnippets } from './snippet-files';

// A Node process gives mermaid its DOM the way archlens's Node entry points do (idempotent).
before(() => installDomShim());

const EXPECTED = [
  'al-breaker-states',
  'al-cache-read-flow',
  'al-cache-write-flow',
  'al-deadline-flow',
  'al-lock-flow',
  'al-rate-limit-gateway',
  'al-tcp-handshake',
];

test('the Markdown and Mermaid snippet files offer the same seven skeletons under the common stem', () => {
  assert.deepEqual(readSnippets('markdown').map((s) => s.prefix).sort(), EXPECTED);
  assert.deepEqual(readSnippets('mermaid').map((s) => s.prefix).sort(), EXPECTED);
});

test('every Markdown snippet expands to a ```mermaid fence holding a valid diagram', async () => {
  for (const snippet of readSnippets('markdown')) {
    const { text, tabStops, hasFinalCursor } = expandSnippet(snippet.body, '    ');
    const fence = /^```mermaid\n([\s\S]*)\n```\n$/.exec(text);
    assert.ok(fence, `${snippet.prefix} is not one mermaid fence:\n${text}`);
    assert.ok(hasFinalCursor, `${snippet.prefix} leaves the cursor after the fence`);
    assert.ok(tabStops.size >= 2, `${snippet.prefix} offers ${tabStops.size} tab stops`);
    const issue = await validateDiagram(fence[1]);
    assert.equal(issue, undefined, `${snippet.prefix}: ${issue?.message}\n${fence[1]}`);
  }
});

test('every Mermaid-language snippet is a bare valid diagram (no fence)', async () => {
  for (const snippet of readSnippets('mermaid')) {
    const { text } = expandSnippet(snippet.body, '  ');
    assert.doesNotMatch(text, /```/);
    const issue = await validateDiagram(text);
    assert.equal(issue, undefined, `${snippet.prefix}: ${issue?.message}\n${text}`);
  }
});

test('renaming a participant through its tab stop renames every use (mirrors), and the diagram stays valid', async () => {
  const snippet = readSnippets('mermaid').find((s) => s.prefix === 'al-tcp-handshake')!;
  const renamed = snippet.body.join('\n').replaceAll('${1:Client}', 'Browser').replaceAll('$1', 'Browser');
  const { text } = expandSnippet(renamed);
  assert.doesNotMatch(text, /Client/);
  assert.equal(await validateDiagram(text), undefined);
});

test('the validator is not a rubber stamp: a broken skeleton is reported', async () => {
  const snippet = readSnippets('mermaid').find((s) => s.prefix === 'al-cache-read-flow')!;
  const broken = expandSnippet(snippet.body).text.replace('\n  end', '');
  assert.notEqual(await validateDiagram(broken), undefined);
});
