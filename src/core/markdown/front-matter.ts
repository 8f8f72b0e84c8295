import { documentLines } from './document-lines';

/** Number of lines taken by YAML front matter (`---` … `---` or `...`) at the top of a note; 0 if none. */
export function frontMatterLineCount(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === '---' || line === '...') return i + 1;
  }
  return 0;
}

/**
 * The Markdown with its front matter lines blanked (not cut), so markdown-it neither reads the YAML as
 * Markdown (a `---` under `title: x` is a setext heading) nor shifts the document's line numbers.
 */
export function withoutFrontMatter(markdown: string): string {
  const lines = documentLines(markdown);
  const count = frontMatterLineCount(lines);
  return count === 0 ? markdown : '\n'.repeat(count) + lines.slice(count).join('\n');
}
