import { run } from './run';

/** Runs the CLI against the real process: its streams, working directory and environment. */
export function main(argv: readonly string[]): Promise<number> {
  return run(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}
