// File names for exported diagrams: named after the diagram's heading, so "TCP 三次握手.svg" lands next to the
// note instead of "diagram.svg". Free of `vscode` so it is unit-tested directly.
import type { PreviewDiagram } from '../../webview/protocol';

// Characters no common file system accepts, control characters, and path separators.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

/** `heading[-n].ext` for diagram `index` (n only when several diagrams share the heading). */
export function exportFileName(diagrams: readonly PreviewDiagram[], index: number, ext: 'svg' | 'png', fallback: string): string {
  const base = (d: PreviewDiagram | undefined) => sanitize(d?.heading ?? '') || sanitize(fallback) || 'diagram';
  const name = base(diagrams[index]);
  const same = diagrams.filter((d) => base(d) === name);
  const suffix = same.length > 1 ? `-${same.findIndex((d) => d.index === index) + 1}` : '';
  return `${name}${suffix}.${ext}`;
}

function sanitize(text: string): string {
  return text
    .replace(/[`*_~]/g, '') // Markdown emphasis in headings
    .replace(FORBIDDEN, ' ')
    .replace(/(^|\s)\.+(?=\s|$)/g, ' ') // `..` left over from a path
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim();
}
