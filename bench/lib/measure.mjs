// Runs one command as a child process and measures it: wall time (from the parent), peak RSS and CPU
// time. Peak RSS comes from GNU time (`/usr/bin/time -v`: the largest single process of the command
// tree, as the kernel reports it in rusage), or, without GNU time, from a preload that records
// process.resourceUsage() in every Node process of the command (largest one reported).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = fileURLToPath(new URL('./report-rss.cjs', import.meta.url));

/** 'gnu-time' when /usr/bin/time -v works here, else 'node-preload'. */
export const rssMethod = (() => {
  try {
    return spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes('Maximum resident set size')
      ? 'gnu-time'
      : 'node-preload';
  } catch {
    return 'node-preload';
  }
})();

/** Reads GNU time's -v report: peak RSS in MB and CPU seconds (user + system). */
function parseGnuTime(report) {
  const field = (label) => Number((report.match(new RegExp(`${label}: ([\\d.]+)`)) ?? [])[1] ?? NaN);
  return {
    peakRssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
    cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
  };
}

/** Reads the preload's lines (`maxRSS-KiB cpu-µs`, one per Node process). */
function parsePreload(report) {
  const rows = report
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ').map(Number));
  return { peakRssMb: Math.max(...rows.map(([rss]) => rss)) / 1024, cpuSeconds: rows.reduce((sum, [, cpu]) => sum + cpu, 0) / 1e6 };
}

/**
 * Runs `command args` in `cwd` and returns `{ wallMs, peakRssMb, cpuSeconds, exitCode, stdout, stderr }`.
 * stdout and stderr are captured in full (the --dry diff can be large).
 */
export function runMeasured(command, args, { cwd, env: extraEnv = {} }) {
  const reportFile = path.join(os.tmpdir(), `mi-bench-${process.pid}-${Date.now()}.txt`);
  const useGnuTime = rssMethod === 'gnu-time';
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extraEnv };
  if (!useGnuTime) {
    env.BENCH_RSS_FILE = reportFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${RSS_PRELOAD}`.trim();
  }
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-v', '-o', reportFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(file, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  let usage = { peakRssMb: NaN, cpuSeconds: NaN };
  try {
    const report = fs.readFileSync(reportFile, 'utf8');
    usage = useGnuTime ? parseGnuTime(report) : parsePreload(report);
  } catch {
    // no report: the command died before writing one; the NaNs show in the table.
  }
  fs.rmSync(reportFile, { force: true });
  // GNU time passes the command's exit status through, and reports a signal as 128+n.
  return { wallMs, ...usage, exitCode: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
