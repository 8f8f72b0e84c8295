import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import type { Diagram } from '../../src/core/markdown/diagram';
import { documentLines } from '../../src/core/markdown/document-lines';

/** Every text line of every diagram must be exactly the document line from its lineStart on. */
function assertMapsBack(doc: string, diagrams: Diagram[]): void {
  const lines = documentLines(doc);
  for (const d of diagrams) {
    d.text.split('\n').forEach((line, i) => {
      assert.equal(lines[d.startLine + i].slice(d.lineStarts[i]), line, `line ${i} of diagram at ${d.startLine}`);
    });
  }
}

function find(doc: string, options?: Parameters<typeof findDiagrams>[1]): Diagram[] {
  const diagrams = findDiagrams(doc, options);
  assertMapsBack(doc, diagrams);
  return diagrams;
}

test('a ```mermaid fence is a diagram with its text, kind and fence', () => {
  const [d, ...rest] = find('# Title\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n');
  assert.equal(rest.length, 0);
  assert.equal(d.text, 'sequenceDiagram\n  A->>B: hi');
  assert.equal(d.kind, 'sequenceDiagram');
  assert.equal(d.startLine, 3);
  assert.deepEqual(d.lineStarts, [0, 0]);
  assert.deepEqual(d.fence, { openLine: 2, closeLine: 5, info: 'mermaid', tagged: true, marker: '```', markerColumn: 0 });
});

test('tilde fences, longer fences and info strings with attributes are diagrams', () => {
  const doc = '~~~mermaid\ngraph TD\n~~~\n\n`````mermaid {.wide}\nflowchart LR\n  A-->B\n`````\n\n```  mermaid title="x"\npie\n```\n';
  const ds = find(doc);
  assert.deepEqual(ds.map((d) => [d.startLine, d.fence?.marker, d.fence?.info]), [
    [1, '~~~', 'mermaid'],
    [5, '`````', 'mermaid {.wide}'],
    [10, '```', 'mermaid title="x"'],
  ]);
});

test('a fence indented up to three spaces maps columns to the document', () => {
  const doc = '   ```mermaid\n   graph TD\n     A-->B\n   ```\n';
  const [d] = find(doc);
  assert.equal(d.text, 'graph TD\n  A-->B');
  assert.deepEqual(d.lineStarts, [3, 3]);
  assert.equal(d.fence?.markerColumn, 3);
});

test('fences inside list items and blockquotes strip the container prefix exactly', () => {
  const doc = [
    '- step one',
    '',
    '  ```mermaid',
    '  sequenceDiagram',
    '    A->>B: hi',
    '  ```',
    '',
    '> quoted:',
    '>',
    '> ```',
    '> sequenceDiagram',
    '>',
    '>   B->>A: ok',
    '> ```',
    '',
    '1. numbered',
    '   > ```mermaid',
    '   > graph TD',
    '   > ```',
  ].join('\n');
  const ds = find(doc);
  assert.equal(ds.length, 3);
  assert.deepEqual(ds[0].lineStarts, [2, 2]);
  assert.equal(ds[0].text, 'sequenceDiagram\n  A->>B: hi');
  assert.equal(ds[1].text, 'sequenceDiagram\n\n  B->>A: ok');
  assert.deepEqual(ds[1].lineStarts, [2, 1, 2]);
  assert.equal(ds[1].fence?.tagged, false);
  assert.equal(ds[2].text, 'graph TD');
  assert.deepEqual(ds[2].lineStarts, [5]);
});

test('an untagged fence is a diagram when its first meaningful line starts with a diagram keyword', () => {
  const doc = [
    '```', 'sequenceDiagram', '  A->>B: hi', '```',
    '```', '', '%% a comment', '%%{init: {"theme": "dark"}}%%', 'graph LR', '  A-->B', '```',
    '```', '%%{', '  init: {"theme": "forest"}', '}%%', 'stateDiagram-v2', '```',
    '```', '---', 'title: Orders', '---', 'erDiagram', '```',
    '```', 'pie title Pets', '  "Dogs": 3', '```',
  ].join('\n');
  assert.deepEqual(find(doc).map((d) => d.kind), ['sequenceDiagram', 'graph', 'stateDiagram-v2', 'erDiagram', 'pie']);
});

