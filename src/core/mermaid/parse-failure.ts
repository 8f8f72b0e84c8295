/**
 * What a mermaid parse failure says, pulled out of the two shapes mermaid 12 throws: jison parsers ("Parse error
 * on line N:" with a `hash` of expected tokens) and langium parsers ("Parse error on line N, column C: …").
 */
export interface ParseFailure {
  /** 1-based line in the text mermaid parsed; undefined when the error names no line. */
  readonly line: number | undefined;
  /** 0-based start and end columns in that line, when known. */
  readonly column: number | undefined;
  readonly endColumn: number | undefined;
  /** Token names or descriptions of what the parser expected. */
  readonly expected: readonly string[];
  /** What it found instead: a token name such as NEWLINE or EOF, or the text. */
  readonly found: string | undefined;
  /** The text of what it found, when mermaid gives it. */
  readonly foundText: string | undefined;
  /** True for "Lexical error" / "Lexer error": characters mermaid cannot read at all. */
  readonly lexical: boolean;
  /** mermaid's own message. */
  readonly raw: string;
}

interface JisonHash {
  readonly text?: string;
  readonly token?: string;
  readonly line?: number;
  readonly loc?: { first_line: number; last_line: number; first_column: number; last_column: number };
  readonly expected?: readonly string[];
}

/** Reads whatever mermaid threw (normally an Error; anything else is handled too). */
export function parseFailureOf(error: unknown): ParseFailure {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : safeString(error);
  const hash = (error as { hash?: JisonHash } | null)?.hash;

  const jison = /(Parse|Lexical) error on line (\d+)[:.]/.exec(raw);
  if (jison) {
    const line = Number(jison[2]);
    const loc = hash?.loc;
    const onLine = loc && loc.first_line === line && loc.last_line === line;
    return {
      line,
      column: onLine ? loc.first_column : undefined,
      endColumn: onLine ? loc.last_column : undefined,
      expected: (hash?.expected ?? []).map((token) => token.replace(/^'|'$/g, '')),
      found: hash?.token ?? undefined,
      foundText: hash?.text ?? undefined,
      lexical: jison[1] === 'Lexical',
      raw,
    };
  }

  const langium = /(Parse|Lexer) error on line (\d+), column (\d+): ([\s\S]*?)(?=(?:Parse|Lexer) error on line|$)/.exec(raw);
  if (langium) {
    const detail = langium[4].trim();
    const column = Number(langium[3]) - 1;
    const single = /Expecting token of type '([^']+)' but found `([\s\S]*?)`/.exec(detail);
    const sequences = /Expecting: one of these possible Token sequences:([\s\S]*?)but found: '([\s\S]*?)'/.exec(detail);
    const character = /unexpected character: ->([\s\S]+?)<-/.exec(detail);
    return {
      line: Number(langium[2]),
      column,
      endColumn: character ? column + character[1].length : undefined,
      expected: single ? [single[1]] : sequences ? [...sequences[1].matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]) : [],
      found: single ? single[2] : sequences ? sequences[2] : character ? character[1] : undefined,
      foundText: single ? single[2] : sequences ? sequences[2] : character ? character[1] : undefined,
      lexical: langium[1] === 'Lexer',
      raw,
    };
  }
  return { line: undefined, column: undefined, endColumn: undefined, expected: [], found: undefined, foundText: undefined, lexical: false, raw };
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
