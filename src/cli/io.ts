/** A stream the CLI writes to: process.stdout / process.stderr, or a test's collector. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI takes from its process, injectable so that tests can run it in-process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}
