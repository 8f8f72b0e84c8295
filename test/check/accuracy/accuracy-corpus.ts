import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';

/** The mermaid docs corpus beside the clone (CI has ../shared); never copied into the repo. */
export const CORPUS_DIR = resolve('..', 'shared', 'mermaid-corpus');

/** Our own small set, used when the shared corpus is absent. */
const FALLBACK: readonly string[] = [
  'sequenceDiagram\n    participant A as 订单服务\n    participant B as 库存服务\n    A->>B: 扣减库存\n    alt 库存足够\n        B-->>A: ok\n    else 不足\n        B-->>A: 409\n    end\n    Note over A,B: 事务结束',
  'flowchart TD\n    A[Start] --> B{Is it?}\n    B -- Yes --> C[OK]\n    C --> D[Rethink]\n    D --> B\n    B -- No ----> E[End]',
  '---\ntitle: Animals\n---\nclassDiagram\n    Animal <|-- Duck\n    Animal : +int age\n    class Duck{\n        +swim()\n    }',
  '%%{init: {"theme": "dark"}}%%\nstateDiagram-v2\n    [*] --> Still\n    Still --> Moving\n    Moving --> Crash\n    Crash --> [*]',
  'erDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER ||--|{ LINE-ITEM : contains',
  'gantt\n    dateFormat YYYY-MM-DD\n    title Plan\n    section A\n    Task one :a1, 2024-01-01, 30d\n    Task two :after a1, 20d',
  'pie title Pets\n    "Dogs" : 386\n    "Cats" : 85',
  'gitGraph\n    commit\n    branch develop\n    checkout develop\n    commit\n    checkout main\n    merge develop',
  'sequenceDiagram\n    %% the client retries\n    Client->>+Server: GET /a\n\n    %% two comments\n    Server-->>-Client: 200\n    loop every 5s\n        Client->>Server: ping\n    end',
  'journey\n    title My day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me',
  'mindmap\n  root((mindmap))\n    Origins\n      Long history\n    Research',
  'timeline\n    title History\n    2002 : LinkedIn\n    2004 : Facebook',
];

/** Every ```mermaid / ```mermaid-example fence of the corpus (deduplicated), or our fallback set. */
export function sourceDiagrams(): { readonly diagrams: string[]; readonly fromCorpus: boolean } {
  if (!existsSync(CORPUS_DIR)) return { diagrams: [...FALLBACK], fromCorpus: false };
  const md = new MarkdownIt({ html: true });
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) {
        for (const token of md.parse(readFileSync(path, 'utf8'), {})) {
          const lang = token.info.trim().split(/[\s{]/, 1)[0];
          if (token.type === 'fence' && (lang === 'mermaid' || lang === 'mermaid-example')) {
            const text = token.content.replace(/\n$/, '');
            if (text.trim() !== '' && !/^\s*(```|~~~)/m.test(text)) found.add(text);
          }
        }
      }
    }
  };
  walk(CORPUS_DIR);
  return { diagrams: [...found], fromCorpus: true };
}

/** Mutations that break diagrams the way authors do; each returns undefined when it does not apply. */
export const MUTATIONS: Record<string, (text: string) => string | undefined> = {
  'delete a line': (text) => {
    const lines = text.split('\n');
    const content = lines.map((l, i) => [l, i] as const).filter(([l], i) => i > 0 && l.trim() !== '' && !l.trim().startsWith('%%'));
    if (content.length < 2) return undefined;
    const [, victim] = content[Math.floor(content.length / 2)];
    return lines.filter((_, i) => i !== victim).join('\n');
  },
  'break an arrow': (text) => {
    const next = text.replace(/(-->>|->>|-->|==>|-\.->|--x|->|<\|--|\|\|--o\{)/, ' ~>~ ');
    return next === text ? undefined : next;
  },
  'unclose a block': (text) => {
    const lines = text.split('\n');
    const last = lines.map((l) => l.trim()).lastIndexOf('end');
    const brace = lines.map((l) => l.trim()).lastIndexOf('}');
    const at = last !== -1 ? last : brace;
    return at === -1 ? undefined : lines.filter((_, i) => i !== at).join('\n');
  },
  'move note text to the next line': (text) => {
    const match = /^(\s*)(Note (?:left of|right of|over) [^:\n]+:)\s*(\S[^\n]*)$/m.exec(text);
    if (!match) return undefined;
    return text.replace(match[0], `${match[1]}${match[2]}\n${match[1]}    ${match[3]}`);
  },
};

/** One way of writing a diagram in Markdown; `prefix` goes before every line, fences included. */
export interface FenceStyle {
  readonly name: string;
  readonly open: string;
  readonly close: string;
  readonly prefix: string;
  readonly crlf?: boolean;
  /** Untagged: only a diagram when its first meaningful line starts with a diagram keyword. */
  readonly untagged?: boolean;
}

export const FENCE_STYLES: readonly FenceStyle[] = [
  { name: '```mermaid', open: '```mermaid', close: '```', prefix: '' },
  { name: '~~~mermaid', open: '~~~mermaid', close: '~~~', prefix: '' },
  { name: '````mermaid {.x}', open: '````mermaid {.x}', close: '````', prefix: '' },
  { name: 'indented 3', open: '```mermaid', close: '```', prefix: '   ' },
  { name: 'list item', open: '```mermaid', close: '```', prefix: '  ' },
  { name: 'blockquote', open: '```mermaid', close: '```', prefix: '> ' },
  { name: 'CRLF', open: '```mermaid', close: '```', prefix: '', crlf: true },
  { name: 'untagged', open: '```', close: '```', prefix: '', untagged: true },
];

/** Ways of writing a diagram that must never be checked. */
export const TRAP_STYLES: ReadonlyArray<(text: string) => string> = [
  (t) => '```text\n' + t + '\n```',
  (t) => '```mermaid-example\n' + t + '\n```',
  // A diagram holding `-->` would end the comment early, so those are hidden in a text fence instead.
  (t) => (t.includes('-->') ? '```txt\n' + t + '\n```' : '<!--\n```mermaid\n' + t + '\n```\n-->'),
  (t) => t.split('\n').map((l) => '    ' + l).join('\n'),
  (t) => '`````markdown\n```mermaid\n' + t + '\n```\n`````',
  (t) => 'Inline: `' + t.split('\n')[0] + '` in prose.',
];

/** A Markdown note holding `diagrams` in one style, with the 0-based line where each diagram's text starts. */
export function noteOf(diagrams: readonly string[], style: FenceStyle): { text: string; starts: number[] } {
  const lines: string[] = ['# Generated note', ''];
  const starts: number[] = [];
  diagrams.forEach((diagram, i) => {
    if (style.name === 'list item') lines.push(`- diagram ${i}`, '');
    else lines.push(`Diagram ${i}:`, '');
    lines.push(style.prefix + style.open);
    starts.push(lines.length);
    for (const line of diagram.split('\n')) lines.push(line === '' && style.prefix === '> ' ? '>' : style.prefix + line);
    lines.push(style.prefix + style.close, '');
  });
  return { text: lines.join(style.crlf ? '\r\n' : '\n'), starts };
}
