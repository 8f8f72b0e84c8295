import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeActions } from '../../src/core/features/code-actions';
import { parseDocument } from '../../src/core/features/parsed-document';
import { applyEdits } from '../../src/core/fixes/tag-fence';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { sequenceWarnings } from '../../src/core/sequence/sequence-warnings';
import { mermaidError } from '../sequence/real-mermaid';
import { cursorAt } from './cursor';

const at = (text: string, snippet: string) => {
  const p = cursorAt(text, snippet);
  return { start: p, end: p };
};

/** Applies the action titled `title` at `snippet` and returns the new text. */
function apply(text: string, snippet: string, title: RegExp): string {
  const actions = codeActions(parseDocument(text), at(text, snippet));
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `no action ${title} at "${snippet}"; got ${actions.map((a) => a.title).join(' | ')}`);
  return applyEdits(text, action.edits);
}

test('seed 000: "Move the note text onto the Note line" makes the broken diagram valid', async () => {
  const seed = readFileSync('/work/shared/seeds/000_9a62dabe6e1f0474.md', 'utf8');
  const broken = findDiagrams(seed).find((d) => d.text.includes('Note right of Ingress:'))!;
  assert.match((await mermaidError(broken.text))!, /Parse error on line 8/);
  const fixed = apply(seed, 'Note right of Ingress:', /Move the note text onto the Note line/);
  assert.match(fixed, /    Note right of Ingress: proxy_connect_timeout、proxy_send_timeout、proxy_read_timeout、send_timeout\n    Ingress->>Pod/);
  assert.equal(fixed.split('\n').length, seed.split('\n').length - 1, 'exactly one line joined');
  const after = findDiagrams(fixed).find((d) => d.text.includes('Note right of Ingress:'))!;
  assert.equal(await mermaidError(after.text), undefined);
});

test('note text over several lines, in a blockquote, is joined with <br/>', async () => {
  const text = '> ```mermaid\n> sequenceDiagram\n>   A->>B: x\n>   Note right of B:\n>     first\n>     second\n>   B->>A: y\n> ```';
  const fixed = apply(text, 'Note right', /Move the note text/);
  assert.equal(fixed, '> ```mermaid\n> sequenceDiagram\n>   A->>B: x\n>   Note right of B: first<br/>second\n>   B->>A: y\n> ```');
  assert.equal(await mermaidError(findDiagrams(fixed)[0]!.text), undefined);
});

test('"Close the unclosed block" appends end lines with the right indentation, and the diagram validates', async () => {
  const text = '# T\n\n- item\n  ```mermaid\n  sequenceDiagram\n    alt ok\n      A->>B: x\n      loop retry\n        A->>B: y\n\n  ```\n';
  assert.notEqual(await mermaidError(findDiagrams(text)[0]!.text), undefined);
  const fixed = apply(text, 'alt ok', /Close the 2 unclosed blocks/);
  assert.equal(fixed, '# T\n\n- item\n  ```mermaid\n  sequenceDiagram\n    alt ok\n      A->>B: x\n      loop retry\n        A->>B: y\n      end\n    end\n\n  ```\n');
  assert.equal(await mermaidError(findDiagrams(fixed)[0]!.text), undefined);
  const one = apply('```mermaid\nsequenceDiagram\n  opt maybe\n    A->>B: x\n```', 'opt', /Close the unclosed `opt` block \(line 3\)/);
  assert.equal(await mermaidError(findDiagrams(one)[0]!.text), undefined);
});

test('"Declare participant X" removes the undeclared warning, after the declarations and outside boxes', async () => {
  const seed = readFileSync('/work/shared/seeds/000_9a62dabe6e1f0474.md', 'utf8');
  const fixed = apply(seed, '外部服务', /Declare participant "外部服务"/);
  assert.match(fixed, /    participant Logger as 📑 日志\/链路追踪系统\n    participant 外部服务\n/);
  const after = findDiagrams(fixed).find((d) => d.text.includes('外部服务'))!;
  assert.deepEqual(sequenceWarnings(after.text), []);
  assert.equal(await mermaidError(after.text), undefined);

  const boxed = '```mermaid\nsequenceDiagram\n  box Core\n  participant A\n  participant B\n  participant C\n  end\n  A->>B: x\n  B->>Z: y\n```';
  const declared = apply(boxed, 'Z:', /Declare participant "Z"/);
  assert.match(declared, /  end\n  participant Z\n  A->>B/);
  assert.equal(await mermaidError(findDiagrams(declared)[0]!.text), undefined);
});

test('a misspelled participant offers "Change to" on every occurrence', async () => {
  const text = '```mermaid\nsequenceDiagram\n  participant Gateway\n  participant Orders\n  participant Billing\n  Gateway->>Orders: a\n  orders->>Billing: b\n```';
  const fixed = apply(text, 'orders->>', /Change "orders" to "Orders"/);
  assert.match(fixed, /  Orders->>Billing: b/);
  assert.deepEqual(sequenceWarnings(findDiagrams(fixed)[0]!.text), []);
});

test('"Tag this fence as mermaid" and "Tag all N untagged diagram fences"', () => {
  const text = '# A\n\n```\nsequenceDiagram\n  A->>B: x\n```\n\n```\nflowchart LR\n  A-->B\n```\n\n```text\nsequenceDiagram\n```\n';
  const one = apply(text, 'A->>B', /^Tag this fence as mermaid$/);
  assert.deepEqual(findDiagrams(one).map((d) => d.fence!.tagged), [true, false]);
  const all = apply(text, 'A->>B', /^Tag all 2 untagged diagram fences/);
  assert.deepEqual(findDiagrams(all).map((d) => d.fence!.tagged), [true, true]);
  assert.match(all, /```text\nsequenceDiagram/, 'a text fence is not a diagram and stays as it is');
  assert.deepEqual(codeActions(parseDocument(text), at(text, '# A')), [], 'nothing outside diagrams');
});

test('no "Declare participant" for a name that a declaration would read as an alias', () => {
  const text = '```mermaid\nsequenceDiagram\n  participant A\n  participant B\n  participant C\n  A->>X as Y: hi\n```';
  const actions = codeActions(parseDocument(text), at(text, 'X as Y'));
  assert.deepEqual(actions.filter((a) => a.title.startsWith('Declare')), []);
});
