// Prints one Markdown row per behavioural case from a vitest JSON report:
//   npx vitest run test/behaviour --reporter=json --outputFile=test/behaviour/.out/results.json
//   node test/behaviour/summarise-results.mjs test/behaviour/.out/results.json
import fs from 'node:fs';

const STEPS = [
  ['legacy', 'legacy code gets'],
  ['migrated', 'the engine migrates it'],
  ['imds', 'migrated code gets'],
  ['idempotent', 'the engine leaves'],
  ['proxy-control', 'control:'],
  ['proxy-bypass', 'migrated code bypasses'],
];
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const rows = new Map();
for (const file of report.testResults) {
  if (!file.name.endsWith('migrated-code-gets-token.test.ts')) continue;
  for (const test of file.assertionResults) {
    const caseName = test.ancestorTitles[0];
    const step = STEPS.find(([, prefix]) => test.title.startsWith(prefix));
    if (!step) continue;
    if (!rows.has(caseName)) rows.set(caseName, {});
    rows.get(caseName)[step[0]] = test.status === 'passed' ? 'pass' : 'FAIL';
  }
}
console.log(`| case | ${STEPS.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${STEPS.map(() => '---').join('|')}|`);
for (const [caseName, steps] of [...rows].sort()) {
  console.log(`| ${caseName} | ${STEPS.map(([name]) => steps[name] ?? '-').join(' | ')} |`);
}
