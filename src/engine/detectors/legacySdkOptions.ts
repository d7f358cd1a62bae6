import { ts } from '../typescript';
import { propertyName, propertyValue, removePropertyEdit } from '../ast/objectEdits';
import type { EngineContext } from '../context';
import { originOf } from '../clients/identify';
import type { MigrateOptions } from '../types';
import type { DraftFinding } from '../requests/planRequest';
import { evaluatePieces, staticValue } from '../url/evaluate';
import type { Step } from '../ledger';
import { manualReview } from '../findings';
import { LOOPBACK_HOST_SOURCE } from '../url/loopback';

const LOOPBACK_TOKEN_URL = new RegExp(String.raw`^(?:https?:)?\/\/${LOOPBACK_HOST_SOURCE}(?::[\d_]+)?\/oauth2\/token`, 'i');
const LEGACY_SDK_ENTRY = /^(?:loginWithVmMSI|loginWithMSI|MSIVmTokenCredentials)$/;

export interface SdkOptionFindings {
  findings: DraftFinding[];
  consumed: ts.Node[];
}

/**
 * Legacy SDK options: an `msiEndpoint` naming the extension is deleted (every SDK's default is IMDS);
 * a `port` passed to loginWithVmMSI / loginWithMSI / MSIVmTokenCredentials is reported: ms-rest-azure
 * <= 2.5.9 and @azure/ms-rest-nodeauth <= 0.8.4 send it to the extension, later versions ignore it.
 */
export function detectLegacySdkOptions(ctx: EngineContext, legacySdkVersions?: MigrateOptions['legacySdkVersions']): SdkOptionFindings {
  const findings: DraftFinding[] = [];
  const consumed: ts.Node[] = [];
  ctx.scope.forEachNode((node) => {
    if (legacySdkVersions && (ts.isCallExpression(node) || ts.isNewExpression(node))) {
      const legacy = legacySdkCall(node, ctx, legacySdkVersions.versions);
      if (legacy) {
        findings.push({
          ruleId: 'legacy-sdk-version',
          severity: 'error',
          message:
            `${legacy.entry} comes from ${legacy.sdk} ${legacy.version} (resolved in ` +
            `${legacySdkVersions.lockfile}), which asks the retired Managed Identity VM extension for tokens. ` +
            `Upgrade to ${legacy.sdk} >= ${FIRST_SAFE[legacy.sdk]}, which uses IMDS; the call itself can stay.`,
          start: node.getStart(),
          end: node.getEnd(),
        });
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const name = propertyName(property);
        if (name === 'msiEndpoint') {
          const value = propertyValue(property);
          const text = staticValue(value, ctx.scope);
          if (text && LOOPBACK_TOKEN_URL.test(text)) {
            consumed.push(...evaluatePieces(value, ctx.scope).flatMap((piece) => (piece.kind === 'text' ? [piece.literal] : [])));
            findings.push({
              ruleId: 'legacy-sdk-option',
              severity: 'error',
              message:
                'msiEndpoint points at the retired Managed Identity VM extension; without it the SDK uses its ' +
                'default, IMDS (ms-rest-azure >= 2.6.0, @azure/ms-rest-nodeauth >= 0.9.0).',
              start: property.getStart(),
              end: property.getEnd(),
              fix: [removePropertyEdit(node, property)],
              fixDescription: 'deleted',
            });
          }
        } else if (name === 'port' && isLegacySdkArgument(node, ctx)) {
          // The option only exists for the extension: unless the lockfile shows an SDK that ignores it, the
          // call may well still go to the extension.
          const modernLockfile = legacySdkVersions !== undefined && legacySdkVersions.versions.size === 0;
          findings.push({
            ruleId: 'legacy-sdk-option',
            severity: modernLockfile ? 'warning' : 'error',
            message: modernLockfile
              ? `The port option of the legacy MSI login is ignored by the SDK versions ${legacySdkVersions!.lockfile} resolves ` +
                '(they use IMDS): delete it.'
              : 'The port option of the legacy MSI login sends token requests to the VM extension in ms-rest-azure <= 2.5.9 and ' +
                '@azure/ms-rest-nodeauth <= 0.8.4 (later versions use IMDS and ignore it), and no lockfile shows which version ' +
                'runs here. Upgrade to ms-rest-azure >= 2.6.0 or @azure/ms-rest-nodeauth >= 0.9.0, then delete this option.',
            start: property.getStart(),
            end: property.getEnd(),
          });
        }
      }
    }
  });
  return { findings, consumed };
}

const FIRST_SAFE: Record<string, string> = { 'ms-rest-azure': '2.6.0', '@azure/ms-rest-nodeauth': '0.9.0' };

/** `loginWithVmMSI(…)`, `msRestAzure.loginWithMSI(…)`, `new MSIVmTokenCredentials(…)` from a legacy SDK version. */
function legacySdkCall(
  call: ts.CallExpression | ts.NewExpression,
  ctx: EngineContext,
  versions: ReadonlyMap<string, string>,
): { entry: string; sdk: string; version: string } | undefined {
  const callee = call.expression;
  const entry = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) ? callee.name : undefined;
  if (!entry || !LEGACY_SDK_ENTRY.test(entry.text)) return undefined;
  let root: ts.Expression = callee;
  while (ts.isPropertyAccessExpression(root)) root = root.expression;
  if (!ts.isIdentifier(root)) return undefined;
  const origin = originOf(root, ctx.scope);
  if (origin?.kind !== 'module') return undefined;
  const version = versions.get(origin.moduleName);
  return version ? { entry: entry.text, sdk: origin.moduleName, version } : undefined;
}

/**
 * The options object of a legacy SDK entry point (`loginWithVmMSI({…})`, `new MSIVmTokenCredentials({…})`),
 * unless that entry point is the project's own code (a relative import: its own file is analysed, and a
 * copy of the SDK's class is rewritten there, after which its `port` means nothing).
 */
function isLegacySdkArgument(object: ts.ObjectLiteralExpression, ctx: EngineContext): boolean {
  const call = object.parent;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.includes(object)) return false;
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (!LEGACY_SDK_ENTRY.test(name)) return false;
  let root: ts.Expression = callee;
  while (ts.isPropertyAccessExpression(root)) root = root.expression;
  if (ts.isIdentifier(root) && ctx.scope.bindingOf(root)?.kind === 'function') return false; // a class of this file
  const origin = originOf(root, ctx.scope);
  return !(origin?.kind === 'module' && origin.moduleName.startsWith('.'));
}

/** Step: legacy SDK options (an `msiEndpoint` naming the extension, a `port`), and legacy SDK versions' calls. */
export const findLegacySdkOptions: Step = (ctx, ledger) => {
  const { findings, consumed } = detectLegacySdkOptions(ctx, ctx.legacySdkVersions);
  consumed.forEach((node) => ledger.accountedFor.add(node));
  const reason = ctx.cloudShell.endpointAwareReason;
  ledger.findings.push(...findings.map((finding) => (reason && finding.fix ? manualReview(finding, reason) : finding)));
};
