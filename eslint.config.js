// ESLint flat config: typescript-eslint's recommended rules (type-aware where they need
// types) for .ts/.mjs, eslint-plugin-astro's for .astro. Formatting is Prettier's job
// (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', '.tmp/', '.bench/', '.corpus/', '.screenshots/', 'node_modules/', 'coverage/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // The portal's guards match control characters on purpose (the content gate refuses
      // them, XML output drops them, URL schemes are read without them, tests strip ANSI
      // colour codes from build logs): a regular expression over them is the point here.
      'no-control-regex': 'off',
      // Character classes that list a combining mark on its own on purpose (U+0335, which
      // the search index reserves for đ; the range of combining diacritics): the rule's
      // concern, a letter and its mark read as one character, does not arise.
      'no-misleading-character-class': 'off',
      // `_`-prefixed parameters and variables are deliberately unused (callback signatures, destructuring to omit a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code: the client scripts and the scripts of .astro pages.
    files: ['src/client/**/*.ts', '**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
