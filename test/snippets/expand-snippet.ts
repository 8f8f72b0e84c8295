// Expands a VS Code snippet body the way accepting every default does, so tests check the exact text a user
// gets. Knows the syntax our generator emits; anything else (variables, nesting) is an error, not a guess.

/** A parsed snippet: its expansion with every default, and the tab stops it offers. */
export interface Expansion {
  text: string;
  tabStops: Map<number, { default: string; choices?: string[] }>;
  hasFinalCursor: boolean;
}

type Part = string | { ref: number };

/** Expands `body` (lines as in a .code-snippets file; leading tabs become `indent`). */
export function expandSnippet(body: string | string[], indent = '  '): Expansion {
  const lines = Array.isArray(body) ? body : body.split('\n');
  const text = lines.map((l) => l.replace(/^\t+/, (tabs) => indent.repeat(tabs.length))).join('\n');
  const tabStops: Expansion['tabStops'] = new Map();
  const parts: Part[] = [];
  let hasFinalCursor = false;
  let literal = '';
  const fail = (i: number, why: string): never => {
    throw new Error(`snippet syntax at offset ${i} (${JSON.stringify(text.slice(i, i + 20))}): ${why}`);
  };
  // Reads escaped text up to (not including) one of `stops`; returns [text, index of the stop]. As in VS Code,
  // a placeholder's default escapes `\ $ }`, a choice escapes `\ , |`; any other backslash is literal.
  const readUntil = (from: number, stops: string): [string, number] => {
    const escapable = stops === '}' ? '\\$}' : '\\,|';
    let out = '';
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && escapable.includes(text[i + 1] ?? '')) {
        out += text[++i];
      } else if (stops.includes(c)) {
        return [out, i];
      } else if (c === '$' && stops === '}') {
        fail(i, 'nested tab stops are not expected here');
      } else {
        out += c;
      }
    }
    return fail(from, 'unterminated placeholder');
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && '\\$}'.includes(text[i + 1] ?? '')) {
      literal += text[++i];
      continue;
    }
    if (c !== '$') {
      literal += c;
      continue;
    }
    parts.push(literal);
    literal = '';
    const simple = /^\$(\d+)/.exec(text.slice(i));
    if (simple) {
      const n = Number(simple[1]);
      if (n === 0) hasFinalCursor = true;
      else parts.push({ ref: n });
      i += simple[0].length - 1;
      continue;
    }
    const open = /^\$\{(\d+)([:|])/.exec(text.slice(i));
    if (!open) fail(i, 'only $N, ${N:default} and ${N|a,b|} are expected');
    const n = Number(open![1]);
    if (tabStops.has(n)) fail(i, `tab stop ${n} has two defaults`);
    let j = i + open![0].length;
    if (open![2] === ':') {
      const [value, end] = readUntil(j, '}');
      tabStops.set(n, { default: value });
      j = end;
    } else {
      const choices: string[] = [];
      for (;;) {
        const [value, end] = readUntil(j, ',|');
        choices.push(value);
        j = end + 1;
        if (text[end] === '|') break;
      }
      if (text[j] !== '}') fail(j, 'a choice must end with |}');
      tabStops.set(n, { default: choices[0], choices });
    }
    parts.push({ ref: n });
    i = j;
  }
  parts.push(literal);
  const expanded = parts
    .map((p) => {
      if (typeof p === 'string') return p;
      const stop = tabStops.get(p.ref);
      if (!stop) throw new Error(`$${p.ref} mirrors a tab stop that has no default`);
      return stop.default;
    })
    .join('');
  return { text: expanded, tabStops, hasFinalCursor };
}
