import MarkdownIt from 'markdown-it';
import { stripBom } from './document-lines';
import { withoutFrontMatter } from './front-matter';

/** A Markdown heading (ATX `#` or setext) and where it is. */
export interface Heading {
  /** 0-based document line of the heading's first line. */
  readonly line: number;
  /** 1–6. */
  readonly level: number;
  /** The heading text as written, without `#` markers. */
  readonly text: string;
}

const markdown = new MarkdownIt({ html: true });
markdown.core.ruler.enableOnly(['normalize', 'block']);

/** Every heading of a Markdown document in order (headings inside fences or HTML comments are not headings). */
export function findHeadings(text: string): Heading[] {
  const tokens = markdown.parse(withoutFrontMatter(stripBom(text).text), {});
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || !token.map) return;
    headings.push({ line: token.map[0], level: Number(token.tag.slice(1)), text: tokens[i + 1]?.content.trim() ?? '' });
  });
  return headings;
}

/** The last heading that starts above `line`, if any. */
export function nearestHeading(headings: readonly Heading[], line: number): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of headings) {
    if (heading.line >= line) break;
    found = heading;
  }
  return found;
}
