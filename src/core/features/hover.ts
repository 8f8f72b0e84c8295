import type { Position, Range } from '../finding';
import { participantAt } from './participant-at';
import { spanRange, type ParsedDocument } from './parsed-document';

export interface HoverResult {
  readonly range: Range;
  /** Markdown text. */
  readonly markdown: string;
}

/** Hover on a participant: how it is declared (keyword, alias, line) and how many messages it sends and receives. */
export function hover(doc: ParsedDocument, position: Position): HoverResult | undefined {
  const hit = participantAt(doc, position);
  if (!hit) return undefined;
  const { participant, sequence, parsed } = hit;
  const declaration = participant.declarations[0];
  const toDocLine = (line: number) => parsed.diagram.startLine + line + 1;
  const parts: string[] = [];
  if (declaration) {
    const alias = declaration.alias ? ` — shown as **${declaration.alias}**` : '';
    const shape = declaration.shape ? ` (${declaration.shape})` : '';
    parts.push(`${declaration.created ? 'created ' : ''}${declaration.keyword}${shape} \`${participant.name}\`${alias}`);
    parts.push(`Declared on line ${toDocLine(declaration.span.line)}: \`${sequence.lines[declaration.span.line]!.trim()}\``);
  } else {
    parts.push(`participant \`${participant.name}\` (not declared: mermaid adds it where it is first used)`);
    parts.push(`First used on line ${toDocLine(participant.firstSpan.line)}: \`${sequence.lines[participant.firstSpan.line]!.trim()}\``);
  }
  const sends = sequence.messages.filter((m) => m.from.name === participant.name).length;
  const receives = sequence.messages.filter((m) => m.to.name === participant.name).length;
  parts.push(`Sends ${plural(sends, 'message')}, receives ${plural(receives, 'message')}.`);
  return { range: spanRange(parsed.diagram, hit.reference.span), markdown: parts.join('\n\n') };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
