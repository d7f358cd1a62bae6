import { Linter, RuleTester } from 'eslint';
import type { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { createRules, IMDS_ADVISORIES, NO_VM_EXTENSION_ENDPOINT } from '../../src/eslint/rules';
import { createFakeEngine } from './fakeEngine';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const MAIN = `fake/${NO_VM_EXTENSION_ENDPOINT}`;
const ADVISORIES = `fake/${IMDS_ADVISORIES}`;

function fakePlugin() {
  const engine = createFakeEngine();
  const plugin: ESLint.Plugin = { rules: createRules('https://example.test/readme', engine.analyse) };
  return { plugin, engine };
}

function lint(code: string, rules: Linter.RulesRecord, extra: Partial<Linter.Config> = {}, filename = 'file.js') {
  const { plugin, engine } = fakePlugin();
  const config: Linter.Config[] = [{ files: ['**/*.js', '**/*.ts'], plugins: { fake: plugin }, rules, ...extra }];
  const linter = new Linter();
  return {
    linter,
    config,
    engine,
    messages: linter.verify(code, config, filename),
    fixed: () => linter.verifyAndFix(code, config, filename),
  };
}

describe('RuleTester against a fake engine', () => {
  const { plugin } = fakePlugin();
  const ruleTester = new RuleTester();
  ruleTester.run(NO_VM_EXTENSION_ENDPOINT, plugin.rules![NO_VM_EXTENSION_ENDPOINT], {
    valid: [
      { code: 'const clean = "IMDS";', filename: 'clean.js' },
      { code: 'const advisory = "SLOW";', filename: 'advisory.js' },
      { code: 'const broken = "SYNTAX";', filename: 'parse-error.js' },
    ],
    invalid: [
      {
        name: 'one whole-file fix covers every finding in one pass',
        code: 'const a = "OLD";\nconst b = "OLD";',
        filename: 'two.js',
        output: 'const a = "NEW";\nconst b = "NEW";',
        errors: [
          { messageId: 'legacy-endpoint', data: { message: 'legacy-endpoint at 11' }, line: 1, column: 12, endLine: 1, endColumn: 15 },
          { messageId: 'legacy-endpoint', data: { message: 'legacy-endpoint at 28' }, line: 2, column: 12, endLine: 2, endColumn: 15 },
        ],
      },
      {
        name: 'manual-review findings are reported without a fix of their own',
        code: 'call("OLD", "TODO");',
        filename: 'mixed.js',
        output: 'call("NEW", "TODO");',
        errors: [{ messageId: 'legacy-endpoint' }, { messageId: 'manual-review', line: 1, column: 14 }],
      },
      {
        name: 'a blocked file gets no fix at all',
        code: 'call("OLD", "BLOCK");',
        filename: 'blocked.js',
        output: null,
        errors: [{ messageId: 'legacy-endpoint' }],
      },
      {
        name: 'apiVersion option reaches the engine',
        code: 'call("OLD");',
        filename: 'version.js',
        options: [{ apiVersion: '2019-08-15' }],
        output: 'call("NEW2019-08-15");',
        errors: [{ messageId: 'legacy-endpoint' }],
      },
      {
        name: 'settings["mi-codemod"].apiVersion reaches the engine',
        code: 'call("OLD");',
        filename: 'settings.js',
        settings: { 'mi-codemod': { apiVersion: '2021-02-01' } },
        output: 'call("NEW2021-02-01");',
        errors: [{ messageId: 'legacy-endpoint' }],
      },
      {
        name: 'TypeScript through @typescript-eslint/parser',
        code: 'const url: string = "OLD";\nexport type Token = { value: string };',
        filename: 'typed.ts',
        languageOptions: { parser: tsParser },
        output: 'const url: string = "NEW";\nexport type Token = { value: string };',
        errors: [{ messageId: 'legacy-endpoint', line: 1, column: 22 }],
      },
      {
        name: 'an engine whose edits disagree with its output: the output wins',
        code: 'call("OLD", "SKEW");',
        filename: 'skew.js',
        output: 'call("NEW", "SKEWED");',
        errors: [{ messageId: 'legacy-endpoint' }],
      },
    ],
  });
});

describe('ESLint adapter', () => {
  it('splits findings by engine severity: errors in one rule, advisories in the other', () => {
    const { messages } = lint('call("OLD", "SLOW", "DEAD");', { [MAIN]: 'error', [ADVISORIES]: 'warn' });
    expect(messages.map((message) => [message.ruleId, message.messageId, message.severity])).toEqual([
      [MAIN, 'legacy-endpoint', 2],
      [ADVISORIES, 'no-timeout', 1],
      [ADVISORIES, 'dead-port-config', 1],
    ]);
    expect(messages.map((message) => message.fix !== undefined)).toEqual([true, false, true]);
  });

  it('runs the engine once per file and lint pass even with both rules on', () => {
    const { engine } = lint('call("OLD", "SLOW");', { [MAIN]: 'error', [ADVISORIES]: 'warn' });
    expect(engine.calls).toHaveLength(1);
  });

  it('the main rule alone still fixes the advisory edits (a file gets all its edits or none)', () => {
    const { fixed } = lint('call("OLD", "DEAD");', { [MAIN]: 'error' });
    expect(fixed()).toMatchObject({ fixed: true, output: 'call("NEW", "GONE");', messages: [] });
  });

  it('both rules together fix the file to exactly the engine output', () => {
    const { fixed, engine } = lint('call("OLD", "DEAD", "OLD");\n', { [MAIN]: 'error', [ADVISORIES]: 'warn' });
    const result = fixed();
    expect(result.output).toBe(engine.analyse('call("OLD", "DEAD", "OLD");\n', { filename: 'file.js' }).output);
    expect(result.messages).toEqual([]);
  });

  it('gives the engine BOM-less text and keeps the BOM in the fixed output', () => {
    const { fixed, engine, messages } = lint('\uFEFFconst a = "OLD";\r\n', { [MAIN]: 'error' });
    expect(engine.calls[0].text).toBe('const a = "OLD";\r\n');
    expect(messages[0]).toMatchObject({ line: 1, column: 12 });
    expect(fixed().output).toBe('\uFEFFconst a = "NEW";\r\n');
  });

  it('does not report the engine parse-error (ESLint reports syntax errors itself)', () => {
    const { messages } = lint('const bad = "SYNTAX";', { [MAIN]: 'error', [ADVISORIES]: 'warn' });
    expect(messages).toEqual([]);
  });

  it('passes the real filename, and a .js name for text without one', () => {
    const typed = lint('x("OLD")', { [MAIN]: 'error' }, {}, 'dir/typed.ts');
    expect(typed.engine.calls[0].options.filename).toMatch(/dir[\\/]typed\.ts$/);
    const { plugin, engine } = fakePlugin();
    new Linter().verify('x("OLD")', [{ plugins: { fake: plugin }, rules: { [MAIN]: 'error' } }]);
    expect(engine.calls[0].options.filename).toMatch(/\.js$/);
  });

  it('rejects an apiVersion that IMDS does not serve for identity', () => {
    expect(() => lint('x()', { [MAIN]: ['error', { apiVersion: '2019-08-01' }] })).toThrow(/apiVersion|allowed values/);
    expect(() => lint('x()', { [MAIN]: ['error', { port: 50342 }] })).toThrow(/additional properties/i);
  });
});
