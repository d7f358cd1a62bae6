// Discovers the fixture cases of __testfixtures__/infra: `<case>.input.<ext>`, with `<case>.output.<ext>`
// when the case is fixable. Cases without an output are report-only, or decoys when named `decoy-*`.
import fs from 'node:fs';
import path from 'node:path';
import { analyseFile } from '../../src/analyseFile';
import type { FileResult } from '../../src/engine/types';

export const FIXTURE_DIR = path.resolve(__dirname, '../../__testfixtures__/infra');

export interface FixtureCase {
  name: string;
  inputFile: string;
  outputFile?: string;
  isDecoy: boolean;
}

/** Every case in the fixture folder, sorted by name. */
export function fixtureCases(): FixtureCase[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((file) => file.includes('.input.'))
    .sort()
    .map((inputFile) => {
      const name = inputFile.slice(0, inputFile.indexOf('.input.'));
      const outputFile = inputFile.replace('.input.', '.output.');
      return {
        name,
        inputFile,
        outputFile: fs.existsSync(path.join(FIXTURE_DIR, outputFile)) ? outputFile : undefined,
        isDecoy: name.startsWith('decoy-'),
      };
    });
}

export function readFixture(file: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

/**
 * Runs the tool on a fixture as the CLI would. Script files go through the extension-provisioning
 * detector directly until the lead wires it into migrateSource (then this becomes analyseFile too).
 */
export function analyseFixture(text: string, filename: string): FileResult {
  return analyseFile(text, { filename });
}
