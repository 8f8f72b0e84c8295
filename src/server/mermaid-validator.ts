import type { DiagramValidator } from './archlens-server';
import { validateDiagram } from '../core/mermaid/validate-diagram';
import { sequenceWarningsValidator } from './validators';

/** mermaid's own verdict (lazy-loaded, cached by diagram text) followed by our sequence-diagram warnings. */
export const mermaidValidator: DiagramValidator = async (diagram) => {
  const error = await validateDiagram(diagram.text);
  return [...(error ? [error] : []), ...(await sequenceWarningsValidator(diagram))];
};
