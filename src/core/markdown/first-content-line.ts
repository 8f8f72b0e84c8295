/**
 * Index of the first line mermaid would read as diagram content: after a leading `---` front-matter block,
 * blank lines, `%%` comment lines and `%%{…}%%` directives (which may span lines). Undefined when there is none.
 */
export function firstContentLine(lines: readonly string[]): number | undefined {
  let i = 0;
  // Mermaid only takes front matter when the very first line opens it (indentation allowed).
  const opening = /^([ \t]*)---\s*$/.exec(lines[0] ?? '');
  if (opening) {
    const closing = opening[1] + '---';
    const close = lines.findIndex((line, j) => j > 0 && line.startsWith(closing) && line.slice(closing.length).trim() === '');
    if (close === -1) return undefined;
    i = close + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (line.startsWith('%%{')) {
      // Skip to the line that closes the directive.
      while (i < lines.length && !lines[i].includes('}%%')) i++;
      continue;
    }
    if (line.startsWith('%%')) continue;
    return i;
  }
  return undefined;
}
