// The real mermaid parser for tests that must agree with it: a fix must re-validate, a warning must be about
// a diagram mermaid accepts. Loaded once per test process (mermaid takes seconds to import).
import { Window } from 'happy-dom';

type Mermaid = { parse(text: string): Promise<unknown>; initialize(config: object): void };
let loading: Promise<Mermaid> | undefined;

function load(): Promise<Mermaid> {
  loading ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    if (!g.document) {
      const window = new Window();
      g.window = window;
      g.document = window.document;
      for (const name of ['DOMParser', 'Element', 'HTMLElement', 'Node']) g[name] ??= (window as unknown as Record<string, unknown>)[name];
    }
    const objectCtor = Object as unknown as Record<string, unknown>;
    objectCtor.groupBy ??= (items: Iterable<unknown>, key: (x: unknown, i: number) => PropertyKey) => {
      const groups: Record<PropertyKey, unknown[]> = Object.create(null);
      let i = 0;
      for (const item of items) (groups[key(item, i++)] ??= []).push(item);
      return groups;
    };
    const mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
    mermaid.initialize({ startOnLoad: false });
    return mermaid;
  })();
  return loading;
}

/** mermaid's verdict on a diagram: undefined when valid, else its error message. */
export async function mermaidError(text: string): Promise<string | undefined> {
  const mermaid = await load();
  try {
    await mermaid.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
