import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSequence } from '../../src/core/sequence/parse-sequence';
import { SEQUENCE_ARROWS } from '../../src/core/sequence/arrows';

/** The text a span covers, so assertions read as what the user sees. */
function at(text: string, span: { line: number; start: number; end: number }): string {
  return text.split('\n')[span.line]!.slice(span.start, span.end);
}

test('declarations: participant, actor, aliases, config objects, spaced ids', () => {
  const text = [
    'sequenceDiagram',
    '    participant A as Alice',
    '    actor J as John Smith',
    '    participant API@{ "type": "boundary" } as Public API',
    '    participant DB@{ "type": "database", "alias": "User DB" }',
    '    participant Order Service',
    '    participant X as Y as Z',
  ].join('\n');
  const doc = parseSequence(text);
  const byName = new Map(doc.participants.map((p) => [p.name, p]));
  assert.deepEqual([...byName.keys()], ['A', 'J', 'API', 'DB', 'Order Service', 'X']);
  assert.equal(byName.get('A')!.declarations[0]!.alias, 'Alice');
  assert.equal(at(text, byName.get('A')!.declarations[0]!.aliasSpan!), 'Alice');
  assert.equal(byName.get('J')!.declarations[0]!.keyword, 'actor');
  assert.equal(byName.get('J')!.declarations[0]!.alias, 'John Smith');
  assert.equal(byName.get('API')!.declarations[0]!.shape, 'boundary');
  assert.equal(byName.get('API')!.declarations[0]!.alias, 'Public API');
  assert.equal(byName.get('DB')!.declarations[0]!.alias, 'User DB');
  assert.equal(at(text, byName.get('Order Service')!.declarations[0]!.span), 'Order Service');
  assert.equal(byName.get('X')!.declarations[0]!.alias, 'Y as Z');
});

test('implicit participants come from messages and notes, in order of appearance', () => {
  const doc = parseSequence('sequenceDiagram\nAlice->>John: Hi\nNote right of Carol: x\nJohn-->>Alice: Hey');
  assert.deepEqual(doc.participants.map((p) => p.name), ['Alice', 'John', 'Carol']);
  assert.ok(doc.participants.every((p) => p.declarations.length === 0));
});

test('every mermaid arrow kind is read, with sender, receiver and text positions', () => {
  for (const arrow of SEQUENCE_ARROWS) {
    const text = `sequenceDiagram\n  Front-End ${arrow} Back End: call ${arrow}`;
    const doc = parseSequence(text);
    assert.equal(doc.messages.length, 1, arrow);
    const m = doc.messages[0]!;
    assert.equal(m.arrow, arrow);
    assert.equal(at(text, m.from.span), 'Front-End');
    assert.equal(at(text, m.to.span), 'Back End');
    assert.equal(at(text, m.arrowSpan), arrow);
    assert.equal(m.text, `call ${arrow}`);
  }
});

test('activation marks and central connections on messages', () => {
  const text = 'sequenceDiagram\nA->>+B: go\nB-->>-A: done\nA()->>()B: c\nA-XB: lost';
  const doc = parseSequence(text);
  assert.deepEqual(doc.messages.map((m) => [m.from.name, m.arrow, m.activation, m.to.name]), [
    ['A', '->>', '+', 'B'],
    ['B', '-->>', '-', 'A'],
    ['A', '->>', undefined, 'B'],
    ['A', '-X', undefined, 'B'],
  ]);
});

test('notes: placements, several participants, text column', () => {
  const text = 'sequenceDiagram\nNote left of A: l\nnote RIGHT OF B : r\nNote over A, B: both\nNote right of Ingress: ';
  const doc = parseSequence(text);
  assert.deepEqual(doc.notes.map((n) => [n.placement, n.participants.map((p) => at(text, p.span)), n.text]), [
    ['left of', ['A'], 'l'],
    ['right of', ['B'], 'r'],
    ['over', ['A', 'B'], 'both'],
    ['right of', ['Ingress'], ''],
  ]);
  assert.equal(doc.notes[0]!.textColumn, 'Note left of A:'.length);
});

