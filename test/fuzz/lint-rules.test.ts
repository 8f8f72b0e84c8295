// Fixed-seed fuzzing of the three lint rules in ESLint's real Linter (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/lint-rules';

fixedSeedTests(target);
