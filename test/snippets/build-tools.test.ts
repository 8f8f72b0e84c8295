// The two steps that turn a pattern module into snippets: tab-stop markers → snippet syntax, and TypeScript →
// JavaScript by deleting types in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as espree from 'espree';
import { renderSnippet } from '../../snippets/build/render-snippet.mjs';
import { stripTypes } from '../../snippets/build/strip-types.mjs';
import { expandSnippet } from './expand-snippet';

test('a marked identifier becomes a tab stop mirrored in code, never in comments, strings or property names', () => {
  const source = [
    '// TokenBucket is described here',
    "export class /*$1*/TokenBucket { label = 'TokenBucket'; }",
    'const b = new TokenBucket();',
    'b.TokenBucket = 1;',
  ].join('\n');
  assert.deepEqual(renderSnippet(source, 'x.ts'), [
    '// TokenBucket is described here',
    "export class ${1:TokenBucket} { label = 'TokenBucket'; }",
    'const b = new $1();',
    'b.TokenBucket = 1;',
  ]);
});

test('literal tab stops, choices and the final cursor; $ and \\ in code are escaped; indents become tabs', () => {
  const source = [
    "const rate = /*$2*/100, name = /*$3*/'orders';",
    "const mode = /*$4|'allow','deny'|*/'allow';",
    'function f() {',
    '  return `${rate}\\n`; /*$0*/',
    '}',
  ].join('\n');
  const body = renderSnippet(source, 'x.ts');
  assert.deepEqual(body, [
    "const rate = ${2:100}, name = ${3:'orders'};",
    "const mode = ${4|'allow','deny'|};",
    'function f() {',
    '\treturn `\\${rate}\\\\n`; $0',
    '}',
  ]);
  // Expanding with the defaults gives the code back.
  assert.equal(expandSnippet(body).text, source.replace(' /*$0*/', ' ').replace(/\/\*\$\d+(\|[^|]*\|)?\*\//g, ''));
});

test('marker mistakes are errors that name the file and line', () => {
  assert.throws(() => renderSnippet('\nconst a = /*$1*/(1);', 'm.ts'), /m\.ts:2: marker \/\*\$1\*\/ must sit right before/);
  assert.throws(() => renderSnippet("const a = /*$1|'x','y'|*/'y';", 'm.ts'), /must be its first choice, found 'y'/);
  assert.throws(() => renderSnippet('const a = /*$1*/1, b = /*$1*/2;', 'm.ts'), /tab stop \$1 is marked twice/);
  assert.throws(() => renderSnippet('const /*$1*/budget = 1;\nf({ budget });', 'm.ts'), /m\.ts:2: write `budget: budget`/);
  assert.throws(() => renderSnippet('\tconst a = 1;', 'm.ts'), /contains a tab/);
});

test('stripTypes deletes type syntax in place and keeps comments, blank lines and layout', () => {
  const source = `/** Header doc.
 *  Second line. */
import type { Redis } from 'ioredis';

/** Options doc goes with the interface. */
export interface Options {
  rate: number;
}
type Id = string;

// Why this class exists.
export class Limiter<T> implements Iterable<T> {
  private readonly rate: number;
  protected items?: T[];
  declared!: number;

  constructor(options: Options, private_: Redis | undefined = undefined) {
    this.rate = options.rate as number; // trailing comment
    this.items = new Array<T>();
    void private_;
  }

  *[Symbol.iterator](): Iterator<T> {
    yield* this.items!;
  }

  overload(a: string): string;
  overload(a: string, b?: number): string {
    return a + (b ?? 0);
  }
}

export const f = async <R,>(x: R): Promise<R> => x satisfies R;
`;
  const js = stripTypes(source, 'x.ts');
  assert.equal(
    js,
    `/** Header doc.
 *  Second line. */

// Why this class exists.
export class Limiter {
  rate;
  items;
  declared;

  constructor(options, private_ = undefined) {
    this.rate = options.rate; // trailing comment
    this.items = new Array();
    void private_;
  }

  *[Symbol.iterator]() {
    yield* this.items;
  }

  overload(a, b) {
    return a + (b ?? 0);
  }
}

export const f = async (x) => x;
`,
  );
  assert.doesNotThrow(() => espree.parse(js, { ecmaVersion: 'latest', sourceType: 'module' }));
});

test('stripTypes refuses what deleting types cannot express, naming the line', () => {
  assert.throws(() => stripTypes('\nenum Color { Red }', 'e.ts'), /e\.ts:2: an enum or namespace/);
  assert.throws(() => stripTypes('class A {\n  constructor(private readonly x: number) {}\n}', 'p.ts'), /p\.ts:2: a constructor parameter property/);
});
