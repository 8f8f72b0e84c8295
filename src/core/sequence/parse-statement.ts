import { arrowAt } from './arrows';
import type {
  BlockKind,
  Message,
  Note,
  NotePlacement,
  ParticipantDeclaration,
  ParticipantReference,
  ReferenceRole,
  SectionKeyword,
  StatementKind,
  TextSpan,
} from './sequence-model';

/** Where `parseStatement` records what it reads; `parse-sequence.ts` assembles the document from it. */
export interface StatementSink {
  reference(name: string, span: TextSpan, role: ReferenceRole): ParticipantReference;
  declare(name: string, declaration: ParticipantDeclaration): void;
  message(message: Message): void;
  note(note: Note): void;
  activation(kind: 'activate' | 'deactivate', line: number, participant?: ParticipantReference): void;
  openBlock(kind: BlockKind, label: string, line: number, indent: string): void;
  section(keyword: SectionKeyword, line: number, label: string): void;
  closeBlock(line: number): void;
  statement(kind: StatementKind, span: TextSpan): void;
}

const BLOCK_KEYWORDS = new Set<string>(['alt', 'opt', 'loop', 'par', 'par_over', 'critical', 'break', 'rect', 'box']);
const SECTION_KEYWORDS = new Set<string>(['else', 'and', 'option']);
// mermaid's lexer only takes `link`/`links`/`properties`/`details` as keywords when a name follows.
const LINK_KEYWORD = /^(links|link|properties|details)(?=[ \t]+[^/\\+()<>:\n,;\s-])/i;

/** A trimmed piece of `text` (starting at `offset` in it) as a span on `line`, whose text starts at `column`. */
function trimmedSpan(text: string, offset: number, line: number, column: number): { value: string; span: TextSpan } {
  const lead = text.length - text.trimStart().length;
  const value = text.trim();
  const start = column + offset + lead;
  return { value, span: { line, start, end: start + value.length } };
}

/**
 * Reads one statement (a line, or one `;`-separated part of it) the way mermaid's sequence lexer would,
 * tolerating what it cannot read. `text` starts at `column` of `line` and has no leading whitespace.
 */
export function parseStatement(sink: StatementSink, text: string, line: number, column: number, indent: string): void {
  const whole: TextSpan = { line, start: column, end: column + text.trimEnd().length };
  const word = /^[A-Za-z_]+/.exec(text)?.[0].toLowerCase() ?? '';
  const after = text.slice(word.length);
  const atBoundary = word !== '' && !/^[A-Za-z0-9_]/.test(after);
  const kind = atBoundary ? keywordStatement(sink, word, after, line, column, indent) : undefined;
  if (kind) return sink.statement(kind, whole);
  const link = LINK_KEYWORD.exec(text);
  if (link) {
    const colon = text.indexOf(':');
    const nameText = text.slice(link[0].length, colon < 0 ? undefined : colon);
    const { value, span } = trimmedSpan(nameText, link[0].length, line, column);
    if (value) sink.reference(value, span, 'link');
    return sink.statement('link', whole);
  }
  sink.statement(parseMessage(sink, text, line, column) ? 'message' : 'unknown', whole);
}

function keywordStatement(
  sink: StatementSink,
  word: string,
  after: string,
  line: number,
  column: number,
  indent: string,
): StatementKind | undefined {
  const restColumn = column + word.length;
  if (word === 'participant' || word === 'actor') {
    parseDeclaration(sink, word, after, line, restColumn, false);
    return 'participant';
  }
  if (word === 'create') {
    const m = /^\s+(participant|actor)\b/i.exec(after);
    if (!m) return 'unknown';
    const keyword = m[1]!.toLowerCase() as 'participant' | 'actor';
    parseDeclaration(sink, keyword, after.slice(m[0].length), line, restColumn + m[0].length, true);
    return 'create';
  }
  if (word === 'destroy' || word === 'activate' || word === 'deactivate') {
    const { value, span } = trimmedSpan(after.split('#')[0]!, 0, line, restColumn);
    const ref = value ? sink.reference(value, span, word) : undefined;
    if (word === 'destroy') return 'destroy';
    sink.activation(word, line, ref);
    return 'activation';
  }
  if (BLOCK_KEYWORDS.has(word)) {
    sink.openBlock(word as BlockKind, after.trim(), line, indent);
    return 'block-start';
  }
  if (SECTION_KEYWORDS.has(word)) {
    sink.section(word as SectionKeyword, line, after.trim());
    return 'block-section';
  }
  if (word === 'end') {
    sink.closeBlock(line);
    return 'block-end';
  }
  if (word === 'note') return parseNote(sink, after, line, restColumn) ? 'note' : 'unknown';
  if (word === 'autonumber') return 'autonumber';
  if (word === 'title') return 'title';
  if (word === 'acctitle' || word === 'accdescr') return 'accessibility';
  return undefined;
}

