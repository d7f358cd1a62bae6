import { unchangedResult } from '../engine/fileResult';
import type { FileResult } from '../engine/types';
import { analyseArmFile } from './arm/analyseArmTemplate';
import { analyseJsonnetFile, analyseTemplatedFile } from './arm/templatedText';
import { analyseBicepFile } from './bicep/analyseBicep';
import { analyseTerraformFile } from './terraform/analyseTerraform';
import { analyseTextFile } from './text';
import { infraKind } from './infraKind';
import { analyseManifest } from './lockfiles';

/** Options the infrastructure analysers read (a subset of AnalyseOptions). */
export interface InfraOptions {
  filename: string;
  apiVersion?: string;
  includeDocs?: boolean;
  verifyOutput?: boolean;
}

export { infraMayContainPattern, isInfraFile } from './infraKind';

/** Analyses one infrastructure file: findings, and the text with every fix applied. Pure. */
export function analyseInfraFile(text: string, options: InfraOptions): FileResult {
  switch (infraKind(options.filename)) {
    case 'text':
      return analyseTextFile(text, options) ?? unchangedResult(text, options.filename);
    case 'manifest':
      return analyseManifest(text, options);
    case 'arm':
      return analyseArmFile(text, options);
    case 'jsonnet':
      return analyseJsonnetFile(text, options);
    case 'templated':
      return analyseTemplatedFile(text, options);
    case 'bicep':
      return analyseBicepFile(text, options);
    case 'terraform':
      return analyseTerraformFile(text, options);
    default:
      return unchangedResult(text, options.filename);
  }
}
