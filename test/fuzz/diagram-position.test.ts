// Fixed-seed fuzzing of diagram ↔ document position mapping (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/diagram-position';

fixedSeedTests(target);
