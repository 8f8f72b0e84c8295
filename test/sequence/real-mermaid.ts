// The real mermaid parser, loaded the way the product loads it, for tests that must agree with it: a fix must
// re-validate, a warning must be about a diagram mermaid accepts.
import { loadMermaid } from '../../src/core/mermaid/load-mermaid';

/** mermaid's verdict on a diagram: undefined when valid, else its own error message. */
export async function mermaidError(text: string): Promise<string | undefined> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
