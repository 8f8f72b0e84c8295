// Fixed-seed fuzzing of quick fixes and tag-fence edits (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/quick-fixes';

fixedSeedTests(target);
