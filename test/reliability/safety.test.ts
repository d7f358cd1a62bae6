// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// The tool reads the scanned tree as text only: it never runs, requires or imports a file from it,
// never takes configuration from it, and never opens a network connection of its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { legacyLine, makeTempDir, migratedLine, PRELOADS, readLog, runCli, writeTree } from './support/cli';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** JavaScript that, if it ever ran, would leave a marker file named `name` in `markers`, then throw. */
function booby(markers: string, name: string): string {
  return [
    `require('fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');`,
    `${legacyLine(`token_${name.replace(/\W/g, '_')}`)}`,
    `throw new Error('${name} was executed');`,
    '',
  ].join('\n');
}

/** A tree full of files that tools commonly load or run, each a trap, plus configuration that would change the output. */
function trappedTree(markers: string): Record<string, string> {
  const traps = [
    'index.js',
    'eslint.config.js',
    'eslint.config.mjs',
    '.eslintrc.js',
    '.eslintrc.cjs',
    'babel.config.js',
    'prettier.config.js',
    'jest.config.js',
    'webpack.config.js',
    '.mi-codemodrc.js',
    '.mi-codemodrc.cjs',
    'mi-codemod.config.js',
    'node_modules/axios/index.js',
    'node_modules/got/dist/source/index.js',
    'src/plugin.cjs',
  ];
  const files: Record<string, string> = Object.fromEntries(traps.map((name) => [name, booby(markers, name)]));
  files['vitest.config.ts'] =
    `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(path.join(markers, 'vitest.config.ts'))}, 'ran');\n${legacyLine('v')}\n`;
  files['src/app.ts'] = `import axios from 'axios';\nimport './plugin.cjs';\n${legacyLine('app')}\n`;
  const marker = (name: string): string => `node -e "require('fs').writeFileSync('${path.join(markers, name)}','ran')"`;
  files['package.json'] = JSON.stringify(
    {
      name: 'trapped',
      main: 'index.js',
      scripts: {
        preinstall: marker('preinstall'),
        postinstall: marker('postinstall'),
        prepare: marker('prepare'),
        test: marker('test'),
        'mi-codemod': marker('script'),
      },
      'mi-codemod': { apiVersion: '2019-08-01', require: './index.js' },
      eslintConfig: { plugins: ['./src/plugin.cjs'] },
    },
    null,
    2,
  );
  files['.mi-codemodrc.json'] = JSON.stringify({ apiVersion: '2019-08-01', plugins: ['./index.js'] });
  files['.mi-codemodrc'] = 'apiVersion: 2019-08-01\n';
  files['tsconfig.json'] = JSON.stringify({ extends: './index.js', compilerOptions: { plugins: [{ name: './src/plugin.cjs' }] } });
  files['.env'] = `NODE_OPTIONS=--require ./index.js\nMI_CODEMOD_API_VERSION=2019-08-01\n`;
  files['.npmrc'] = `node-options=--require ./index.js\n`;
  return files;
}

interface LoadRecord {
  op: string;
  request?: string;
  resolved?: string;
  command?: string;
  args?: string[];
}

describe('the scanned tree is data, never code', () => {
  it.each([[['--check', '--format', 'json']], [['--dry']], [['--format', 'sarif']], [[]]])(
    'no file from it is run, required or imported, and no configuration in it is used (%j)',
    (args: string[]) => {
      const markers = tempDir('mi-rel-markers-');
      const logs = tempDir('mi-rel-logs-');
      const root = tempDir('mi-rel-trap-');
      writeTree(root, trappedTree(markers));
      const loadLog = path.join(logs, 'loads.jsonl');
      const networkLog = path.join(logs, 'network.jsonl');

      const result = runCli(root, [...args, '.'], {
        preloads: ['record-loads.cjs', 'no-network.cjs'],
        env: { MI_LOAD_LOG: loadLog, MI_NETWORK_LOG: networkLog },
      });

      expect(result.stderr).not.toMatch(/internal error|was executed/);
      expect(fs.readdirSync(markers)).toEqual([]);
      const loads = readLog<LoadRecord>(loadLog);
      expect(loads.length).toBeGreaterThan(0); // the recorder works
      expect(loads.filter((record) => (record.resolved ?? '').startsWith(root))).toEqual([]);
      expect([...new Set(loads.filter((record) => record.command).map((record) => record.command))]).toEqual(['git']);
      expect(readLog(networkLog)).toEqual([]);
      // The tree's .mi-codemodrc / package.json asked for App Service's api-version: ignored.
      expect(result.stdout).not.toContain('2019-08-01');
      if (args.length === 0) {
        expect(fs.readFileSync(path.join(root, 'src/app.ts'), 'utf8')).toBe(
          `import axios from 'axios';\nimport './plugin.cjs';\n${migratedLine('app')}\n`,
        );
      }
    },
  );

  it('git run by the tool does not execute commands configured in the scanned repository (core.fsmonitor)', () => {
    // `git ls-files` and `git status` run the core.fsmonitor command of the repository they look at.
    const markers = tempDir('mi-rel-markers-');
    const root = tempDir('mi-rel-git-');
    writeTree(root, { 'a.ts': `${legacyLine('a')}\n` });
    const git = (...args: string[]): void => {
      const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
    };
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'initial');
    const monitor = path.join(markers, 'monitor.sh');
    fs.writeFileSync(monitor, `#!/bin/sh\necho ran >> ${JSON.stringify(path.join(markers, 'FSMONITOR_RAN'))}\nexit 1\n`, { mode: 0o755 });
    git('config', 'core.fsmonitor', monitor);
    for (const args of [['--check', '.'], ['.']]) {
      const result = runCli(root, args);
      expect([0, 1]).toContain(result.code);
    }
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(`${migratedLine('a')}\n`);
    expect(fs.readdirSync(markers)).toEqual(['monitor.sh']);
  });
});

describe('no network', () => {
  it('the recording preload sees and refuses a real connection attempt (so the test below can fail)', () => {
    const logs = tempDir('mi-rel-logs-');
    const networkLog = path.join(logs, 'network.jsonl');
    const probe = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(PRELOADS, 'no-network.cjs'),
        '-e',
        "try { require('net').connect(80, '169.254.169.254'); } catch {} require('dns').lookup('example.com', () => {});",
      ],
      { env: { ...process.env, NODE_OPTIONS: '', MI_NETWORK_LOG: networkLog }, encoding: 'utf8' },
    );
    expect(probe.status).toBe(0);
    expect(readLog<{ op: string }>(networkLog).map((record) => record.op)).toEqual(['connect', 'lookup']);
  });

  it('the CLI makes no connection and no DNS lookup of its own, in check, dry and fix mode, even on a tree full of token URLs', () => {
    const logs = tempDir('mi-rel-logs-');
    const root = tempDir('mi-rel-net-');
    const networkLog = path.join(logs, 'network.jsonl');
    writeTree(root, {
      'src/a.ts': `${legacyLine('a')}\n`,
      'src/imds.ts': `export const t = fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=x', { headers: { Metadata: 'true' } });\n`,
      'README.md': 'curl -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://management.azure.com/"\n',
      'deploy.sh': 'curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://vault.azure.net"\n',
    });
    for (const args of [['--check', '--format', 'sarif'], ['--dry', '--format', 'github'], []]) {
      runCli(root, [...args, '.'], { preloads: ['no-network.cjs'], env: { MI_NETWORK_LOG: networkLog } });
    }
    expect(readLog(networkLog)).toEqual([]);
  });
});
