// `npm test` fails on a lint or format error in the project's own code: its script runs `npm run lint`
// (ESLint, then Prettier's check) before vitest, and both, with the project's own configuration, refuse
// a source file with an error. Checked here through their APIs, on text that is never written anywhere.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const SOURCE = path.join(ROOT, 'src/engine/lintProbe.ts');

describe('npm test and the project’s lint', () => {
  it('runs ESLint and Prettier’s check over the whole project before the tests', () => {
    expect(pkg.scripts.test).toMatch(/&& npm run lint &&.*vitest run/);
    expect(pkg.scripts.lint).toBe('eslint . && prettier --check .');
  });

  it('ESLint, with the project’s configuration, reports an error in a source file', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    expect(await eslint.isPathIgnored(SOURCE)).toBe(false);
    const [clean] = await eslint.lintText('export const answer = 42;\n', { filePath: SOURCE });
    expect(clean.errorCount).toBe(0);
    const [broken] = await eslint.lintText('const unused = 1;\nexport const answer: any = 42;\n', { filePath: SOURCE });
    expect(broken.messages.map((message) => message.ruleId)).toEqual([
      '@typescript-eslint/no-unused-vars',
      '@typescript-eslint/no-explicit-any',
    ]);
    expect(broken.errorCount).toBe(2);
  }, 60_000);

  it('Prettier, with the project’s configuration, refuses a source file it would format differently', async () => {
    const info = await prettier.getFileInfo(SOURCE, { ignorePath: path.join(ROOT, '.prettierignore') });
    expect(info.ignored).toBe(false);
    const options = { ...(await prettier.resolveConfig(SOURCE)), filepath: SOURCE };
    expect(await prettier.check("export const answer = { a: 'x' };\n", options)).toBe(true);
    expect(await prettier.check('export const answer = {a: "x"}\n', options)).toBe(false);
  });
});