test('every diagram type mermaid detects is recognised in an untagged fence', () => {
  const firstLines = [
    'sequenceDiagram', 'flowchart TD', 'graph', 'classDiagram', 'stateDiagram', 'stateDiagram-v2', 'erDiagram',
    'gantt', 'pie', 'journey', 'gitGraph', 'mindmap', 'timeline', 'quadrantChart', 'requirementDiagram',
    'C4Context', 'C4Container', 'C4Component', 'C4Dynamic', 'C4Deployment', 'xychart-beta', 'xychart',
    'sankey-beta', 'block-beta', 'packet-beta', 'architecture-beta', 'kanban', 'radar-beta', 'treemap-beta',
  ];
  for (const first of firstLines) {
    const [d] = find('```\n' + first + '\n```\n');
    assert.ok(d, first);
    assert.equal(first.startsWith(d.kind ?? '?'), true, first);
  }
});

test('untagged fences of prose, code or other languages are not diagrams', () => {
  const doc = [
    '```', 'graph of our services is below', '```',
    '```', 'pie charts are not used here', '```',
    '```', 'information only', '```',
    '```', 'SELECT * FROM orders;', '```',
    '```', '', '```',
    '```text', 'sequenceDiagram', '  A->>B: hi', '```',
    '```go', 'graph TD', '```',
    '```mermaid-example', 'sequenceDiagram', '```',
    '```mermaidjs', 'sequenceDiagram', '```',
  ].join('\n');
  assert.deepEqual(find(doc), []);
});

test('with untagged: false only tagged fences count', () => {
  const doc = '```\nsequenceDiagram\n```\n```mermaid\ngraph TD\n```\n';
  assert.deepEqual(find(doc, { untagged: false }).map((d) => d.kind), ['graph']);
});

test('indented code blocks, HTML comments, front matter, nested fences and inline code are not diagrams', () => {
  const doc = [
    '---',
    'title: note',
    '```mermaid',
    'graph TD',
    '```',
    '---',
    '',
    'Some `graph TD` inline and ``` `mermaid` ``` too.',
    '',
    '    ```mermaid',
    '    graph TD',
    '    ```',
    '',
    '<!--',
    '```mermaid',
    'sequenceDiagram',
    '',
    '  A->>B: hidden',
    '```',
    '-->',
    '',
    '````markdown',
    '```mermaid',
    'graph TD',
    '```',
    '````',
    '',
    '~~~',
    '```mermaid',
    'graph TD',
    '```',
    '~~~',
  ].join('\n');
  assert.deepEqual(find(doc), []);
});

test('CRLF, lone CR, BOM and tabs keep VS Code line numbers and columns', () => {
  const crlf = '\uFEFF# T\r\n\r\n```mermaid\r\ngraph TD\r\n\tA-->B\r\n```\r\n';
  const [a] = find(crlf);
  assert.equal(a.startLine, 3);
  assert.equal(a.text, 'graph TD\n\tA-->B');

  const cr = '# T\r\r```\rsequenceDiagram\r  A->>B: x\r```\r';
  const [b] = find(cr);
  assert.equal(b.startLine, 3);
  assert.equal(b.text, 'sequenceDiagram\n  A->>B: x');

  const bomFirst = '\uFEFF```mermaid\ngraph TD\n```';
  const [c] = find(bomFirst);
  assert.equal(c.fence?.markerColumn, 1);

  const tabbed = '-\t```mermaid\n \tgraph TD\n \t  A-->B\n  ```\n';
  const [d] = find(tabbed);
  assert.ok(d);
  assert.match(d.text, /^graph TD\n\s*A-->B$/);
});

test('an unclosed fence runs to the end of the document', () => {
  const [d] = find('```mermaid\ngraph TD\n  A-->B\n');
  assert.equal(d.fence?.closeLine, undefined);
  assert.equal(d.text, 'graph TD\n  A-->B');
});

test('a .mmd file is one diagram starting at line 0', () => {
  const [d, ...rest] = find('%% header\nsequenceDiagram\r\n  A->>B: hi\n', { languageId: 'mermaid' });
  assert.equal(rest.length, 0);
  assert.equal(d.text, '%% header\nsequenceDiagram\n  A->>B: hi');
  assert.equal(d.kind, 'sequenceDiagram');
  assert.equal(d.startLine, 0);
  assert.equal(d.fence, undefined);
});
