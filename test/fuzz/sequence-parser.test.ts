// Fixed-seed fuzzing of the tolerant sequence parser (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/sequence-parser';

fixedSeedTests(target);
