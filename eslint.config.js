// Lint: TypeScript's recommended rules, Astro's, and the project's one structural rule: imports go one
// way between the layers of src/ (ARCHITECTURE.md explains them). `npm run lint` runs it; so does CI.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

export default tseslint.config(
  { ignores: ['dist*/**', '.work/**', 'bench-out/**', 'test-results/**', 'node_modules/**', '.astro/**', 'public/**', 'tests/gold/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { layers },
    rules: {
      'layers/direction': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Ingest's job includes finding and removing control characters (decode, repair-text, url-policy):
      // regular expressions that name them are the point, not a mistake.
      'no-control-regex': 'off',
    },
  },
);
