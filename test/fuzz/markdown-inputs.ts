// Markdown inputs for fuzzing: notes built from fence and diagram fragments, mutations of real notes (the users'
// seed notes when present, examples/notes), and hostile shapes (BOM, NUL, lone surrogates, CR line ends, deep
// nesting, megabyte lines).
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = '/work/shared/seeds';
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples', 'notes');

/** The real notes to mutate: the seed notes (read now, when present) and the example notes. */
export const realNotes: readonly string[] = [
  ...(existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.md')).map((f) => join(SEEDS, f)) : []),
  ...readdirSync(EXAMPLES).map((f) => join(EXAMPLES, f)),
].map((file) => readFileSync(file, 'utf8'));

const ODD = ['\0', '\uD800', '\uDFFF', '\uFEFF', '\t', '\r', '\u2028', '\u00A0', '`', '~', '>', '%%', '\\', '中'];
const FENCES = ['```', '~~~', '````', '~~~~', '``', '   ```', '    ```', '> ```', '- ```', '1. ```', '> > ~~~', '  - ```'];
const INFOS = ['', 'mermaid', ' mermaid', 'mermaid {init}', 'js', 'sequenceDiagram', '`x`', ' '];
const DIAGRAM_LINES = [
  'sequenceDiagram', 'graph TD', 'flowchart LR', 'stateDiagram-v2', 'classDiagram', 'participant A', 'actor 用户 as U',
  'A->>B: hi', 'B-->>A: ok', 'A-xB: lost', 'A->>+B: call', 'B-->>-A: back', 'Note right of A:', 'Note over A,B: both',
  'loop every 5s', 'alt ok', 'else failed', 'opt', 'par', 'and', 'end', 'activate A', 'deactivate B', 'box Aqua Group',
  '%%{init: {"theme": "dark"}}%%', '%% comment', 'autonumber', 'A->B', 'participant', 'Note left of', ':', ';', 'A->>B: a;B->>A: b',
  'create participant C', 'destroy C', 'link A: Dash @ https://x', 'critical', 'break', 'rect rgb(0,0,0)', 'A --> B',
  '---', 'title: t', 'accDescr {', '}',
];
const PROSE = ['', '# 标题', '## Heading', 'Some text', '- item', '> quote', '<!--', '-->', '|a|b|', '    code', '---', '...', '* * *'];

/** One line of a note: diagram, fence, prose, prefixed or odd text. */
export const noteLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DIAGRAM_LINES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...FENCES), fc.constantFrom(...INFOS)).map(([f, i]) => f + i) },
  { weight: 2, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '  ', '    ', '\t', '> ', '- ', '> - '), fc.constantFrom(...DIAGRAM_LINES)).map(([p, l]) => p + l) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...ODD, 'a', ' ', '-', '>', ':') , maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A note assembled from fence, diagram and prose lines, with mixed line ends and an optional BOM. */
export const generatedNote: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(noteLine, eol), { maxLength: 40 }))
  .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([l, e]) => l + e).join(''));

type Mutation = (text: string) => string;

const lineMutation = (edit: (lines: string[], at: number) => void) =>
  fc.nat().map((n): Mutation => (text) => {
    const lines = text.split('\n');
    edit(lines, n % lines.length);
    return lines.join('\n');
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineMutation((lines, at) => lines.splice(at, 1)),
  lineMutation((lines, at) => lines.splice(at, 0, lines[at]!)),
  fc.tuple(fc.nat(), noteLine).map(([n, l]): Mutation => (text) => {
    const lines = text.split('\n');
    lines.splice(n % (lines.length + 1), 0, l);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom('> ', '- ', '  ', '    ', '\t', '1. ')).map(([n, prefix]): Mutation => (text) => {
    const lines = text.split('\n');
    const from = n % lines.length;
    for (let i = from; i < Math.min(lines.length, from + 12); i++) lines[i] = prefix + lines[i];
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...ODD)).map(([n, ch]): Mutation => (text) => {
    const at = n % (text.length + 1);
    return text.slice(0, at) + ch + text.slice(at);
  }),
  fc.nat().map((n): Mutation => (text) => text.slice(0, n % (text.length + 1))),
  fc.constantFrom<Mutation>(
    (t) => t.replace(/\n/g, '\r\n'),
    (t) => t.replace(/\n/g, '\r'),
    (t) => t.replace(/```/g, '~~~'),
    (t) => t.replace(/```mermaid/g, '```'),
    (t) => t.replace(/```\n/, '``\n'),
    (t) => '\uFEFF' + t,
    (t) => t.replace(/end/g, ''),
  ),
);

/** A real note with a few random mutations. */
export const mutatedNote: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...realNotes), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([note, mutations]) => mutations.reduce((text, m) => m(text), note));

/** Random, generated and mutated notes: what every Markdown property is checked against. */
export const anyNote: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: generatedNote },
  { weight: 3, arbitrary: mutatedNote },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/**
 * Hostile notes, given to properties as examples: 10k-deep blockquotes and lists (markdown-it stops nesting at
 * its `maxNesting` of 100; we must neither overflow the stack nor lose the line mapping), a 1 MB line inside and
 * outside a diagram, an unclosed fence running to the end, NUL and lone surrogates inside diagrams.
 */
export function hostileNotes(long = true): string[] {
  const diagram = '```\nsequenceDiagram\nA->>B: hi\n```\n';
  return [
    '>'.repeat(10_000) + ' ' + diagram + '\n' + diagram,
    '> '.repeat(10_000) + '```\n' + '> '.repeat(10_000) + 'sequenceDiagram\n',
    '- '.repeat(10_000) + 'x\n' + diagram,
    Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i % 40) + '- item').join('\n') + '\n' + diagram,
    'x'.repeat(1_000_000) + '\n' + diagram,
    '```\nsequenceDiagram\nA->>B: ' + 'y'.repeat(1_000_000) + '\n```\n',
    '~~~\nsequenceDiagram\nA\0->>B\uD800: x\uDFFF\n~~~\n```mermaid\ngraph TD\n\0',
    '\uFEFF```\r\nsequenceDiagram\r\nA->>B: crlf\r```\r\n',
    // Slow for mermaid (seconds each), so only the long run gives them to it.
    ...(long
      ? ['```\nsequenceDiagram\n' + 'A->>B: hi\n'.repeat(5_000), '```\nsequenceDiagram\n' + 'loop x\n'.repeat(3_000) + 'A->>B: deep\n' + 'end\n'.repeat(3_000) + '```\n']
      : []),
  ];
}
