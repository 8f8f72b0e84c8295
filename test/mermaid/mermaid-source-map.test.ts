import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterLengthOf, mermaidSource, originalPosition } from '../../src/core/mermaid/mermaid-source-map';

/** The original line for mermaid's 1-based line N. */
function lineFor(text: string, mermaidLine: number, keepComments = false): number | undefined {
  return originalPosition(mermaidSource(text, keepComments), text, mermaidLine)?.line;
}

test('without preprocessing, mermaid line N is diagram line N-1', () => {
  const text = 'graph TD\n  A-->B\n  B-->C';
  assert.equal(mermaidSource(text).text, text);
  assert.equal(lineFor(text, 3), 2);
});

test('leading blank lines and indentation are trimmed before mermaid counts', () => {
  const text = '\n\n  \ngraph TD\n  A-->B';
  assert.equal(mermaidSource(text).text, 'graph TD\n  A-->B');
  assert.equal(lineFor(text, 2), 4);
});

test('front matter is cut, including blank lines after its closing ---', () => {
  const text = '---\ntitle: Orders\nconfig:\n  theme: dark\n---\n\n\nsequenceDiagram\n  A->>B: hi';
  assert.equal(mermaidSource(text).text, 'sequenceDiagram\n  A->>B: hi');
  assert.equal(lineFor(text, 1), 7);
  assert.equal(lineFor(text, 2), 8);
});

test('indented front matter needs an equally indented closing line', () => {
  assert.equal(frontMatterLengthOf('  ---\n  title: x\n  ---\ngraph TD'), '  ---\n  title: x\n  ---\n'.length);
  assert.equal(frontMatterLengthOf('---\ntitle: x\n  ---\ngraph TD'), 0);
  assert.equal(frontMatterLengthOf('---\ntitle: x'), 0);
  // A closing --- must be followed by a line break to count.
  assert.equal(frontMatterLengthOf('---\ntitle: x\n---'), 0);
});

test('a directive on its own line leaves an empty line, which is trimmed only at the start', () => {
  const top = '%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n  A->>B: hi';
  assert.equal(lineFor(top, 2), 2);
  const middle = 'sequenceDiagram\n%%{wrap}%%\n  A->>B: hi';
  assert.equal(mermaidSource(middle).text, 'sequenceDiagram\n\n  A->>B: hi');
  assert.equal(lineFor(middle, 3), 2);
});

test('a directive spanning lines removes those lines', () => {
  const text = 'sequenceDiagram\n%%{\n  init: {"theme": "forest"}\n}%%\n  A->>B: hi\n  B->>A: ok';
  assert.equal(mermaidSource(text).text, 'sequenceDiagram\n\n  A->>B: hi\n  B->>A: ok');
  assert.equal(lineFor(text, 4), 5);
});

test('comment lines disappear together with the blank lines before them', () => {
  const text = 'graph TD\n  A-->B\n\n\n  %% why\n%% more\n  B-->C\n  C-->D';
  assert.equal(mermaidSource(text).text, 'graph TD\n  A-->B\n  B-->C\n  C-->D');
  assert.equal(lineFor(text, 3), 6);
  assert.equal(lineFor(text, 4), 7);
});

test('a bare %% line and a trailing %% comment are not comment lines', () => {
  const text = 'graph TD\n%%\n  A-->B %% trailing\n  B-->C';
  assert.equal(mermaidSource(text).text, text);
  assert.equal(lineFor(text, 4), 3);
});

test('every step together: front matter, directive, comments, blank lines', () => {
  const text = ['---', 'title: t', '---', '%%{init: {}}%%', '', '%% header', 'sequenceDiagram', '  %% note', '  A->>B: hi', '', '%% x', '  B->>A: ok'].join('\n');
  assert.equal(mermaidSource(text).text, 'sequenceDiagram\n  A->>B: hi\n  B->>A: ok');
  assert.equal(lineFor(text, 1), 6);
  assert.equal(lineFor(text, 2), 8);
  assert.equal(lineFor(text, 3), 11);
});

test('diagram types that parse with comments keep comment lines and leading blanks', () => {
  const text = '\n%% c\neventmodeling\n  x';
  assert.equal(mermaidSource(text, true).text, text);
  assert.equal(lineFor(text, 3, true), 2);
});

test('a line past the end of what mermaid parsed is the end of input', () => {
  const text = 'graph TD\n  A-->';
  assert.equal(lineFor(text, 3), undefined);
  assert.equal(lineFor(text, 0), undefined);
});

test('columns map through a removed directive on the same line', () => {
  const text = 'sequenceDiagram\n%%{wrap}%%  A->>B: hi';
  const source = mermaidSource(text);
  assert.deepEqual(originalPosition(source, text, 2, 2), { line: 1, column: 12 });
});
