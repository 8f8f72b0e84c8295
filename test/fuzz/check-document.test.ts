// Fixed-seed fuzzing of checkDocument with the real mermaid (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/check-document';

fixedSeedTests(target);
