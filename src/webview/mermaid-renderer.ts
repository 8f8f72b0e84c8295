// Renders diagram text to SVG with the bundled mermaid, one diagram at a time (mermaid keeps global state
// per render), remembering results by theme and text so unchanged diagrams are never rendered twice.
import mermaid from 'mermaid';
import { mermaidConfig, type ThemeKind } from './theme';

export type RenderOutcome =
  | { readonly ok: true; readonly svg: string }
  | { readonly ok: false; readonly message: string; /** 0-based line in the diagram text, if mermaid said. */ readonly line: number | undefined };

const CACHE_LIMIT = 200;

export class MermaidRenderer {
  private theme: ThemeKind | undefined;
  private readonly cache = new Map<string, RenderOutcome>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;

  /** Switches mermaid to a theme; later renders use it. */
  setTheme(theme: ThemeKind): void {
    if (theme === this.theme) return;
    this.theme = theme;
    mermaid.initialize(mermaidConfig(theme));
  }

  /** A key that changes whenever the picture for `text` would change. */
  key(text: string): string {
    return `${this.theme}\u0000${text}`;
  }

  /** Renders `text` (or returns the remembered picture); never throws. */
  render(text: string): Promise<RenderOutcome> {
    const key = this.key(text);
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    const result = this.queue.then(() => this.renderNow(text));
    this.queue = result;
    return result.then((outcome) => {
      this.cache.set(key, outcome);
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      return outcome;
    });
  }

  private async renderNow(text: string): Promise<RenderOutcome> {
    const id = `archlens-svg-${this.nextId++}`;
    try {
      const { svg } = await mermaid.render(id, text);
      return { ok: true, svg };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, message: firstLines(message), line: parseErrorLine(message) };
    } finally {
      // mermaid leaves its scratch element behind when a render fails.
      document.getElementById(`d${id}`)?.remove();
      document.getElementById(id)?.remove();
    }
  }
}

/** mermaid's parsers say "Parse error on line N" (1-based) or "… at line N". */
function parseErrorLine(message: string): number | undefined {
  const m = /\bline (\d+)/i.exec(message);
  return m ? Number(m[1]) - 1 : undefined;
}

/** The parser's first lines (what failed, with its caret), with jison's list of expected tokens cut short. */
function firstLines(message: string): string {
  return message
    .split('\n')
    .slice(0, 4)
    .map((line) => (line.length > 160 && line.startsWith('Expecting') ? line.replace(/^(.{0,120}',).*?(, got .*)$/, '$1 …$2') : line))
    .join('\n');
}
