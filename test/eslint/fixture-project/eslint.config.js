import tsParser from '@typescript-eslint/parser';
import miCodemod from 'mi-codemod/eslint-plugin';

export default [
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } },
  miCodemod.configs.recommended,
];
