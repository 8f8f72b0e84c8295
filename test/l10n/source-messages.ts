// The English messages archlens's source asks to translate: the first argument of every `l10n.t(…)` /
// `vscode.l10n.t(…)` call under src/, read as a string literal. A call whose first argument is not a literal is
// reported, so a message cannot slip past the key check by being built at run time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

export interface SourceMessages {
  /** Every literal message, mapped to the first file that uses it. */
  readonly messages: Map<string, string>;
  /** `file:line` of calls whose message is not a literal. */
  readonly dynamic: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// A call, then its first argument: a quoted literal, or anything else (reported as dynamic).
// Template literals count as literals only without `${…}` (a message with a hole in it is not a key).
const CALL = /\bl10n\.t\(\s*(?:('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`)|([^\s)]))/g;

/** Scans `root` (default src/) for translated messages. */
export function sourceMessages(root = 'src'): SourceMessages {
  const messages = new Map<string, string>();
  const dynamic: string[] = [];
  for (const file of walk(root)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(CALL)) {
      if (match[1] !== undefined) {
        const message = runInNewContext(match[1]) as string; // a JS string literal, unescaped
        if (!messages.has(message)) messages.set(message, file);
      } else if (!/\/\/ l10n: dynamic\b/.test(lineOf(text, match.index!))) {
        dynamic.push(`${file}:${text.slice(0, match.index).split('\n').length}`);
      }
    }
  }
  return { messages, dynamic };
}

function lineOf(text: string, index: number): string {
  return text.slice(text.lastIndexOf('\n', index) + 1, text.indexOf('\n', index) === -1 ? undefined : text.indexOf('\n', index));
}
