// git for the benchmark's trees: fixed dates (the same tree makes the same commit) and a throwaway identity.
import { execFileSync } from 'node:child_process';

/** Runs git in `directory` and returns its stdout (stderr shown). */
export const git = (directory, args) =>
  execFileSync('git', args, {
    cwd: directory,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
    env: { ...process.env, GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' },
  });

/** Makes `directory` a git repository with everything in it committed, bytes as they are (no autocrlf). */
export function commitAll(directory, message) {
  git(directory, ['init', '-q']);
  git(directory, ['-c', 'core.autocrlf=false', 'add', '-A']);
  git(directory, [
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.invalid',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-q',
    '-m',
    message,
  ]);
}
