import { sourceLanguageOf, type SourceLanguage } from './sources/sourceLanguage';

/** How a text infrastructure file is read. */
export type TextFileKind =
  | { kind: 'powershell' }
  | { kind: 'shell' }
  | { kind: 'dockerfile' }
  | { kind: 'github-actions' }
  | { kind: 'azure-pipelines' }
  | { kind: 'gitlab-ci' }
  | { kind: 'markdown' }
  | { kind: 'source'; language: SourceLanguage };

/**
 * Recognises a file by its path (Windows separators accepted):
 * - PowerShell `.ps1`/`.psm1`; shell `.sh`/`.bash`;
 * - Dockerfiles: `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile`;
 * - GitHub Actions: `.github/workflows/*.yml|yaml`;
 * - Azure Pipelines: `azure-pipelines*.yml|yaml`, `*.pipeline.yml|yaml`, `*.pipelines.yml|yaml`, and any
 *   `.yml|yaml` under a `.azure-pipelines/` or `.pipelines/` folder;
 * - GitLab CI: `.gitlab-ci.yml|yaml`, `*.gitlab-ci.yml|yaml`, and any `.yml|yaml` under a `.gitlab/ci/` folder;
 * - Markdown `.md`; sources `.py`, `.cs`, `.java`, `.go`, `.rb`.
 */
export function textFileKind(filename: string): TextFileKind | undefined {
  const path = filename.replace(/\\/g, '/');
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (/\.(?:ps1|psm1)$/.test(lower)) return { kind: 'powershell' };
  if (/\.(?:sh|bash)$/.test(lower)) return { kind: 'shell' };
  if (/^(?:dockerfile|containerfile)(?:\..+)?$/.test(lower) || lower.endsWith('.dockerfile')) return { kind: 'dockerfile' };
  if (/\.ya?ml$/.test(lower)) {
    if (/(?:^|\/)\.github\/workflows\/[^/]+$/.test(path)) return { kind: 'github-actions' };
    if (/^azure-pipelines.*\.ya?ml$/.test(lower) || /\.pipelines?\.ya?ml$/.test(lower) || /(?:^|\/)\.(?:azure-)?pipelines\//.test(path)) {
      return { kind: 'azure-pipelines' };
    }
    if (/(?:^|\.)gitlab-ci\.ya?ml$/.test(lower) || /(?:^|\/)\.gitlab\/ci\//.test(path)) return { kind: 'gitlab-ci' };
    return undefined;
  }
  if (lower.endsWith('.md')) return { kind: 'markdown' };
  const language = sourceLanguageOf(lower);
  return language ? { kind: 'source', language } : undefined;
}
