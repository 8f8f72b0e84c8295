import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/fixes/tag-fence';
import { definition } from '../../src/core/features/go-to-definition';
import { references } from '../../src/core/features/find-references';
import { hover } from '../../src/core/features/hover';
import { parseDocument } from '../../src/core/features/parsed-document';
import { prepareRename, renameParticipant } from '../../src/core/features/rename-participant';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { mermaidError } from '../sequence/real-mermaid';
import { cursorAt, textOf } from './cursor';
import { NOTE } from './sample-note';

const doc = parseDocument(NOTE);

test('hover on a participant: declaration, alias, messages sent and received', () => {
  const result = hover(doc, cursorAt(NOTE, 'GW->>+Orders', 1))!;
  assert.equal(textOf(NOTE, result.range), 'GW');
  assert.match(result.markdown, /participant `GW` — shown as \*\*API Gateway\*\*/);
  assert.match(result.markdown, /Declared on line 7: `participant GW as API Gateway`/);
  assert.match(result.markdown, /Sends 1 message, receives 3 messages\./);
  const actor = hover(doc, cursorAt(NOTE, 'User->>GW'))!;
  assert.match(actor.markdown, /^actor `User`/);
  assert.equal(hover(doc, cursorAt(NOTE, 'checkout')), undefined, 'message text is not a participant');
});

test('hover on an undeclared participant says so', () => {
  const result = hover(doc, cursorAt(NOTE, 'A->>B', 4))!;
  assert.match(result.markdown, /participant `B` \(not declared/);
  assert.match(result.markdown, /First used on line 27/);
});

test('go to definition jumps to the declaration from any use', () => {
  for (const [snippet, offset] of [['Note over GW, Orders', 15], ['activate Orders', 10], ['Orders--xGW', 0]] as const) {
    const range = definition(doc, cursorAt(NOTE, snippet, offset))!;
    assert.deepEqual([range.start.line, textOf(NOTE, range)], [7, 'Orders'], snippet);
  }
});

test('find references lists every use in the diagram, none in message or note text', () => {
  const ranges = references(doc, cursorAt(NOTE, 'participant Orders', 13));
  assert.deepEqual(ranges.map((r) => r.start.line), [7, 10, 11, 13, 15, 17, 18, 19]);
  assert.ok(ranges.every((r) => textOf(NOTE, r) === 'Orders'));
  assert.equal(references(doc, cursorAt(NOTE, 'participant Orders', 13), false).length, 7);
});

test('rename changes declarations, messages, note lists and activations — not message text — and stays valid', async () => {
  assert.deepEqual(prepareRename(doc, cursorAt(NOTE, 'Orders-->>GW', 2)), {
    range: { start: { line: 13, character: 8 }, end: { line: 13, character: 14 } },
    placeholder: 'Orders',
  });
  const result = renameParticipant(doc, cursorAt(NOTE, 'Orders-->>GW', 2), 'OrderService');
  assert.ok('edits' in result);
  const renamed = applyEdits(NOTE, result.edits);
  assert.equal(result.edits.length, 8);
  assert.match(renamed, /checkout \(Orders page\)/, 'message text keeps the word');
  assert.match(renamed, /Note over GW, OrderService: idempotency key/);
  assert.match(renamed, /activate OrderService\n    deactivate OrderService/);
  assert.doesNotMatch(renamed.split('```')[1]!, /\bOrders\b(?! page)/);
  const diagram = findDiagrams(renamed)[0]!;
  assert.equal(await mermaidError(diagram.text), undefined);
});

test('rename refuses names mermaid would read differently, or that merge two participants', () => {
  const at = cursorAt(NOTE, 'participant Orders', 13);
  for (const [name, why] of [
    ['', /empty/], ['Or:ders', /":"/], ['a->b', /">"/], ['Max-xyz', /arrow/], ['end', /keyword/], ['loop svc', /keyword/], ['User', /already exists/],
  ] as const) {
    const result = renameParticipant(doc, at, name);
    assert.ok('error' in result, name);
    assert.match(result.error, why, name);
  }
  const spaced = renameParticipant(doc, at, 'Order Service');
  assert.ok('edits' in spaced, 'a plain participant may have spaces');
  const aliased = renameParticipant(doc, cursorAt(NOTE, 'participant GW', 12), 'API GW');
  assert.ok('error' in aliased && /alias/.test(aliased.error));
});

test('rename stays inside its diagram', () => {
  const result = renameParticipant(doc, cursorAt(NOTE, 'A->>B'), 'Alice');
  assert.ok('edits' in result);
  assert.deepEqual(result.edits.map((e) => e.range.start.line), [26]);
});
