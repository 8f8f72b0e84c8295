import * as l10n from '../core/l10n/translations';
import { checkDocument } from '../core/check/check-document';
import { applyEdits, tagAllFencesEdits } from '../core/fixes/tag-fence';
import type { FileChecker } from './file-checkers';

/** Markdown notes: every diagram, tagged or not; `--fix` tags untagged diagram fences as mermaid. */
export const markdownChecker: FileChecker = {
  extensions: ['.md', '.markdown'],
  check: (text) => checkDocument(text, { languageId: 'markdown' }),
  fix(text) {
    const edits = tagAllFencesEdits(text);
    if (edits.length === 0) return undefined;
    return {
      text: applyEdits(text, edits),
      changes: edits.map((e) => l10n.t('line {0}: tagged the diagram fence as mermaid', e.range.start.line + 1)),
    };
  },
};

/** Whole-file diagrams. */
export const mermaidFileChecker: FileChecker = {
  extensions: ['.mmd', '.mermaid'],
  check: (text) => checkDocument(text, { languageId: 'mermaid' }),
};
