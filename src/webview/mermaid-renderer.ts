// Renders diagram text to SVG with the bundled mermaid, one diagram at a time (mermaid keeps global state
// per render), remembering results by theme and text so unchanged diagrams are never rendered twice, and
// skipping queued renders nobody wants any more (text typed over while an earlier render was running).
import mermaid from 'mermaid';
import { stateInsideItselfIssue } from '../core/mermaid/state-inside-itself';
import { outsideResourceLine } from './outside-resources';
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

  /**
   * Renders `text` (or returns the remembered picture); never throws. Resolves `undefined`, without rendering,
   * when `wanted()` says no once its turn comes: while the user types faster than mermaid draws, only the newest
   * text of a diagram is drawn instead of every keystroke in turn.
   */
  render(text: string, wanted: () => boolean = () => true): Promise<RenderOutcome | undefined> {
    const key = this.key(text);
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    const result = this.queue.then(async () => {
      // mermaid draws a diagram in one go without giving the event loop a turn, so updates the host sent
      // meanwhile are still waiting as events: let them land first, so `wanted` sees the newest text.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return wanted() ? this.renderNow(text) : undefined;
    });
    this.queue = result;
    return result.then((outcome) => {
      if (!outcome) return undefined;
      this.cache.set(key, outcome);
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      return outcome;
    });
  }

  private async renderNow(text: string): Promise<RenderOutcome> {
    const outside = outsideResourceLine(text);
    if (outside !== undefined) {
      return { ok: false, message: 'This diagram would load a file from outside the note (url(…) or @import in a style), which archlens never does: remove it to see the picture.', line: outside };
    }
    // mermaid's layout never returns on a state inside itself, and nothing can stop it once it runs: check first.
    const inside = await stateInsideItselfIssue(mermaid, text);
    if (inside) return { ok: false, message: inside.message, line: inside.line };
    const id = `archlens-svg-${this.nextId++}`;
    try {
      const { svg } = await mermaid.render(id, text);
      return { ok: true, svg };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Only on failure, ask mermaid's parser alone whether the text is at fault, so the user is not sent
      // hunting for a mistake in a diagram that has none.
      if (!(await parses(text))) return { ok: false, message: firstLines(message), line: parseErrorLine(message) };
      return { ok: false, message: `mermaid failed while drawing this diagram, which is valid (a mermaid bug, not a mistake in the note): ${firstLines(message) || 'no details'}`, line: undefined };
    } finally {
      // mermaid leaves its scratch element behind when a render fails.
      document.getElementById(`d${id}`)?.remove();
      document.getElementById(id)?.remove();
    }
  }
}

/** Whether mermaid's parser accepts `text` (never throws). */
async function parses(text: string): Promise<boolean> {
  try {
    return (await mermaid.parse(text, { suppressErrors: true })) !== false;
  } catch {
    return false;
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
