import fs from 'node:fs';
import path from 'node:path';
import type { MigrateOptions } from '../../engine/types';
import { relativePosixPath } from '../../files/posixPath';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];

type SdkVersions = MigrateOptions['legacySdkVersions'];

/**
 * For a source file, the legacy SDK versions its project's lockfile resolves: the nearest lockfile up
 * the directory tree (stopping at a repository root), read once per directory: an empty map when it
 * resolves no legacy version (a `port` option is then known to be dead), undefined without a lockfile.
 * The lockfile parsers are loaded by the first lockfile found.
 */
export function lockfileSdkVersions(cwd: string): (absolutePath: string) => Promise<SdkVersions> {
  const byDirectory = new Map<string, Promise<SdkVersions | null>>();
  const lookup = (directory: string): Promise<SdkVersions | null> => {
    let found = byDirectory.get(directory);
    if (found === undefined) {
      const lockfile = LOCKFILES.map((name) => path.join(directory, name)).find((candidate) => fs.existsSync(candidate));
      if (lockfile) found = legacyVersionsIn(lockfile, cwd);
      else if (!fs.existsSync(path.join(directory, '.git')) && path.dirname(directory) !== directory)
        found = lookup(path.dirname(directory));
      else found = Promise.resolve(null);
      byDirectory.set(directory, found);
    }
    return found;
  };
  return async (absolutePath) => (await lookup(path.dirname(absolutePath))) ?? undefined;
}

async function legacyVersionsIn(lockfile: string, cwd: string): Promise<SdkVersions | null> {
  const { resolvedLegacySdkVersions } = await import('../../infra/lockfiles/index.js');
  const versions = resolvedLegacySdkVersions(fs.readFileSync(lockfile, 'utf8'), path.basename(lockfile));
  return { lockfile: relativePosixPath(cwd, lockfile), versions };
}
