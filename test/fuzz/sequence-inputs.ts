// Sequence diagrams for fuzzing: generated from a small grammar of what mermaid accepts (participants, every arrow,
// notes, nested blocks, activations), plus the sequence examples of mermaid's own docs. Properties that need a
// valid diagram still ask the real mermaid (`fc.pre`): the grammar is a good guess, mermaid is the judge.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';

const IDS = ['A', 'B', 'Client', 'Svc', 'DB', '用户', '订单服务', 'Redis_1', 'api-gw'];
const ARROWS = ['->>', '-->>', '->', '-->', '-x', '--x', '-)', '--)', '<<->>', '<<-->>'];
const TEXTS = ['hi', 'ok', '读取 缓存', 'GET /orders?id=1', 'SET lock NX PX 30000', 'a #59; b', '<br/>x'];
const PLACEMENTS = ['right of', 'left of', 'over'];

/** A generated sequence diagram: its lines (no fence) and the ids it declares. */
export interface GeneratedSequence {
  readonly lines: readonly string[];
  readonly declared: readonly string[];
}

const id = fc.constantFrom(...IDS);
const text = fc.constantFrom(...TEXTS);
const indent = (lines: string[]) => lines.map((l) => '  ' + l);

const statement: fc.Memo<string[]> = fc.memo((depth) => {
  const leaf = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(id, fc.constantFrom(...ARROWS), id, text).map(([a, arrow, b, t]) => [`${a}${arrow}${b}: ${t}`]) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PLACEMENTS), id, id, text).map(([p, a, b, t]) => [`Note ${p} ${p === 'over' && a !== b ? `${a},${b}` : a}: ${t}`]) },
    { weight: 1, arbitrary: fc.tuple(id, id, text).map(([a, b, t]) => [`activate ${b}`, `${a}->>${b}: ${t}`, `deactivate ${b}`]) },
    { weight: 1, arbitrary: fc.tuple(id, id, text).map(([a, b, t]) => [`${a}->>+${b}: ${t}`, `${b}-->>-${a}: ${t}`]) },
  );
  if (depth <= 1) return leaf;
  const body = fc.array(statement(depth - 1), { minLength: 1, maxLength: 3 }).map((s) => indent(s.flat()));
  const block = fc.oneof(
    fc.tuple(fc.constantFrom('loop', 'opt', 'break', 'critical', 'rect rgb(200, 220, 255)'), text, body).map(([k, t, b]) => [k.startsWith('rect') ? k : `${k} ${t}`, ...b, 'end']),
    fc.tuple(text, body, body).map(([t, b1, b2]) => [`alt ${t}`, ...b1, `else ${t}`, ...b2, 'end']),
    fc.tuple(text, body, body).map(([t, b1, b2]) => [`par ${t}`, ...b1, `and ${t}`, ...b2, 'end']),
  );
  return fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: block });
});

/** A sequence diagram built from the grammar (mermaid accepts nearly all of them). */
export const generatedSequence: fc.Arbitrary<GeneratedSequence> = fc
  .tuple(
    fc.uniqueArray(id, { maxLength: 5 }),
    fc.constantFrom('participant', 'actor'),
    fc.boolean(),
    fc.array(statement(3), { minLength: 1, maxLength: 5 }),
  )
  .map(([declared, keyword, autonumber, body]) => ({
    declared,
    lines: [
      'sequenceDiagram',
      ...(autonumber ? ['  autonumber'] : []),
      ...declared.map((d, i) => `  ${i % 2 ? keyword : 'participant'} ${d}`),
      ...indent(body.flat()),
    ],
  }));

const DOCS = '/work/shared/mermaid-corpus/docs/sequenceDiagram.md';

/** The sequence diagrams of mermaid's own documentation (empty when the corpus is not on this machine). */
export const docSequences: readonly string[] = (() => {
  try {
    const text = readFileSync(DOCS, 'utf8');
    return [...text.matchAll(/```mermaid(?:-example)?\n(sequenceDiagram[\s\S]*?)```/g)].map((m) => m[1]!.replace(/\n$/, ''));
  } catch {
    return [];
  }
})();

/** A valid-looking sequence diagram's text: generated, or one of mermaid's doc examples with lines dropped or repeated. */
export const sequenceText: fc.Arbitrary<string> = fc.oneof(
  generatedSequence.map((s) => s.lines.join('\n')),
  ...(docSequences.length
    ? [
        fc.tuple(fc.constantFrom(...docSequences), fc.nat(), fc.boolean()).map(([t, n, drop]) => {
          const lines = t.split('\n');
          const at = 1 + (n % Math.max(1, lines.length - 1));
          if (at < lines.length) lines.splice(at, drop ? 1 : 0, ...(drop ? [] : [lines[at]!]));
          return lines.join('\n');
        }),
      ]
    : []),
);
