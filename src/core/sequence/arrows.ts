import * as l10n from '../l10n/translations';

/**
 * Every message arrow mermaid's sequence lexer knows (mermaid 12), longest first so a scan that tries them in
 * order takes `-->>` before `-->` and `->`.
 */
export const SEQUENCE_ARROWS: readonly string[] = [
  '<<-->>', '<<->>',
  '-->>', '--|\\', '--|/', '--\\\\', '--//', '/|--', '\\|--', '//--', '\\\\--',
  '->>', '-->', '--x', '--)', '-|\\', '-|/', '-\\\\', '-//', '/|-', '\\|-', '//-', '\\\\-',
  '->', '-x', '-)',
];

/** The arrows worth offering in completion, with what each draws (in the user's language). */
export const arrowDescriptions = (): readonly { readonly arrow: string; readonly description: string }[] => [
  { arrow: '->>', description: l10n.t('Solid line with arrowhead (a call)') },
  { arrow: '-->>', description: l10n.t('Dotted line with arrowhead (a reply)') },
  { arrow: '->', description: l10n.t('Solid line without arrow') },
  { arrow: '-->', description: l10n.t('Dotted line without arrow') },
  { arrow: '-x', description: l10n.t('Solid line with a cross (a failed or lost message)') },
  { arrow: '--x', description: l10n.t('Dotted line with a cross') },
  { arrow: '-)', description: l10n.t('Solid line with an open arrow (async)') },
  { arrow: '--)', description: l10n.t('Dotted line with an open arrow (async)') },
  { arrow: '<<->>', description: l10n.t('Solid line with arrowheads at both ends') },
  { arrow: '<<-->>', description: l10n.t('Dotted line with arrowheads at both ends') },
];

/** The arrow starting at `index` of `text`, if any (`x` matches case-insensitively, as in mermaid). */
export function arrowAt(text: string, index: number): string | undefined {
  const first = text.charCodeAt(index);
  // Every arrow starts with `-`, `<`, `/` or `\`: most characters are ruled out without trying 26 arrows.
  if (first !== 45 && first !== 60 && first !== 47 && first !== 92) return undefined;
  for (const arrow of SEQUENCE_ARROWS) {
    if (text.startsWith(arrow, index)) return arrow;
    if (arrow.endsWith('x') && text.slice(index, index + arrow.length).toLowerCase() === arrow) {
      return text.slice(index, index + arrow.length);
    }
  }
  return undefined;
}
