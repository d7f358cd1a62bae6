// A scratch project with mi-codemod installed from `npm pack`, as a user gets it. The tarball is unpacked
// into node_modules/mi-codemod with its bin linked (what `npm install <tarball>` lays out), and the packages it
// may use are this repository's own, linked: the closure of its runtime dependencies in package-lock.json,
// plus the tools a test asks for (eslint, lint-staged). Nothing is downloaded, and a module mi-codemod
// requires without declaring it is not found, as it would not be in a user's project.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, isolatedEnv } from '../precommit/gitSandbox';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The outcome of a command: exit status and its output (stdout then stderr). */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** This environment without npm's, vitest's and git's variables, with colours off. */
export function scratchEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(Object.entries(isolatedEnv()).filter(([key]) => !/^(npm_|VITEST|NODE_OPTIONS$)/i.test(key)));
  return { ...env, CI: '1', NO_COLOR: '1', ...extra };
}

/** Runs a command without a shell; never throws on a non-zero exit. */
export function run(command: string, args: readonly string[], cwd: string, env = scratchEnv()): Ran {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

/**
 * `npm pack` of this repository into `destination`; returns the tarball's path. `--ignore-scripts`: dist/
 * is built by the test run's global setup (a build during the run would rewrite files other tests read).
 */
export function packTarball(destination: string): string {
  const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', destination], PROJECT_ROOT);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  return path.join(destination, packed.stdout.trim().split('\n').pop()!);
}

/** A fresh directory under os.tmpdir(). */
export function makeTempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** The top-level packages (node_modules/<name>) that `names` need, following package-lock.json as Node resolves. */
export function dependencyClosure(names: readonly string[]): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const resolveFrom = (from: string, name: string): string | undefined => {
    for (let dir = from; ;) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock.packages[candidate]) return candidate;
      if (!dir) return undefined;
      const parent = dir.lastIndexOf('/node_modules/');
      dir = parent < 0 ? '' : dir.slice(0, parent);
    }
  };
  const seen = new Set<string>();
  const visit = (entryPath: string): void => {
    if (seen.has(entryPath)) return;
    seen.add(entryPath);
    const entry = lock.packages[entryPath];
    const required = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
    for (const name of Object.keys(required)) {
      const found = resolveFrom(entryPath, name);
      if (found) visit(found);
      else if (!entry.optionalDependencies?.[name] && !entry.peerDependenciesMeta?.[name]?.optional)
        throw new Error(`package-lock.json: ${entryPath} needs ${name}, which is not installed`);
    }
  };
  for (const name of names) {
    const found = resolveFrom('', name);
    if (!found) throw new Error(`package-lock.json has no ${name}`);
    visit(found);
  }
  return [...seen].filter((entryPath) => /^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(entryPath)).map((entryPath) => entryPath.slice(13));
}

/** The runtime dependencies the packed package.json declares. */
function packedDependencies(root: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/mi-codemod/package.json'), 'utf8'));
  return Object.keys(manifest.dependencies ?? {});
}

export interface ScratchProject {
  root: string;
  write(relativePath: string, content: string): void;
  read(relativePath: string): string;
  /** Replaces package.json (name `scratch`, private) with these extra fields. */
  setPackageJson(fields: Record<string, unknown>): void;
  /** `node <args>` in the project. */
  node(args: readonly string[]): Ran;
}

/**
 * A project in `root` (created) with the tarball installed and, linked from this repository, what its
 * dependencies need and the `tools` asked for (with theirs).
 */
export function createScratchProject(root: string, tarball: string, tools: readonly string[] = []): ScratchProject {
  const target = path.join(root, 'node_modules/mi-codemod');
  fs.mkdirSync(target, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  for (const name of dependencyClosure([...packedDependencies(root), ...tools])) {
    const link = path.join(root, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules', name), link, 'junction');
  }
  const bin = path.join(root, 'node_modules/.bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.symlinkSync('../mi-codemod/dist/src/cli/bin.js', path.join(bin, 'mi-codemod'));
  fs.chmodSync(path.join(target, 'dist/src/cli/bin.js'), 0o755);
  const project: ScratchProject = {
    root,
    write: (relativePath, content) => {
      const file = path.join(root, relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    },
    read: (relativePath) => fs.readFileSync(path.join(root, relativePath), 'utf8'),
    setPackageJson: (fields) =>
      project.write('package.json', `${JSON.stringify({ name: 'scratch', private: true, ...fields }, null, 2)}\n`),
    node: (args) => run(process.execPath, args, root),
  };
  project.setPackageJson({});
  return project;
}
