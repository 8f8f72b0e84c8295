// Fixed-seed fuzzing of the server's LineDocument against vscode-languageserver-textdocument (the long run is `npm run fuzz`).
import { fixedSeedTests } from './fixed-seed';
import { target } from './targets/line-document';

fixedSeedTests(target);
