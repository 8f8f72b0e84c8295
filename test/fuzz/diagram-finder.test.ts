// Fixed-seed fuzzing of incremental diagram finding against a full scan (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/diagram-finder';

fixedSeedTests(target);
