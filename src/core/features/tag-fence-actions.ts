import * as l10n from '../l10n/translations';
import type { Range } from '../finding';
import { tagFenceEdit } from '../fixes/tag-fence';
import type { CodeActionEntry } from './code-action';
import type { ParsedDocument } from './parsed-document';

/**
 * "Tag this fence as mermaid" for an untagged diagram fence under the cursor (so GitHub and VS Code's preview
 * render it), and "Tag all N untagged diagram fences in this file" when there are several.
 */
export function tagFenceActions(doc: ParsedDocument, range: Range): CodeActionEntry[] {
  const untagged = doc.diagrams.filter((d) => d.diagram.fence && !d.diagram.fence.tagged);
  const actions: CodeActionEntry[] = [];
  for (const { diagram } of untagged) {
    const fence = diagram.fence!;
    const end = fence.closeLine ?? diagram.startLine + diagram.lineStarts.length - 1;
    if (range.end.line < fence.openLine || range.start.line > end) continue;
    const edit = tagFenceEdit(diagram);
    if (edit) actions.push({ title: l10n.t('Tag this fence as mermaid'), kind: 'quickfix', edits: [edit], fixes: 'untagged-fence', isPreferred: true });
  }
  if (untagged.length > 1 && actions.length > 0) actions.push(tagAllAction(doc)!);
  return actions;
}

/** The whole-file action that tags every untagged diagram fence; undefined when there is none. */
export function tagAllAction(doc: ParsedDocument): CodeActionEntry | undefined {
  const edits = doc.diagrams.flatMap((d) => tagFenceEdit(d.diagram) ?? []);
  if (edits.length === 0) return undefined;
  const title = edits.length === 1 ? l10n.t('Tag the untagged diagram fence in this file as mermaid') : l10n.t('Tag all {0} untagged diagram fences in this file as mermaid', edits.length);
  return { title, kind: 'quickfix', edits };
}
