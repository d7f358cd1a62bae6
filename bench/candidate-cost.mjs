#!/usr/bin/env node
// What the engine costs per candidate file: the files of a git tree that the text scan keeps, parsed alone and
// analysed (migrateSource, no safety-net re-parse), each timed over every candidate, the median of N rounds.
// Usage: npm run build && node bench/candidate-cost.mjs --tree /tmp/mi-codemod-bench/deps-git [--rounds 9]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, '../dist/src/engine');
const { mayContainLegacyPattern } = require(`${dist}/prefilter.js`);
const { migrateSource } = require(`${dist}/migrateSource.js`);
const { ts } = require(`${dist}/typescript.js`);

const { values } = parseArgs({ options: { tree: { type: 'string' }, rounds: { type: 'string', default: '9' } } });
if (!values.tree) throw new Error('--tree <a git work tree> is required');
const root = path.resolve(values.tree);
const listed = execFileSync('git', ['ls-files'], { cwd: root, maxBuffer: 1 << 30 })
  .toString()
  .split('\n')
  .filter(Boolean);
const candidates = listed
  .filter((file) => /\.[cm]?[jt]sx?$/.test(file))
  .map((file) => [file, readFileSync(path.join(root, file), 'utf8')])
  .filter(([file, text]) => mayContainLegacyPattern(text, file));

const scriptKind = (file) => (/\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JSX);
function medianMs(work) {
  const times = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const start = process.hrtime.bigint();
    for (const [file, text] of candidates) work(file, text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}
const parseMs = medianMs((file, text) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file)));
const engineMs = medianMs((file, text) => migrateSource(text, { filename: file, verifyOutput: false }));
const perCandidate = (ms) => (candidates.length ? (ms / candidates.length).toFixed(2) : '-');
console.log(`${root}: ${listed.length} files listed, ${candidates.length} candidates`);
console.log(`parse alone: ${parseMs.toFixed(1)} ms (${perCandidate(parseMs)} ms per candidate)`);
console.log(
  `engine:      ${engineMs.toFixed(1)} ms (${perCandidate(engineMs)} ms per candidate, ${(engineMs / parseMs).toFixed(2)}x the parse)`,
);
