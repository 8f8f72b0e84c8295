import type { ParseFailure } from './parse-failure';

const ARROWS = 'an arrow (->>, -->>, -x …)';
const LINKS = 'a link (-->, ---, -.-> …)';
const END_OF_LINE = 'the end of the line';

/** Plain words for mermaid's grammar token names (jison and langium). */
const TOKEN_WORDS: Readonly<Record<string, string>> = {
  NEWLINE: END_OF_LINE, NL: END_OF_LINE, SEMI: END_OF_LINE, EOF: 'the end of the diagram',
  TXT: "a message text (': text')", ACTOR: 'a participant name', NODE_STRING: 'a node name', UNICODE_TEXT: 'a node name',
  ALPHA: 'a name', ID: 'a name', STR: 'a quoted string', STRING: 'a quoted string', TESTSTR: 'a quoted string',
  NUM: 'a number', NUMBER: 'a number', NUMBER_PIE: 'a number', INT: 'a number', COLON: "':'", PIPE: "'|'", COMMA: "','",
  AMP: "'&'", MINUS: "'-'", MULT: "'*'", SQS: "'['", SQE: "']'", PS: "'('", PE: "')'", DIAMOND_START: "'{'",
  DIAMOND_STOP: "'}'", BRKT: "'#'", DOWN: "'v'", DEFAULT: "'default'", STYLE_SEPARATOR: "':::'", LINK: LINKS,
  START_LINK: LINKS, LINK_ID: 'a link id', end: "'end'", ':': "':'",
};

/** Words for one token name. */
function tokenWords(token: string): string {
  if (TOKEN_WORDS[token]) return TOKEN_WORDS[token];
  if (token === '()' || /ARROW|CROSS|POINT/.test(token)) return ARROWS;
  if (/^[a-z][\w-]*$/.test(token)) return `'${token}'`; // a keyword such as participant or title
  return token.toLowerCase().replace(/_/g, ' ');
}

/** Grammar-internal tokens that mean nothing to an author. */
const NOISE = /^(SPACE|INVALID|acc_.*|legacy_.*|par_over|participant_actor|properties|details|links?)$/;

/** "a, b or c", at most four alternatives, the ones with plain words first. */
function alternatives(tokens: readonly string[]): string {
  const useful = tokens.filter((token) => !NOISE.test(token));
  const ranked = [...useful.filter((t) => t in TOKEN_WORDS || /ARROW|CROSS|POINT/.test(t)), ...useful.filter((t) => !(t in TOKEN_WORDS))];
  const words = [...new Set((ranked.length > 0 ? ranked : tokens).map(tokenWords))];
  const shown = words.slice(0, 4);
  if (words.length > shown.length) return `${shown.join(', ')}, …`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}` : shown[0];
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `'${oneLine.length > 32 ? oneLine.slice(0, 31) + '…' : oneLine}'`;
}

/**
 * A message for the note's author from a parse failure: what mermaid expected in words, after what, and what
 * it met instead. `lineText` is the diagram line the error is on; `previousLine` the content line before it.
 */
export function readableMessage(failure: ParseFailure, lineText: string | undefined, previousLine?: string): string {
  const hint = previousLine !== undefined && /^\s*note\b[^:]*:\s*$/i.test(previousLine)
    ? " (a note's text must be on the same line as its 'Note …:')"
    : '';
  if (failure.line === undefined) return noLineMessage(failure.raw);
  if (failure.lexical) {
    const at = failure.foundText ?? (failure.column !== undefined ? lineText?.slice(failure.column) : undefined);
    return `Mermaid cannot read ${at ? quote(at) + ' on this line' : 'this line'}${hint}`;
  }
  if (failure.expected.length === 0) return firstLine(failure.raw);

  const expected = `Expected ${alternatives(failure.expected)}`;
  const before = lineText === undefined ? undefined
    : failure.column !== undefined && failure.endColumn !== undefined && failure.endColumn > failure.column && failure.found !== undefined && /^(NEWLINE|NL|EOF|1|\n)$/.test(failure.found)
      ? lineText.slice(failure.column, failure.endColumn)
      : lineText.slice(0, failure.column ?? lineText.length).trim().split(/\s+/).pop();
  const after = before ? ` after ${quote(before)}` : '';
  // jison reports the end of input as token '1' when the grammar does not name it.
  const found = failure.found === '1' ? 'EOF' : failure.found;
  if (found === 'NEWLINE' || found === 'NL' || found === '\n') return `${expected}${after} but the line ended${hint}`;
  if (found === 'EOF' || found === undefined || failure.foundText === '') {
    if (failure.expected.includes('end')) return `The diagram ended inside a block: add 'end' to close it${hint}`;
    return `${expected}${after} but the diagram ended${hint}`;
  }
  return `${expected} but found ${quote(failure.foundText ?? found)}${hint}`;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'Mermaid could not parse this diagram';
}

/** Messages for errors that name no line: unknown diagram types, front matter, mermaid's own checks. */
function noLineMessage(raw: string): string {
  if (raw.startsWith('No diagram type detected')) {
    return 'Mermaid does not recognise this diagram type: the first line must start with a diagram keyword such as sequenceDiagram, flowchart or classDiagram';
  }
  if (/^Diagram \S+ not found/.test(raw)) return `${firstLine(raw)}: this mermaid build does not include that diagram type`;
  return firstLine(raw);
}
