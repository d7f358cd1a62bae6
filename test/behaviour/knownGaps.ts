// Behavioural cases that show what the engine should do and does not do yet. The steps named here run as
// expected failures (vitest `it.fails`): when the engine learns the shape, they fail and say so, and the
// entry goes. Every other step of the case runs as usual (the legacy code must still get its token).

/** The steps of migrated-code-gets-token.test.ts that can be a known gap. */
export type CaseStep = 'migrates' | 'gets-token-from-imds' | 'bypasses-proxy';

export interface KnownCaseGap {
  steps: CaseStep[];
  why: string;
}

export const KNOWN_CASE_GAPS: Record<string, KnownCaseGap> = {};
