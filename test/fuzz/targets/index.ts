// Every fuzz target, for the long run (scripts/fuzz.mjs).
import type { FuzzTarget } from '../fuzz-target';
import { target as checkDocument } from './check-document';
import { target as diagramFinder } from './diagram-finder';
import { target as diagramPosition } from './diagram-position';
import { target as findDiagrams } from './find-diagrams';
import { target as lineDocument } from './line-document';
import { target as lintRules } from './lint-rules';
import { target as quickFixes } from './quick-fixes';
import { target as sequenceParser } from './sequence-parser';

export const targets: readonly FuzzTarget[] = [findDiagrams, diagramFinder, lineDocument, diagramPosition, sequenceParser, quickFixes, checkDocument, lintRules];
