import fs from 'node:fs';
import path from 'node:path';

/** The version in the package's package.json, found upward from this file (src/ or dist/src/). */
export function toolVersion(): string {
  let directory = __dirname;
  for (;;) {
    const candidate = path.join(directory, 'package.json');
    if (fs.existsSync(candidate)) {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'mi-codemod' && manifest.version) return manifest.version;
    }
    const parent = path.dirname(directory);
    if (parent === directory) return '0.0.0';
    directory = parent;
  }
}
