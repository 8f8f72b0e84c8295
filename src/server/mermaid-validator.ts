import type { Diagram } from '../core/markdown/diagram';
import type { DiagramValidator } from './archlens-server';
import { cachedVerdict, validateDiagram } from '../core/mermaid/validate-diagram';
import { sequenceWarningsOf } from './validators';

/** mermaid's own verdict (lazy-loaded, cached by diagram text) followed by our sequence-diagram warnings. */
export const mermaidValidator: DiagramValidator = Object.assign(
  async (diagram: Diagram) => {
    const error = await validateDiagram(diagram.text);
    return [...(error ? [error] : []), ...sequenceWarningsOf(diagram)];
  },
  {
    /** The same issues from the verdict cache, or 'pending' while mermaid has not judged this text yet. */
    known: (diagram: Diagram) => {
      const error = cachedVerdict(diagram.text);
      return error === 'pending' ? 'pending' : [...(error ? [error] : []), ...sequenceWarningsOf(diagram)];
    },
  },
);
