// Reads a V8 .cpuprofile (node --cpu-prof) and totals self time by function and by source file,
// so "where does --check spend its time" fits in a few lines.

/** `{ totalMs, byFunction: [{ name, url, line, selfMs }], byFile: [{ url, selfMs }] }`, largest first. */
export function summarizeProfile(profile, { top = 25 } = {}) {
  const sampleMs = new Map();
  const intervals = profile.timeDeltas ?? [];
  profile.samples.forEach((nodeId, i) => sampleMs.set(nodeId, (sampleMs.get(nodeId) ?? 0) + (intervals[i] ?? 0) / 1000));
  const byFunction = new Map();
  const byFile = new Map();
  for (const node of profile.nodes) {
    const selfMs = sampleMs.get(node.id) ?? 0;
    if (!selfMs) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const key = `${name}\0${url}\0${lineNumber}`;
    const entry = byFunction.get(key) ?? { name, url: shorten(url), line: lineNumber + 1, selfMs: 0 };
    entry.selfMs += selfMs;
    byFunction.set(key, entry);
    const file = shorten(url) || `(${name})`;
    byFile.set(file, (byFile.get(file) ?? 0) + selfMs);
  }
  const totalMs = [...sampleMs.values()].reduce((sum, ms) => sum + ms, 0);
  return {
    totalMs,
    byFunction: [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    byFile: [...byFile.entries()]
      .map(([url, selfMs]) => ({ url, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top),
  };
}

/** `file:///work/main/dist/src/x.js` -> `dist/src/x.js`; node internals keep their `node:` name. */
function shorten(url) {
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(dist|node_modules|bench)\//, '$1/');
}
