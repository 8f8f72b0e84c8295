import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from '../../src/core/features/completion';
import { parseDocument } from '../../src/core/features/parsed-document';
import { cursorAt, textOf } from './cursor';
import { NOTE } from './sample-note';

/** The note with `line` inserted before the closing fence of its first diagram, and completions at its end. */
function completeAfter(line: string) {
  const text = NOTE.replace('    Orders-->>-User: done\n', `    Orders-->>-User: done\n${line}\n`);
  const position = cursorAt(text, `done\n${line}`, `done\n${line}`.length);
  return { text, items: completions(parseDocument(text), position) };
}

test('after an arrow: the declared participants, and aliases that insert the id', () => {
  const { text, items } = completeAfter('    User->>+G');
  assert.deepEqual(items.filter((i) => i.kind !== 'alias').map((i) => i.label), ['GW', 'Orders', 'User']);
  const alias = items.find((i) => i.kind === 'alias')!;
  assert.deepEqual([alias.label, alias.insertText, alias.filterText], ['API Gateway', 'GW', 'API Gateway']);
  assert.equal(items.find((i) => i.label === 'User')!.kind, 'actor');
  assert.equal(textOf(text, items[0]!.range), 'G'); // replaces what was typed
});

test('every arrow form is followed by participant completion', () => {
  for (const arrow of ['->>', '-->>', '->', '-->', '-x', '--x', '-)', '--)', '<<->>', '<<-->>']) {
    const { items } = completeAfter(`    User${arrow}`);
    assert.ok(items.some((i) => i.label === 'Orders'), arrow);
  }
});

test('in Note … of/over (also after a comma) and after activate/deactivate', () => {
  for (const line of ['    Note right of ', '    note over GW, O', '    activate ', '    deactivate Or']) {
    const { items } = completeAfter(line);
    assert.deepEqual(items.filter((i) => i.kind !== 'alias').map((i) => i.label), ['GW', 'Orders', 'User'], line);
  }
  const { items } = completeAfter('    Note ');
  assert.deepEqual(items.map((i) => i.label), ['left of', 'right of', 'over']);
});

test('after a sender: the arrow kinds, replacing a half-typed arrow', () => {
  const { text, items } = completeAfter('    Orders -');
  assert.deepEqual(items.map((i) => i.label), ['->>', '-->>', '->', '-->', '-x', '--x', '-)', '--)', '<<->>', '<<-->>']);
  assert.match(items[0]!.detail!, /Solid line with arrowhead/);
  assert.equal(textOf(text, items[0]!.range), '-');
});

test('at a line start: block keywords, autonumber, participant keywords, and participants', () => {
  const { items } = completeAfter('    al');
  const labels = items.map((i) => i.label);
  for (const k of ['alt', 'else', 'opt', 'loop', 'par', 'and', 'critical', 'option', 'break', 'rect', 'box', 'end', 'autonumber', 'participant', 'actor', 'Note', 'activate']) {
    assert.ok(labels.includes(k), k);
  }
  assert.ok(labels.includes('Orders'));
});

test('no completion inside message text, in comments, or outside diagrams', () => {
  assert.deepEqual(completeAfter('    User->>GW: call Or').items, []);
  assert.deepEqual(completeAfter('    %% Or').items, []);
  assert.deepEqual(completions(parseDocument(NOTE), cursorAt(NOTE, '## Notes', 3)), []);
});
