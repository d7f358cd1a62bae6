import type { DraftFinding, TextEdit } from '../../../engine/types';
import { IMDS_TOKEN_ENDPOINT } from '../legacyTokenUrl';
import type { ScriptRegion } from '../shell/scriptRegion';
import type { Command } from '../shell/word';
import type { PortScope } from '../urls/judgePort';

/** What a command analyser knows besides the command itself. */
export interface CommandContext {
  region: ScriptRegion;
  apiVersion: string;
  /** The whole file mentions a Metadata header somewhere (used when headers come from a variable). */
  fileMentionsMetadata: boolean;
  /** Where port variables are looked up (the whole file). */
  portScope: PortScope;
  /** The file speaks of the managed identity (`msiPort`, `MSI_PORT`): a port it cannot see may be the extension's. */
  fileSpeaksOfIdentity: boolean;
}

/** Findings for one command, and the text ranges of legacy URLs it accounted for. */
export interface CommandAnalysis {
  drafts: DraftFinding[];
  claimed: Array<{ start: number; end: number }>;
}

/** The empty analysis: the command is not about the extension. */
export const NOTHING: CommandAnalysis = { drafts: [], claimed: [] };

/** A blocking manual-review finding for a legacy call the tool cannot rewrite completely. */
export function manualReview(command: Command, program: string, reason: string, claimed: { start: number; end: number }): CommandAnalysis {
  return {
    drafts: [
      {
        ruleId: 'manual-review',
        severity: 'error',
        message:
          `${program} calls the retired VM extension token endpoint but cannot be rewritten safely: ${reason}. ` +
          `Move it to IMDS by hand (GET ${IMDS_TOKEN_ENDPOINT}?api-version=…&resource=…, header Metadata: true, no proxy).`,
        start: command.words[0].start,
        end: command.end,
        blocksFile: true,
      },
    ],
    claimed: [claimed],
  };
}

/** A fixed legacy call: one legacy-endpoint error carrying every edit of the command. */
export function rewritten(
  command: Command,
  program: string,
  changes: string[],
  edits: TextEdit[],
  claimed: { start: number; end: number },
): CommandAnalysis {
  return {
    drafts: [
      {
        ruleId: 'legacy-endpoint',
        severity: 'error',
        message: `${program} calls the retired VM extension token endpoint (http://localhost:<port>/oauth2/token).`,
        start: command.words[0].start,
        end: command.end,
        fix: edits,
        fixDescription: `rewritten to IMDS: ${changes.join(', ')}`,
        blocksFile: true,
      },
    ],
    claimed: [claimed],
  };
}