test('activate/deactivate, create/destroy, links are references with their role', () => {
  const text = [
    'sequenceDiagram',
    'activate Alice',
    'deactivate Alice',
    'create participant Carl',
    'Alice->>Carl: hi',
    'destroy Carl',
    'Alice-xCarl: bye',
    'link Alice: Dashboard @ https://x',
    'links Alice: {"Wiki": "https://y"}',
  ].join('\n');
  const doc = parseSequence(text);
  const roles = doc.references.map((r) => `${r.role}:${r.name}@${r.span.line}`);
  assert.deepEqual(roles, [
    'activate:Alice@1', 'deactivate:Alice@2', 'create:Carl@3', 'message-from:Alice@4', 'message-to:Carl@4',
    'destroy:Carl@5', 'message-from:Alice@6', 'message-to:Carl@6', 'link:Alice@7', 'link:Alice@8',
  ]);
  assert.equal(doc.participants.find((p) => p.name === 'Carl')!.declarations[0]!.created, true);
  assert.deepEqual(doc.activations.map((a) => a.kind), ['activate', 'deactivate']);
});

test('blocks: every kind, sections, nesting, start/end lines, indentation', () => {
  const text = [
    'sequenceDiagram', //0
    'box Aqua Group', //1
    'participant A', //2
    'end', //3
    'alt ok', //4
    '  A->>B: x', //5
    'else failed', //6
    '  loop every 1s', //7
    '    A->>B: poll', //8
    '  end', //9
    'end', //10
    'par one', //11
    'and two', //12
    'end', //13
    'critical c', //14
    'option o', //15
    'end', //16
    'opt o', 'end', 'break b', 'end', 'rect rgb(0,0,0)', 'end', //17-22
    '    par_over p', //23
  ].join('\n');
  const doc = parseSequence(text);
  assert.deepEqual(doc.blocks.map((b) => [b.kind, b.startLine, b.endLine, b.depth]), [
    ['box', 1, 3, 0], ['alt', 4, 10, 0], ['loop', 7, 9, 1], ['par', 11, 13, 0], ['critical', 14, 16, 0],
    ['opt', 17, 18, 0], ['break', 19, 20, 0], ['rect', 21, 22, 0], ['par_over', 23, undefined, 0],
  ]);
  assert.deepEqual(doc.blocks[1]!.sections, [{ keyword: 'else', line: 6, label: 'failed' }]);
  assert.equal(doc.blocks[2]!.indent, '  ');
  assert.equal(doc.blocks[8]!.indent, '    ');
  assert.equal(doc.blocks[0]!.label, 'Aqua Group');
});

test('front matter, directives, comments, autonumber and `;` separators', () => {
  const text = [
    '---', 'title: T', '---', '%%{init: {"theme": "dark"}}%%', '%% comment', 'sequenceDiagram', //0-5
    'autonumber 10 10', '%% A->>Ghost: not a message', 'A->>B: one; B->>A: two', 'C->>D: I #59; you', //6-9
  ].join('\n');
  const doc = parseSequence(text);
  assert.equal(doc.headerLine, 5);
  assert.deepEqual([...doc.ignoredLines].sort((a, b) => a - b), [0, 1, 2, 3, 4, 7]);
  assert.deepEqual(doc.messages.map((m) => `${m.from.name}>${m.to.name}:${m.text}`), ['A>B:one', 'B>A:two', 'C>D:I #59; you']);
  assert.equal(doc.statements.find((s) => s.kind === 'autonumber')!.span.line, 6);
  assert.equal(at(text, doc.messages[1]!.from.span), 'B');
});

test('a note whose text sits on the next line leaves that line unknown', () => {
  const doc = parseSequence('sequenceDiagram\n    Note right of Ingress: \n        proxy_read_timeout、send_timeout\n    A->>B: x');
  assert.deepEqual(doc.statements.map((s) => `${s.kind}@${s.span.line}`), ['header@0', 'note@1', 'unknown@2', 'message@3']);
});

test('not a sequence diagram: no header, nothing parsed', () => {
  const doc = parseSequence('flowchart LR\nA-->B');
  assert.equal(doc.headerLine, undefined);
  assert.equal(doc.messages.length, 0);
});

test('never throws on garbage, and every span stays inside its line', () => {
  const pieces = fc.constantFrom('sequenceDiagram\n', 'participant ', 'actor ', ' as ', '@{', '}', '->>', '-->>', '-x', '+', '-', '()', ':', ';', ',', 'Note ', 'over ', 'left of ', 'alt ', 'else', 'end', '\n', ' ', '%%', '%%{', '---\n', 'A', 'Bé', '外部', '#', '\r\n', 'activate ', 'box ', 'create ');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const doc = parseSequence(text);
      for (const r of doc.references) {
        const line = doc.lines[r.span.line]!;
        assert.ok(r.span.start >= 0 && r.span.end <= line.length && r.span.start < r.span.end);
        assert.equal(line.slice(r.span.start, r.span.end), r.name);
      }
    }),
    { numRuns: 600 },
  );
});
