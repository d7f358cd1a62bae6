// Preloaded (NODE_OPTIONS=--require) into every Node process of a measured command when GNU time is
// not available: on exit, appends this process's peak RSS (KiB) and CPU time (µs) to $BENCH_RSS_FILE.
const fs = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.appendFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
