// The progress bar (src/cli/progress.ts): on stderr, only when both streams are terminals outside CI,
// and only once a run has lasted long enough to want one.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';

function streams(stdoutTTY: boolean, stderrTTY: boolean) {
  let written = '';
  return {
    stdout: { write: () => {}, isTTY: stdoutTTY },
    stderr: { write: (text: string) => (written += text), isTTY: stderrTTY },
    written: () => written,
  };
}

describe('createProgress', () => {
  it('draws after 250 ms, at most every 80 ms, always the last file, and clears its line', () => {
    const io = streams(true, true);
    let time = 1000;
    const progress = createProgress(io.stdout, io.stderr, {}, 4, () => time);
    progress.advance('a.ts');
    time += 100;
    progress.advance('b.ts');
    expect(io.written()).toBe(''); // a short run draws nothing
    time += 200;
    progress.advance('c.ts');
    expect(io.written()).toBe('\r\x1b[2K[##################......] 3/4 c.ts');
    time += 10;
    progress.advance('d.ts'); // the last file is drawn even within 80 ms
    expect(io.written()).toContain('4/4 d.ts');
    progress.clear();
    expect(io.written().endsWith('\r\x1b[2K')).toBe(true);
  });

  it.each([
    ['stdout is not a terminal', streams(false, true), {}],
    ['stderr is not a terminal', streams(true, false), {}],
    ['CI is set', streams(true, true), { CI: 'true' }],
  ])('is silent when %s', (_why, io, env) => {
    let time = 0;
    const progress = createProgress(io.stdout, io.stderr, env, 3, () => time);
    for (const file of ['a.ts', 'b.ts', 'c.ts']) {
      time += 500;
      progress.advance(file);
    }
    progress.clear();
    expect(io.written()).toBe('');
  });
});
