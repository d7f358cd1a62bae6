import type { OutputStream } from './io';

export interface Progress {
  /** Called once per file, before it is read. */
  advance(file: string): void;
  /** Erases the bar so that later output starts on a clean line. */
  clear(): void;
}

const BAR_WIDTH = 24;
const REDRAW_INTERVAL_MS = 80;
/** A run shorter than this never shows a bar (a pre-commit check over a few files does not flash one). */
const SHOW_AFTER_MS = 250;

const silentProgress: Progress = { advance() {}, clear() {} };

/**
 * A one-line progress bar on stderr for long runs: drawn once the run has taken SHOW_AFTER_MS, then
 * redrawn at most every 80 ms. Silent unless both stderr and stdout are terminals and the run is not in
 * CI (the CI variable), so logs, pipes and redirected reports never see it. `now` is the clock (tests).
 */
export function createProgress(
  stdout: OutputStream,
  stderr: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
  total: number,
  now: () => number = Date.now,
): Progress {
  if (!stderr.isTTY || !stdout.isTTY || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') || total < 2) return silentProgress;
  const started = now();
  let done = 0;
  let lastDrawn = 0;
  let visible = false;
  return {
    advance(file) {
      done++;
      const time = now();
      if (time - started < SHOW_AFTER_MS || (time - lastDrawn < REDRAW_INTERVAL_MS && done < total)) return;
      lastDrawn = time;
      const filled = Math.round((done / total) * BAR_WIDTH);
      const label = file.length > 50 ? `…${file.slice(-49)}` : file;
      stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`);
      visible = true;
    },
    clear() {
      if (visible) stderr.write('\r\x1b[2K');
      visible = false;
    },
  };
}
