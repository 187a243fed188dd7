// ESLint's recommended rules and typescript-eslint's, over the sources, tests and scripts.
// Unused names are errors unless they start with "_" (an argument a callback's signature requires).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/integration/workspace/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain JavaScript files run in Node.
  {
    files: ['**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  // The launcher is CommonJS, as Node runs a package's bin without a build step.
  { files: ['bin/**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
