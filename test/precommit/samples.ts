// File contents the hook tests stage: one legacy request, and the things a hook must let through.

/** A TypeScript module that asks the retired VM extension for a token (line 2 holds the request). */
export const LEGACY_FETCH_TS = [
  'export async function armToken(): Promise<string> {',
  "  const response = await fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });",
  '  return (await response.json()).access_token;',
  '}',
  '',
].join('\n');

/** Code that never talks to a token endpoint. */
export const CLEAN_TS = 'export const answer = 42;\n';

/** Code whose only mention of the old endpoint is a comment: comments are never findings. */
export const COMMENT_ONLY_TS = [
  '// We used to call http://localhost:50342/oauth2/token here; IMDS replaced it in 2024.',
  '/* localhost:50342 is gone. */',
  'export const tokenPath = 169;',
  '',
].join('\n');

/** Documentation that mentions the old URL: Markdown is report-only (info), which does not fail --check. */
export const LEGACY_MARKDOWN = [
  '# Tokens',
  '',
  'The service used to get its tokens from `http://localhost:50342/oauth2/token` (the VM extension).',
  '',
].join('\n');
