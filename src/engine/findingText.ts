import type { Finding } from './types';

/**
 * How a finding's fix is spoken of: `applied` when the text the caller writes or returns contains it,
 * `proposed` when it is offered and not yet applied (`--check`, `--dry`, an ESLint report before `--fix`).
 */
export type FixVoice = 'applied' | 'proposed';

/**
 * A finding's text for people: its message, then what its fix does in the given voice, e.g.
 * "Token request to the retired … (fetch). Would be rewritten to IMDS (…)." The message alone when the
 * finding has no fix description, or when no voice is given (its fix does not apply).
 */
export function findingText(finding: Pick<Finding, 'message' | 'fixDescription'>, voice: FixVoice | undefined): string {
  if (!voice || !finding.fixDescription) return finding.message;
  return `${finding.message} ${fixSentence(finding.fixDescription, voice)}`;
}

/** A fix description as a sentence of its own: "Rewritten to IMDS (…)." or "Would be rewritten to IMDS (…)." */
export function fixSentence(fixDescription: string, voice: FixVoice): string {
  const described = voice === 'applied' ? fixDescription : `would be ${fixDescription}`;
  return `${described.charAt(0).toUpperCase()}${described.slice(1)}.`;
}

/** The finding without its fix: no edits, and no description of them. */
export function withoutFix<T extends Pick<Finding, 'fix' | 'fixDescription' | 'fixedIn'>>(
  finding: T,
): Omit<T, 'fix' | 'fixDescription' | 'fixedIn'> {
  const { fix: _fix, fixDescription: _description, fixedIn: _fixedIn, ...rest } = finding;
  return rest;
}
