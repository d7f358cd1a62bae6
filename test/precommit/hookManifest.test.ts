import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSupportedFile } from '../../src/analyseFile';
import { PROJECT_ROOT } from './gitSandbox';
import { pythonVerbosePatternToRegExp, readHookManifest } from './hookManifest';

const EXTENSIONS = [
  'js',
  'jsx',
  'ts',
  'tsx',
  'mjs',
  'cjs',
  'mts',
  'cts',
  'd.ts',
  'json',
  'jsonc',
  'jsonnet',
  'libsonnet',
  'json.tmpl',
  'json.tpl',
  'json.gotmpl',
  'bicep',
  'tf',
  'tfvars',
  'ps1',
  'psm1',
  'psd1',
  'sh',
  'bash',
  'zsh',
  'yml',
  'yaml',
  'md',
  'markdown',
  'py',
  'cs',
  'java',
  'go',
  'rb',
  'kt',
  'rs',
  'php',
  'txt',
  'png',
  'lock',
  'toml',
  'ini',
  'properties',
  'env',
  'xml',
  'html',
  'css',
  'Dockerfile',
  'dockerfile',
];
const DIRECTORIES = ['', 'src/', 'deploy/infra/', '.github/workflows/', '.azure-pipelines/', '.pipelines/'];
const SPECIAL_NAMES = [
  'Dockerfile',
  'dockerfile',
  'Dockerfile.prod',
  'Containerfile',
  'docker/Dockerfile',
  'api.Dockerfile',
  'azure-pipelines.yml',
  'azure-pipelines-release.yaml',
  'ci.pipeline.yml',
  'build.pipelines.yaml',
  'yarn.lock',
  'pnpm-lock.yaml',
  'package.json',
  'package-lock.json',
  'README.MD',
  'SRC/APP.TS',
  'scripts/Setup.PS1',
  'Makefile',
  'LICENSE',
  '.env',
  'config/.env.local',
];
/** Every path the tests judge: each extension in each kind of folder, and the names that matter by themselves. */
const CANDIDATE_PATHS = [
  ...DIRECTORIES.flatMap((directory) => EXTENSIONS.map((extension) => `${directory}file.${extension}`)),
  ...SPECIAL_NAMES,
];

describe('.pre-commit-hooks.yaml', () => {
  const hooks = readHookManifest();
  const hook = hooks.find((candidate) => candidate.id === 'mi-codemod');

  it('defines the mi-codemod hook as a node hook that checks and never writes', () => {
    expect(hooks.map((candidate) => candidate.id)).toEqual(['mi-codemod']);
    expect(hook).toMatchObject({ language: 'node', entry: 'mi-codemod --check', require_serial: 'true' });
    expect(hook?.name).toMatch(/mi-codemod/);
    expect(hook?.description).toMatch(/localhost:50342/);
  });

  it('calls a bin that a plain npm install of this package builds', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const command = hook!.entry.split(' ')[0];
    expect(packageJson.bin[command]).toBe('dist/src/cli/bin.js');
    expect(packageJson.scripts.prepare).toMatch(/npm run build|tsc/);
    expect(fs.readFileSync(path.join(PROJECT_ROOT, 'src/cli/bin.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('passes every file the tool reads to the hook', () => {
    const files = pythonVerbosePatternToRegExp(hook!.files);
    const supported = CANDIDATE_PATHS.filter((candidate) => isSupportedFile(candidate));
    expect(supported.length).toBeGreaterThan(100);
    expect(supported.filter((candidate) => !files.test(candidate))).toEqual([]);
  });

  it('names the file kinds of the brief, and leaves out kinds the tool never reads', () => {
    const files = pythonVerbosePatternToRegExp(hook!.files);
    const wanted = [
      'a.js',
      'a.jsx',
      'a.ts',
      'a.tsx',
      'a.mjs',
      'a.cjs',
      'a.mts',
      'a.cts',
      'a.json',
      'a.jsonc',
      'a.bicep',
      'a.tf',
      'a.ps1',
      'a.psm1',
      'a.sh',
      'a.bash',
      'Dockerfile',
      'ci/a.yml',
      'ci/a.yaml',
      'a.md',
      'a.py',
      'a.cs',
      'a.java',
      'a.go',
      'a.rb',
      'setup.ini',
      'application.properties',
      'Cargo.toml',
      '.env',
      'deploy/.env.production',
      'app.env',
    ];
    expect(wanted.filter((name) => !files.test(name))).toEqual([]);
    const unread = ['logo.png', 'notes.txt', 'index.html', 'site.css', 'Makefile', 'LICENSE', 'src/main.rs', '.envrc'];
    expect(unread.filter((name) => files.test(name))).toEqual([]);
    expect(unread.filter((name) => isSupportedFile(name))).toEqual([]);
  });
});
