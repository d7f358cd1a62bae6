#!/usr/bin/env node
// The floor the CLI is measured against: the CLI's own discovery (`git ls-files -co --exclude-standard`:
// tracked and untracked files, minus ignored ones), then read every listed file as UTF-8 and run one
// regex over it. Prints `{ files, matched }` as JSON.
// Usage: node bench/baseline.mjs <tree>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The strings the engine's prefilter (src/engine/prefilter.ts) looks for, matched case-sensitively;
// copied so that the baseline loads nothing of the tool.
const CANDIDATE = /oauth2\/token|50_?342|msiEndpoint|VmMSI|WithMSI|MSIVmToken/;

const root = path.resolve(process.argv[2] ?? '.');
const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
  cwd: root,
  maxBuffer: 1 << 28,
  encoding: 'utf8',
})
  .split('\0')
  .filter(Boolean);
let matched = 0;
for (const relative of listed) {
  if (CANDIDATE.test(fs.readFileSync(path.join(root, relative), 'utf8'))) matched += 1;
}
process.stdout.write(`${JSON.stringify({ files: listed.length, matched })}\n`);
