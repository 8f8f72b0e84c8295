import * as l10n from '../l10n/translations';
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
    const alias = declaration.alias ? l10n.t(' — shown as **{0}**', declaration.alias) : '';
    const shape = declaration.shape ? ` (${declaration.shape})` : '';
    const title = `${declaration.keyword}${shape} \`${participant.name}\`${alias}`;
    parts.push(declaration.created ? l10n.t('created {0}', title) : title);
    parts.push(l10n.t('Declared on line {0}: {1}', toDocLine(declaration.span.line), `\`${sequence.lines[declaration.span.line]!.trim()}\``));
  } else {
    parts.push(l10n.t('participant {0} (not declared: mermaid adds it where it is first used)', `\`${participant.name}\``));
    parts.push(l10n.t('First used on line {0}: {1}', toDocLine(participant.firstSpan.line), `\`${sequence.lines[participant.firstSpan.line]!.trim()}\``));
  }
  const sends = sequence.messages.filter((m) => m.from.name === participant.name).length;
  const receives = sequence.messages.filter((m) => m.to.name === participant.name).length;
  parts.push(l10n.t('Sends {0}, receives {1}.', messages(sends), messages(receives)));
  return { range: spanRange(parsed.diagram, hit.reference.span), markdown: parts.join('\n\n') };
}

function messages(n: number): string {
  return n === 1 ? l10n.t('1 message') : l10n.t('{0} messages', n);
}
