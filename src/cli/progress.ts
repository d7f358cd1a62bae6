import type { OutputStream } from './io';

export interface Progress {
  /** Called once per file, before it is analysed. */
  advance(file: string): void;
  /** Erases the bar so that later output starts on a clean line. */
  clear(): void;
}

const BAR_WIDTH = 24;
const REDRAW_INTERVAL_MS = 80;

const silentProgress: Progress = { advance() {}, clear() {} };

/**
 * A one-line progress bar on stderr, redrawn at most every 80 ms; silent unless stderr is a
 * terminal and the run is not in CI (the CI variable), so logs and pipes never see it.
 */
export function createProgress(stderr: OutputStream, env: Readonly<Record<string, string | undefined>>, total: number): Progress {
  if (!stderr.isTTY || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') || total < 2) return silentProgress;
  let done = 0;
  let lastDrawn = 0;
  let visible = false;
  return {
    advance(file) {
      done++;
      const now = Date.now();
      if (now - lastDrawn < REDRAW_INTERVAL_MS && done < total) return;
      lastDrawn = now;
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
