import type { DiagramValidator } from './archlens-server';
import { sequenceWarnings } from '../core/sequence/sequence-warnings';

/** Our own sequence-diagram warnings: all a host without mermaid can check. */
export const sequenceWarningsValidator: DiagramValidator = async (diagram) =>
  diagram.kind === 'sequenceDiagram' ? sequenceWarnings(diagram.text) : [];
