import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { createTempProject, expectedMigration, type TempProject } from './fixtureProject';

const MAIN_RULE = 'mi-codemod/no-vm-extension-endpoint';
const CLIENT_JS = readFileSync(path.join(__dirname, 'fixture-project/src/client.js'), 'utf8');

interface EslintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: number;
  line: number;
  column: number;
  message: string;
}
interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
}

/** Messages by path relative to the project root, with forward slashes. */
function messagesByFile(project: TempProject, stdout: string): Record<string, EslintMessage[]> {
  const results = JSON.parse(stdout) as EslintResult[];
  return Object.fromEntries(
    results.map((result) => [path.relative(project.root, result.filePath).split(path.sep).join('/'), result.messages]),
  );
}

describe('the eslint CLI with mi-codemod/eslint-plugin in a flat config', () => {
  let project: TempProject;
  const originals: Record<string, Buffer> = {};

  beforeEach(() => {
    project = createTempProject();
    // Generated here rather than committed, so git's line-ending handling cannot touch the bytes.
    project.write('src/crlf.js', CLIENT_JS.replace(/\n/g, '\r\n'));
    project.write('src/bom.js', `\uFEFF${CLIENT_JS}`);
    for (const file of ['src/client.js', 'src/token.ts', 'src/decoys.js', 'src/manual.js', 'src/crlf.js', 'src/bom.js']) {
      originals[file] = project.read(file);
    }
  });
  afterEach(() => project.remove());

  it('reports legacy token requests (exit 1) and writes nothing', async () => {
    const { code, stdout, stderr } = await project.eslint(['--format', 'json', 'src']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const messages = messagesByFile(project, stdout);
    for (const file of ['src/client.js', 'src/crlf.js', 'src/bom.js']) {
      expect(messages[file]).toContainEqual(
        expect.objectContaining({ ruleId: MAIN_RULE, messageId: 'legacy-endpoint', severity: 2, line: 3 }),
      );
    }
    expect(messages['src/token.ts']).toContainEqual(expect.objectContaining({ ruleId: MAIN_RULE, messageId: 'legacy-endpoint', line: 7 }));
    expect(messages['src/decoys.js']).toEqual([]);
    expect(messages['src/manual.js']).toEqual([
      expect.objectContaining({ ruleId: MAIN_RULE, messageId: 'manual-review', severity: 2, line: 4, column: 24 }),
    ]);
    expect(messages['src/manual.js'][0]).not.toHaveProperty('fix');
    for (const [file, bytes] of Object.entries(originals)) expect(project.read(file).equals(bytes), file).toBe(true);
  });

  it('--fix writes exactly what the engine (and so mi-codemod) writes, byte for byte', async () => {
    const { stderr } = await project.eslint(['--fix', '--format', 'json', 'src']);
    expect(stderr).toBe('');
    for (const [file, bytes] of Object.entries(originals)) {
      const original = bytes.toString('utf8');
      const engineOutput = analyseFile(original, { filename: path.join(project.root, file) }).output;
      expect(project.read(file).toString('utf8'), file).toBe(engineOutput);
      const expected = file === 'src/manual.js' ? original : expectedMigration(original);
      expect(project.read(file).equals(Buffer.from(expected, 'utf8')), file).toBe(true);
    }
    expect(project.read('src/crlf.js').includes('\r\n')).toBe(true);
    expect(
      project
        .read('src/bom.js')
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    ).toBe(true);
  });

  it('after --fix, a second run reports only what needs a person', async () => {
    await project.eslint(['--fix', 'src']);
    const { stdout } = await project.eslint(['--format', 'json', 'src']);
    const remaining = Object.values(messagesByFile(project, stdout)).flat();
    expect(remaining.filter((message) => message.ruleId === MAIN_RULE).map((message) => message.messageId)).toEqual(['manual-review']);
    expect(remaining.filter((message) => message.ruleId === null)).toEqual([]);
  });

  it('loads from a CommonJS eslint.config.cjs too', async () => {
    project.write('package.json', JSON.stringify({ name: 'cjs-fixture', private: true }));
    project.write(
      'eslint.config.js',
      "const miCodemod = require('mi-codemod/eslint-plugin');\nconst tsParser = require('@typescript-eslint/parser');\n" +
        "module.exports = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, miCodemod.configs.recommended];\n",
    );
    const { code, stdout, stderr } = await project.eslint(['--format', 'json', 'src/client.js', 'src/token.ts']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const messages = messagesByFile(project, stdout);
    expect(messages['src/client.js']).toContainEqual(expect.objectContaining({ ruleId: MAIN_RULE, messageId: 'legacy-endpoint' }));
    expect(messages['src/token.ts']).toContainEqual(expect.objectContaining({ ruleId: MAIN_RULE, messageId: 'legacy-endpoint' }));
  });
});
