// Finds where a diagram asks the browser to load something from outside: a CSS `url(…)`, `@import` or
// `image-set(…)` in the places mermaid turns into CSS or paint (init directives, front-matter config, `style`,
// `classDef`, `linkStyle`, `cssClass`, and the colours of sequence `rect`/`box`). Our panel's CSP would block
// such a load, but VS Code's Markdown preview allows https: images, styles and fonts, and mermaid passes these
// through, so a note copied from the web could make the preview call a tracking server. archlens draws no
// such diagram (it shows why instead), in both places.

/** Statements whose arguments mermaid copies into CSS or SVG paint attributes. */
const STYLE_STATEMENT = /^\s*(style|classDef|linkStyle|cssClass|rect|box)\b/i;
/** A CSS function or at-rule that fetches. */
const FETCHING_CSS = /\burl\s*\(|@import\b|\bimage-set\s*\(|\bimage\s*\(|\bsrc\s*\(/i;

/** The 0-based line of the diagram text that would load an outside resource, or undefined if none does. */
export function outsideResourceLine(text: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  let inFrontMatter = lines[0]?.trim() === '---';
  let inDirective = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && inFrontMatter && line.trim() === '---') inFrontMatter = false;
    if (/%%\s*\{/.test(line)) inDirective = true;
    const styled = inFrontMatter || inDirective || STYLE_STATEMENT.test(line);
    if (/\}\s*%%/.test(line)) inDirective = false;
    if (styled && FETCHING_CSS.test(decodeCssEscapes(line))) return i;
  }
  return undefined;
}

/** CSS reads `u\72l(` and `\75 rl(` as `url(`: undo escapes before looking. */
function decodeCssEscapes(text: string): string {
  return text
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/g, '$1')
    .replace(/\/\*.*?\*\//g, '');
}
