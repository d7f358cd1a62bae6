#!/usr/bin/env node
// The floor the CLI is measured against: list the files the CLI would read, read each as UTF-8 and run
// one regex over it. Prints `{ files, matched }` as JSON (the benchmark checks that `files` is the
// CLI's own "files scanned" count, so both read the same files).
// Usage: node bench/baseline.mjs <tree>
//
// Listing: in a git work tree, `git ls-files --cached --others --exclude-standard` (what the CLI asks
// git); elsewhere a plain recursive readdir (the trees measured outside git hold no .gitignore). Kept:
// the kinds of file the CLI reads, outside the directories it always skips; copied as regexes so that
// the baseline loads nothing of the tool.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The strings the engine's prefilter (src/engine/prefilter.ts) looks for, matched case-sensitively.
const CANDIDATE = /oauth2\/token|50_?342|msiEndpoint|VmMSI|WithMSI|MSIVmToken|anagedIdentityExtension/;

/** The file kinds the CLI reads (the registry in src/fileKinds.ts, and src/infra/text/textFileKind.ts for the text kinds). */
const READ_KINDS = [
  /\.(?:[cm]?[jt]s|[jt]sx)$/i,
  /(?:^|\/)(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml)$/,
  /\.(?:json|jsonc|jsonnet|libsonnet|bicep|tf|ps1|psm1|sh|bash|md|py|cs|java|go|rb)$/i,
  /\.json\.(?:tmpl|tpl|gotmpl)$/i,
  /\.t$|\.json\.(?:j2|jinja2?|erb|mustache|hbs|template)$/i,
  /(?:^|\/)(?:dockerfile|containerfile)(?:\.[^/]+)?$|\.dockerfile$/i,
  /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i,
  /(?:^|\/)azure-pipelines[^/]*\.ya?ml$|\.pipelines?\.ya?ml$|(?:^|\/)\.(?:azure-)?pipelines\/.*\.ya?ml$/i,
  // Configuration files (src/infra/text/config/configFormat.ts): any YAML, .env files, INI, .properties, TOML.
  /\.ya?ml$|(?:^|\/)\.env(?:\.[^/]+)?$|\.env$|\.(?:ini|properties|toml)$/i,
];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'vendor', 'coverage', '.git']);
const SKIPPED_PATH = /(?:^|\/)(?:node_modules|dist|build|vendor|coverage|\.git)\/|\.min\.[cm]?js$/i;

const isRead = (relative) => !SKIPPED_PATH.test(relative) && READ_KINDS.some((kind) => kind.test(relative));

function listInGit(root) {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
}

function listByWalking(root) {
  const files = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(child);
      } else if (entry.isFile()) files.push(child);
    }
  };
  walk('');
  return files;
}

const root = path.resolve(process.argv[2] ?? '.');
let inGit = true;
try {
  execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, stdio: 'ignore' });
} catch {
  inGit = false;
}
const listed = (inGit ? listInGit(root) : listByWalking(root)).filter(isRead);
let matched = 0;
for (const relative of listed) {
  let text;
  try {
    text = fs.readFileSync(path.join(root, relative), 'utf8');
  } catch {
    continue; // a symlink to a directory, or gone
  }
  if (CANDIDATE.test(text)) matched += 1;
}
process.stdout.write(`${JSON.stringify({ files: listed.length, matched })}\n`);
