// Fixed-seed fuzzing of fence finding (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/find-diagrams';

fixedSeedTests(target);
