import * as l10n from '../l10n/translations';
import type { ParseFailure } from './parse-failure';

const arrows = () => l10n.t('an arrow (->>, -->>, -x …)');
const links = () => l10n.t('a link (-->, ---, -.-> …)');

/** Plain words for mermaid's grammar token names (jison and langium), in the user's language. */
function tokenWordTable(): Readonly<Record<string, string>> {
  const endOfLine = l10n.t('the end of the line');
  const name = l10n.t('a name');
  const nodeName = l10n.t('a node name');
  const quoted = l10n.t('a quoted string');
  const number = l10n.t('a number');
  return {
    NEWLINE: endOfLine, NL: endOfLine, SEMI: endOfLine, EOF: l10n.t('the end of the diagram'),
    TXT: l10n.t("a message text (': text')"), ACTOR: l10n.t('a participant name'), NODE_STRING: nodeName, UNICODE_TEXT: nodeName,
    ALPHA: name, ID: name, STR: quoted, STRING: quoted, TESTSTR: quoted,
    NUM: number, NUMBER: number, NUMBER_PIE: number, INT: number, COLON: "':'", PIPE: "'|'", COMMA: "','",
    AMP: "'&'", MINUS: "'-'", MULT: "'*'", SQS: "'['", SQE: "']'", PS: "'('", PE: "')'", DIAMOND_START: "'{'",
    DIAMOND_STOP: "'}'", BRKT: "'#'", DOWN: "'v'", DEFAULT: "'default'", STYLE_SEPARATOR: "':::'", LINK: links(),
    START_LINK: links(), LINK_ID: l10n.t('a link id'), end: "'end'", ':': "':'",
  };
}

/** The grammar token names that have plain words. */
const WORDED: ReadonlySet<string> = new Set(Object.keys(tokenWordTable()));

/** Words for one token name. */
function tokenWords(token: string, table: Readonly<Record<string, string>>): string {
  if (WORDED.has(token)) return table[token]!;
  if (token === '()' || /ARROW|CROSS|POINT/.test(token)) return arrows();
  if (/^[a-z][\w-]*$/.test(token)) return `'${token}'`; // a keyword such as participant or title
  return token.toLowerCase().replace(/_/g, ' ');
}

/** Grammar-internal tokens that mean nothing to an author. */
const NOISE = /^(SPACE|INVALID|acc_.*|legacy_.*|par_over|participant_actor|properties|details|links?)$/;

/** "a, b or c", at most four alternatives, the ones with plain words first. */
function alternatives(tokens: readonly string[]): string {
  const useful = tokens.filter((token) => !NOISE.test(token));
  const ranked = [...useful.filter((t) => WORDED.has(t) || /ARROW|CROSS|POINT/.test(t)), ...useful.filter((t) => !WORDED.has(t))];
  const table = tokenWordTable();
  const words = [...new Set((ranked.length > 0 ? ranked : tokens).map((token) => tokenWords(token, table)))];
  const shown = words.slice(0, 4);
  if (words.length > shown.length) return `${shown.join(', ')}, …`;
  return shown.length > 1 ? l10n.t('{0} or {1}', shown.slice(0, -1).join(', '), shown[shown.length - 1]!) : shown[0]!;
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
    ? l10n.t(" (a note's text must be on the same line as its 'Note …:')")
    : '';
  if (failure.line === undefined) return noLineMessage(failure.raw);
  if (failure.lexical) {
    const at = failure.foundText ?? (failure.column !== undefined ? lineText?.slice(failure.column) : undefined);
    return at ? l10n.t('Mermaid cannot read {0} on this line{1}', quote(at), hint) : l10n.t('Mermaid cannot read this line{0}', hint);
  }
  if (failure.expected.length === 0) return firstLine(failure.raw);

  const expected = alternatives(failure.expected);
  const before = lineText === undefined ? undefined
    : failure.column !== undefined && failure.endColumn !== undefined && failure.endColumn > failure.column && failure.found !== undefined && /^(NEWLINE|NL|EOF|1|\n)$/.test(failure.found)
      ? lineText.slice(failure.column, failure.endColumn)
      : lineText.slice(0, failure.column ?? lineText.length).trim().split(/\s+/).pop();
  const after = before ? quote(before) : undefined;
  // jison reports the end of input as token '1' when the grammar does not name it.
  const found = failure.found === '1' ? 'EOF' : failure.found;
  if (found === 'NEWLINE' || found === 'NL' || found === '\n') {
    return after ? l10n.t('Expected {0} after {1} but the line ended{2}', expected, after, hint) : l10n.t('Expected {0} but the line ended{1}', expected, hint);
  }
  if (found === 'EOF' || found === undefined || failure.foundText === '') {
    if (failure.expected.includes('end')) return l10n.t("The diagram ended inside a block: add 'end' to close it{0}", hint);
    return after ? l10n.t('Expected {0} after {1} but the diagram ended{2}', expected, after, hint) : l10n.t('Expected {0} but the diagram ended{1}', expected, hint);
  }
  return l10n.t('Expected {0} but found {1}{2}', expected, quote(failure.foundText ?? found), hint);
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? l10n.t('Mermaid could not parse this diagram');
}

/** Messages for errors that name no line: unknown diagram types, front matter, mermaid's own checks. */
function noLineMessage(raw: string): string {
  if (raw.startsWith('No diagram type detected')) {
    return l10n.t('Mermaid does not recognise this diagram type: the first line must start with a diagram keyword such as sequenceDiagram, flowchart or classDiagram');
  }
  if (/^Diagram \S+ not found/.test(raw)) return l10n.t('{0}: this mermaid build does not include that diagram type', firstLine(raw));
  return firstLine(raw);
}
