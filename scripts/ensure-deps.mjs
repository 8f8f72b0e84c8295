// `npm test` and `npm start` must work in a fresh clone: install the locked dependencies first when they are
// missing (a no-op when node_modules already matches the lockfile's packages).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/esbuild')) {
  console.log('archlens: installing dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
