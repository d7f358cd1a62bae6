// The project's own lint: typescript-eslint's recommended rules over src, transforms, test and bench.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '__testfixtures__/**',
      'examples/**',
      'test/**/fixtures/**',
      'test/behaviour/cases/**',
      'test/behaviour/.out/**',
      'test/behaviour/known-good/**',
      'test/eslint/fixture-project/**',
      'bench/.tree*/**',
      'transforms/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
