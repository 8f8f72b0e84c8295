import { loadMermaid } from '../../../src/core/mermaid/load-mermaid';

/** Bare mermaid's verdict on one diagram text, and (for errors) the diagram line it means. */
export interface OracleVerdict {
  readonly valid: boolean;
  /** 0-based line of the diagram text that mermaid's error names, by aligning the text mermaid's parser received. */
  readonly line?: number;
  /** mermaid's own 1-based "line N", when its message has one. */
  readonly mermaidLine?: number;
}

type ParserLike = { parse: (text: string) => unknown };
const wrapped = new WeakSet<object>();
let lastParsedText: string | undefined;

/**
 * Makes the parser of `diagramType` record the exact text it is handed. Mermaid does not export its
 * preprocessing, so this is how the test sees what mermaid really parsed, independently of our own
 * re-implementation in src/core/mermaid/mermaid-source-map.ts.
 */
export async function recordParserInput(validSample: string): Promise<void> {
  const mermaid = await loadMermaid();
  const diagram = (await mermaid.mermaidAPI.getDiagramFromText(validSample)) as unknown as { parser: ParserLike };
  const parser = diagram.parser;
  if (wrapped.has(parser)) return;
  wrapped.add(parser);
  const original = parser.parse;
  parser.parse = function (this: unknown, text: string) {
    lastParsedText = text;
    return original.call(this, text);
  };
}

/** Bare `mermaid.parse` on the text; the error line comes from mermaid's message aligned to its parsed text. */
export async function oracleVerdict(text: string): Promise<OracleVerdict> {
  const mermaid = await loadMermaid();
  lastParsedText = undefined;
  try {
    await mermaid.parse(text);
    return { valid: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /(?:Parse|Lexical|Lexer) error on line (\d+)/.exec(message);
    const lines = text.split('\n');
    if (!match) return { valid: false, line: 0 };
    const mermaidLine = Number(match[1]);
    // Set by the recording parser during the parse above (TypeScript cannot see that).
    const parsedText = lastParsedText as string | undefined;
    if (parsedText === undefined) return { valid: false, mermaidLine }; // no recorded input: line unknown
    const parsedLines = parsedText.split('\n');
    const n = mermaidLine - 1;
    const endOfInput = parsedLines.slice(n).every((l) => l.trim() === '');
    if (endOfInput) return { valid: false, line: lastContentLine(lines), mermaidLine };
    return { valid: false, line: alignLine(parsedLines, n, lines), mermaidLine };
  }
}

const normalise = (s: string) => s.replace(/\uFB02\xB0\xB0|\uFB02\xB0/g, '#').replace(/\xB6\xDF/g, ';').replace(/;/g, '').trim();

/**
 * The original line holding parsed line `n`: preprocessing only deletes text, so the non-empty parsed lines
 * appear, in order, as (suffixes of) original lines.
 */
function alignLine(parsed: readonly string[], n: number, original: readonly string[]): number | undefined {
  let next = 0;
  let lastMatched = -1;
  for (let k = 0; k <= n; k++) {
    const p = normalise(parsed[k]);
    if (p === '') {
      if (k === n) return lastMatched + 1;
      continue;
    }
    let j = next;
    while (j < original.length && !normalise(original[j]).endsWith(p)) j++;
    if (j === original.length) return undefined;
    if (k === n) return j;
    lastMatched = j;
    next = j + 1;
  }
  return undefined;
}

function lastContentLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].trim();
    if (t !== '' && !(t.startsWith('%%') && !t.startsWith('%%{'))) return i;
  }
  return 0;
}
