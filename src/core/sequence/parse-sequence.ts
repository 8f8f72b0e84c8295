import { parseStatement, type StatementSink } from './parse-statement';
import type {
  Activation,
  Block,
  BlockKind,
  BlockSection,
  Message,
  Note,
  Participant,
  ParticipantDeclaration,
  ParticipantReference,
  SequenceDocument,
  Statement,
} from './sequence-model';

interface OpenBlock {
  kind: BlockKind;
  label: string;
  startLine: number;
  endLine: number | undefined;
  sections: BlockSection[];
  indent: string;
  depth: number;
}

/**
 * Parses a sequence diagram's text (as `Diagram.text`: no fence, `\n` line ends) into participants, messages,
 * notes, activations and blocks with positions. Tolerant: it never throws, and marks what it cannot read as
 * `unknown` statements instead of stopping, so language features keep working while the author types.
 */
export function parseSequence(text: string): SequenceDocument {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const ignoredLines = new Set<number>();
  const headerLine = findHeader(lines, ignoredLines);
  const participants = new Map<string, { name: string; declarations: ParticipantDeclaration[]; firstSpan: Participant['firstSpan'] }>();
  const references: ParticipantReference[] = [];
  const messages: Message[] = [];
  const notes: Note[] = [];
  const activations: Activation[] = [];
  const blocks: OpenBlock[] = [];
  const open: OpenBlock[] = [];
  const statements: Statement[] = [];

  const sink: StatementSink = {
    reference(name, span, role) {
      const ref = { name, span, role };
      references.push(ref);
      if (!participants.has(name)) participants.set(name, { name, declarations: [], firstSpan: span });
      return ref;
    },
    declare(name, declaration) {
      participants.get(name)?.declarations.push(declaration);
    },
    message: (m) => messages.push(m),
    note: (n) => notes.push(n),
    activation: (kind, line, participant) => activations.push({ kind, line, participant }),
    openBlock(kind, label, line, indent) {
      const block: OpenBlock = { kind, label, startLine: line, endLine: undefined, sections: [], indent, depth: open.length };
      blocks.push(block);
      open.push(block);
    },
    section(keyword, line, label) {
      open.at(-1)?.sections.push({ keyword, line, label });
    },
    closeBlock(line) {
      const block = open.pop();
      if (block) block.endLine = line;
    },
    statement: (kind, span) => statements.push({ kind, span }),
  };

  if (headerLine !== undefined) {
    const header = lines[headerLine]!;
    const afterHeader = header.search(/sequenceDiagram/i) + 'sequenceDiagram'.length;
    statements.push({ kind: 'header', span: { line: headerLine, start: header.length - header.trimStart().length, end: afterHeader } });
    readLine(sink, header.slice(afterHeader), headerLine, afterHeader, '');
    let multiline: 'directive' | 'accDescr' | undefined;
    for (let line = headerLine + 1; line < lines.length; line++) {
      const raw = lines[line]!;
      const trimmed = raw.trim();
      if (multiline) {
        ignoredLines.add(line);
        if ((multiline === 'directive' && trimmed.includes('}%%')) || (multiline === 'accDescr' && trimmed.includes('}'))) {
          multiline = undefined;
        }
        continue;
      }
      if (trimmed.startsWith('%%') || trimmed.startsWith('#')) {
        ignoredLines.add(line);
        if (trimmed.startsWith('%%{') && !trimmed.includes('}%%')) multiline = 'directive';
        continue;
      }
      if (/^accDescr\s*\{/i.test(trimmed)) {
        ignoredLines.add(line);
        if (!trimmed.includes('}')) multiline = 'accDescr';
        continue;
      }
      readLine(sink, raw, line, 0, raw.slice(0, raw.length - raw.trimStart().length));
    }
  }

  return {
    headerLine,
    participants: [...participants.values()],
    references,
    messages,
    notes,
    activations,
    blocks: blocks.map((b): Block => ({ ...b })),
    statements,
    ignoredLines,
    lines,
  };
}

/**
 * Skips what mermaid skips before the diagram keyword (blank lines, front matter, `%%{…}%%` directives and
 * `%%` comments) and returns the line holding `sequenceDiagram`, if that is what the diagram is.
 */
function findHeader(lines: readonly string[], ignored: Set<number>): number | undefined {
  let line = 0;
  const skip = (until: (t: string) => boolean): void => {
    for (; line < lines.length; line++) {
      ignored.add(line);
      if (until(lines[line]!.trim())) return;
    }
  };
  while (line < lines.length && lines[line]!.trim() === '') line++;
  if (lines[line]?.trim() === '---') {
    ignored.add(line++);
    skip((t) => t === '---');
    line++;
  }
  for (; line < lines.length; line++) {
    const t = lines[line]!.trim();
    if (t === '') continue;
    if (t.startsWith('%%{')) {
      skip((s) => s.includes('}%%'));
      continue;
    }
    if (t.startsWith('%%')) {
      ignored.add(line);
      continue;
    }
    return /^sequenceDiagram\b/i.test(t) ? line : undefined;
  }
  return undefined;
}

/** Splits a line into its `;`-separated statements (an entity like `#59;` is not a separator) and reads each. */
function readLine(sink: StatementSink, text: string, line: number, column: number, indent: string): void {
  // Comments and accessibility text run to the end of the line: `;` does not split them.
  if (/^\s*(%%|acc(Title|Descr)\s*:)/i.test(text)) {
    const lead = text.length - text.trimStart().length;
    if (!text.trimStart().startsWith('%%')) parseStatement(sink, text.trimStart(), line, column + lead, indent);
    return;
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (!atEnd && (text[i] !== ';' || /#\w+$/.test(text.slice(start, i)))) continue;
    const part = text.slice(start, i);
    const lead = part.length - part.trimStart().length;
    if (part.trim() !== '' && !part.trimStart().startsWith('%%')) {
      parseStatement(sink, part.trimStart(), line, column + start + lead, indent);
    }
    start = i + 1;
  }
}
