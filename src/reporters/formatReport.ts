import type { Colors } from './colors';
import { formatGithub } from './github';
import { formatJson } from './json';
import type { RunReport } from './model';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders the report in the chosen format (the text for stdout). */
export function formatReport(format: ReportFormat, report: RunReport, colors: Colors): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'stylish':
      return formatStylish(report, colors);
  }
}

/** True for formats whose stdout must stay one machine-readable document (notes go to stderr). */
export function isDocumentFormat(format: ReportFormat): boolean {
  return format === 'json' || format === 'sarif';
}