/** `participant ID[@{…}] [as Alias]` — ids may hold spaces unless an `as` alias follows, as in mermaid. */
function parseDeclaration(
  sink: StatementSink,
  keyword: 'participant' | 'actor',
  rest: string,
  line: number,
  column: number,
  created: boolean,
): void {
  let idText: string;
  let idOffset = 0;
  let aliasText: string | undefined;
  let aliasOffset = 0;
  let shape: string | undefined;
  let configAlias: string | undefined;
  const withConfig = /^(\s*)([^<>:\n,;@\s]+)\s*@\{/.exec(rest);
  const withAlias = /^(\s*)([^<>:\n,;@\s]+)(\s+as\s+)/i.exec(rest);
  if (withConfig) {
    idText = withConfig[2]!;
    idOffset = withConfig[1]!.length;
    const close = rest.indexOf('}', withConfig[0].length);
    const config = rest.slice(withConfig[0].length, close < 0 ? undefined : close);
    shape = /"type"\s*:\s*"([^"]*)"/.exec(config)?.[1];
    configAlias = /"alias"\s*:\s*"([^"]*)"/.exec(config)?.[1];
    const tail = close < 0 ? '' : rest.slice(close + 1);
    const as = /^(\s+as\s+)/i.exec(tail);
    if (as) {
      aliasOffset = close + 1 + as[0].length;
      aliasText = tail.slice(as[0].length);
    }
  } else if (withAlias) {
    idText = withAlias[2]!;
    idOffset = withAlias[1]!.length;
    aliasOffset = withAlias[0].length;
    aliasText = rest.slice(aliasOffset);
  } else {
    idText = rest.split('#')[0]!;
  }
  const id = trimmedSpan(idText, idOffset, line, column);
  if (!id.value) return;
  const alias = aliasText === undefined ? undefined : trimmedSpan(aliasText.split('#')[0]!, aliasOffset, line, column);
  sink.reference(id.value, id.span, created ? 'create' : 'declaration');
  sink.declare(id.value, {
    keyword,
    span: id.span,
    created,
    alias: alias?.value || configAlias,
    aliasSpan: alias?.value ? alias.span : undefined,
    shape,
  });
}

/** `Note left of|right of|over A[, B]: text`. Returns false when the placement is missing. */
function parseNote(sink: StatementSink, rest: string, line: number, column: number): boolean {
  const m = /^\s+(left\s+of|right\s+of|over)\b/i.exec(rest);
  if (!m) return false;
  const placement = m[1]!.toLowerCase().replace(/\s+/, ' ') as NotePlacement;
  const colon = rest.indexOf(':', m[0].length);
  const names = rest.slice(m[0].length, colon < 0 ? undefined : colon);
  const participants: ParticipantReference[] = [];
  let offset = m[0].length;
  for (const part of names.split(',')) {
    const { value, span } = trimmedSpan(part, offset, line, column);
    if (value) participants.push(sink.reference(value, span, 'note'));
    offset += part.length + 1;
  }
  sink.note({
    line,
    placement,
    participants,
    text: colon < 0 ? undefined : rest.slice(colon + 1).trim(),
    textColumn: colon < 0 ? undefined : column + colon + 1,
  });
  return true;
}

/** `From[()]->>[+|-|()]To: text`, with the first arrow on the line deciding where the sender's name ends. */
function parseMessage(sink: StatementSink, text: string, line: number, column: number): boolean {
  const colonAt = text.indexOf(':');
  const limit = colonAt < 0 ? text.length : colonAt;
  for (let i = 1; i < limit; i++) {
    const arrow = arrowAt(text, i);
    if (!arrow) continue;
    const fromText = text.slice(0, i).replace(/\(\)\s*$/, '');
    const from = trimmedSpan(fromText, 0, line, column);
    if (!from.value) return false;
    let j = i + arrow.length;
    const mark = /^\s*(\+|-|\(\))?/.exec(text.slice(j, limit))!;
    const activation = mark[1] === '+' || mark[1] === '-' ? mark[1] : undefined;
    j += mark[0].length;
    const to = trimmedSpan(text.slice(j, limit), j, line, column);
    if (!to.value) return false;
    sink.message({
      line,
      from: sink.reference(from.value, from.span, 'message-from'),
      to: sink.reference(to.value, to.span, 'message-to'),
      arrow,
      arrowSpan: { line, start: column + i, end: column + i + arrow.length },
      activation,
      text: colonAt < 0 ? undefined : text.slice(colonAt + 1).trim(),
    });
    return true;
  }
  return false;
}
