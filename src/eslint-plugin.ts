// Entry for ESLint users: `import archlens from 'archlens/eslint-plugin'`. Built to CommonJS so that
// `module.exports` is the plugin itself and both `require` and `import` find it.
import { plugin } from './core/lint/plugin';

export = plugin;
