// The Markdown-preview plugin with the real markdown-it: untagged diagram fences become what a Mermaid
// renderer expects (or our own element where none exists); tagged fences and ordinary code are untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { firstContentLine } from '../../src/core/markdown/first-content-line';
import { untaggedDiagramKeyword } from '../../src/core/markdown/diagram-keywords';
import { isUntaggedDiagram, untaggedFencesPlugin, type UntaggedFenceMode } from '../../src/client/preview/untagged-fences-plugin';
import { seedFiles, SEEDS_DIR } from './seed-diagrams';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOTE = [
  '# Flow', '',
  '```', 'sequenceDiagram', '    A->>B: <script>alert(1)</script>', '```', '',
  '```mermaid', 'graph LR', '    X-->Y', '```', '',
  '```', 'graph of our services is below', '```', '',
  '```js', 'sequenceDiagram()', '```', '',
  '> ```', '> %% a comment first', '> flowchart TD', '>     P-->Q', '> ```', '',
].join('\n');

/** A markdown-it like VS Code's, with a highlighter that marks what it was asked to highlight as `mermaid`. */
function engine(mode: UntaggedFenceMode): MarkdownItInstance {
  const md = new MarkdownIt({
    html: true,
    // Stand-in for a Mermaid renderer's hook: VS Code's renderer (and markdown-mermaid) key on the fence language.
    highlight: (code, lang) => (lang === 'mermaid' ? `<pre class="mermaid">${MarkdownIt().utils.escapeHtml(code)}</pre>` : ''),
  });
  untaggedFencesPlugin(md, () => mode);
  return md;
}

test('with a Mermaid renderer present, untagged diagram fences are tagged mermaid and nothing else changes', () => {
  const plain = new MarkdownIt({ html: true }).parse(NOTE, {});
  const tokens = engine('mermaid-renderer').parse(NOTE, {});
  const fences = tokens.filter((t) => t.type === 'fence');
  assert.deepEqual(fences.map((t) => t.info), ['mermaid', 'mermaid', '', 'js', 'mermaid']);
  // Only the info of the two untagged diagrams changed.
  const changed = plain.filter((t, i) => t.type === 'fence' && t.info !== tokens[i].info).map((t) => t.map?.[0]);
  assert.deepEqual(changed, [2, 20]);
  const html = engine('mermaid-renderer').render(NOTE);
  assert.equal((html.match(/<pre class="mermaid">/g) ?? []).length, 3);
  assert.doesNotMatch(html, /archlens-mermaid/);
  assert.doesNotMatch(html, /<script>/, 'diagram text stays escaped');
});

test('without a renderer, untagged diagrams get our own element; tagged fences are left to others', () => {
  const html = engine('own').render(NOTE);
  const own = [...html.matchAll(/<div class="archlens-mermaid code-line" data-line="(\d+)">([^<]*)<\/div>/g)];
  assert.deepEqual(own.map((m) => Number(m[1])), [2, 20]);
  assert.match(own[0][2], /^sequenceDiagram\n {4}A-&gt;&gt;B: &lt;script&gt;alert\(1\)&lt;\/script&gt;$/);
  assert.match(html, /<pre class="mermaid">graph LR/, 'the tagged fence goes to the normal fence renderer');
  assert.match(html, /<code>graph of our services is below/, 'prose in an untagged fence stays code');
  assert.match(html, /<code class="language-js">/);
});

test('off leaves every fence as it was', () => {
  assert.equal(engine('off').render(NOTE), new MarkdownIt({
    html: true,
    highlight: (code, lang) => (lang === 'mermaid' ? `<pre class="mermaid">${MarkdownIt().utils.escapeHtml(code)}</pre>` : ''),
  }).render(NOTE));
});

test('the plugin agrees with findDiagrams on which untagged fences are diagrams in every seed note', () => {
  for (const file of seedFiles()) {
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    const expected = findDiagrams(text).filter((d) => !d.fence?.tagged).map((d) => d.fence?.openLine);
    const tagged = engine('own').parse(text, {}).filter((t) => t.type === 'fence' && (t.meta as { archlensDiagram?: boolean } | null)?.archlensDiagram);
    assert.deepEqual(tagged.map((t) => t.map?.[0]), expected, file);
  }
});

test('reading only the head of a fence decides exactly as reading all of it', () => {
  const whole = (content: string) => {
    const lines = content.replace(/\n$/, '').split('\n');
    const first = firstContentLine(lines);
    return first !== undefined && untaggedDiagramKeyword(lines[first]) !== undefined;
  };
  // Long runs of the lines that push a keyword past the head (blanks, comments, directives, front matter).
  const line = fc.constantFrom('', '  ', '%% c', '%%{init: {}}%%', '%%{', '}%%', '---', 'title: x', 'sequenceDiagram',
    'graph LR', '  A->>B: hi', 'not a diagram', '\r', 'flowchart TD');
  const content = fc.tuple(fc.array(line, { maxLength: 80 }), fc.boolean()).map(([ls, nl]) => ls.join('\n') + (nl ? '\n' : ''));
  fc.assert(fc.property(content, (text) => isUntaggedDiagram(text) === whole(text)), { seed: 42, numRuns: 3000 });
  // The fallback matters: a keyword after 40 blank lines, and after front matter longer than the head.
  assert.equal(isUntaggedDiagram('\n'.repeat(40) + 'sequenceDiagram\n'), true);
  assert.equal(isUntaggedDiagram(['---', ...Array(40).fill('k: v'), '---', 'graph LR'].join('\n')), true);
  assert.equal(isUntaggedDiagram(['---', ...Array(40).fill('k: v'), 'graph LR'].join('\n')), false, 'front matter never closes');
});
