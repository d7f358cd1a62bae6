import fs from 'node:fs';
import path from 'node:path';
import type { MigrateOptions } from '../engine/types';
import { resolvedLegacySdkVersions } from '../infra/lockfiles';
import { relativePosixPath } from '../files/posixPath';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];

type SdkVersions = MigrateOptions['legacySdkVersions'];

/**
 * For a source file, the legacy SDK versions its project's lockfile resolves: the nearest lockfile up
 * the directory tree (stopping at a repository root), read once per directory. Undefined without one,
 * or when it resolves no legacy version.
 */
export function lockfileSdkVersions(cwd: string): (absolutePath: string) => SdkVersions {
  const byDirectory = new Map<string, SdkVersions | null>();
  const lookup = (directory: string): SdkVersions | null => {
    const cached = byDirectory.get(directory);
    if (cached !== undefined) return cached;
    let found: SdkVersions | null = null;
    const lockfile = LOCKFILES.map((name) => path.join(directory, name)).find((candidate) => fs.existsSync(candidate));
    if (lockfile) {
      const versions = resolvedLegacySdkVersions(fs.readFileSync(lockfile, 'utf8'), path.basename(lockfile));
      found = versions.size > 0 ? { lockfile: relativePosixPath(cwd, lockfile), versions } : null;
    } else if (!fs.existsSync(path.join(directory, '.git')) && path.dirname(directory) !== directory) {
      found = lookup(path.dirname(directory));
    }
    byDirectory.set(directory, found);
    return found;
  };
  return (absolutePath) => lookup(path.dirname(absolutePath)) ?? undefined;
}
