import { describe, expect, it } from 'vitest';
import { isCleanPathIgnoredByDefault, isIgnoredByDefault } from '../../src/files/defaultIgnores';

describe('isCleanPathIgnoredByDefault', () => {
  it('agrees with isIgnoredByDefault on every path git can print', () => {
    const directories = [
      '',
      'src/',
      'node_modules/',
      'a/node_modules/b/',
      'dist/',
      'src/dist/',
      'build/',
      'vendor/',
      'coverage/',
      '.git/',
      'x/.git/',
      'distance/',
      'builder/',
      'my-vendor/',
      'node_modules2/',
      '.gitx/',
    ];
    const names = [
      'a.ts',
      'dist',
      'app.min.js',
      'app.min.mjs',
      'APP.MIN.CJS',
      'app.min.ts',
      'min.js',
      '.min.js',
      'node_modules',
      'vendor.js',
    ];
    for (const directory of directories) {
      for (const name of names) {
        const file = directory + name;
        expect([file, isCleanPathIgnoredByDefault(file)]).toEqual([file, isIgnoredByDefault(file)]);
      }
    }
  });
});
