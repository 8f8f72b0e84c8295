// Reads the generated .code-snippets files (JSON with a leading comment line) and the sources they come from.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface SnippetEntry {
  name: string;
  prefix: string;
  description: string;
  body: string[];
}

/** The entries of one generated snippet file, e.g. `typescript`. */
export function readSnippets(language: 'typescript' | 'javascript' | 'markdown' | 'mermaid'): SnippetEntry[] {
  const text = readFileSync(`snippets/${language}.code-snippets`, 'utf8');
  const json = JSON.parse(text.replace(/^\/\/.*\n/, '')) as Record<string, Omit<SnippetEntry, 'name'>>;
  return Object.entries(json).map(([name, e]) => ({ name, ...e }));
}

/** The pattern modules the TypeScript and JavaScript snippets are generated from. */
export function patternSources(): Array<{ name: string; path: string; text: string }> {
  return readdirSync('snippets/src')
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({ name: basename(f, '.ts'), path: join('snippets/src', f), text: readFileSync(join('snippets/src', f), 'utf8') }));
}

/** A module's text as the snippet expands with every default: the tab-stop marker comments removed. */
export const withoutMarkers = (text: string): string => text.replace(/\/\*\$\d+(?:\|[^|*]*\|)?\*\//g, '');
