import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { assembleFileResult, parseFailureResult, type OutputCheck } from '../../engine/fileResult';
import { LineIndex } from '../../engine/positions';
import type { DraftFinding, FileResult, TextEdit } from '../../engine/types';
import { extensionFinding } from '../../extension/extensionFinding';
import { findArmExtensions, isArmTemplate, SCALE_SET_EXTENSION_TYPE, type ArmExtensionSite } from './findArmExtensions';
import { isDeploymentParameters, reportExtensionParameterValues } from './parameterValues';
import { jsonCommaFinder } from './jsonCommaFinder';
import { referenceOf } from './armExpression';
import { propertyValue, rangeOf } from './jsonNodes';
import { mayDeclareManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { findDeadPortSymbols } from './portSymbols';
import { findDependsOnEntries, findProvisionAfterEntries, type ReferencingEntry } from './referencingEntries';
import { findRemainingReference } from './remainingReferences';
import { removeListElements } from '../../extension/removeListElements';
import { isGoTemplated, maskGoTemplateActions, reportExtensionMentions } from './templatedText';

/** Findings for one ARM template, or why it could not be parsed. */
export interface ArmAnalysis {
  findings: DraftFinding[];
  parseError?: { message: string; start: number; end: number };
}

/** The ARM template kind's analyser: findings and the text with every removal applied. Pure. */
export function analyseArmFile(text: string, options: { filename: string; verifyOutput?: boolean }): FileResult {
  const { findings, parseError } = analyseArmTemplate(text);
  if (parseError) return parseFailureResult(text, options.filename, { ...parseError, reason: parseError.message });
  return assembleFileResult(text, options.filename, findings, options.verifyOutput === false ? undefined : parsesAsJson);
}

/** The ARM kind's re-parse net: what is left after the removals must still be JSON. */
const parsesAsJson: OutputCheck = (output) => {
  const errors: ParseError[] = [];
  parseTree(jsonText(output), errors, JSON_OPTIONS);
  return errors.length > 0 ? `the template would not be valid JSON (${printParseErrorCode(errors[0].error)})` : undefined;
};

const JSON_OPTIONS = { allowTrailingComma: true, disallowComments: false };

/** A BOM is not JSON to jsonc-parser; a space of the same length keeps every offset. */
function jsonText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/**
 * Finds the Managed Identity extension in an ARM template (.json/.jsonc) and, unless the file is a Go
 * template, deletes it with the `dependsOn` entries that point at it. Pure; bytes outside deletions stay.
 */
export function analyseArmTemplate(text: string): ArmAnalysis {
  if (!mayDeclareManagedIdentityExtension(text)) return { findings: [] };
  const templated = isGoTemplated(text);
  let parseText = jsonText(text);
  if (templated) parseText = maskGoTemplateActions(parseText);
  const errors: ParseError[] = [];
  const root = parseTree(parseText, errors, JSON_OPTIONS);
  if (!isArmTemplate(root)) {
    if (templated) return { findings: reportExtensionMentions(text, 'the file is a Go template') };
    return { findings: isDeploymentParameters(root) ? reportExtensionParameterValues(root!) : [] };
  }
  const sites = findArmExtensions(root!);
  if (sites.length === 0) return { findings: [] };
  if (templated) {
    // Names were read from the masked text: show them as written, template actions included.
    const asWritten = (site: ArmExtensionSite): ArmExtensionSite =>
      site.nameNode ? { ...site, name: text.slice(site.nameNode.offset + 1, site.nameNode.offset + site.nameNode.length - 1) } : site;
    return { findings: sites.map((site) => reportOnly(asWritten(site), 'the file is a Go template')) };
  }
  if (errors.length > 0) {
    const [error] = errors;
    const message = `Not valid JSON (${printParseErrorCode(error.error)}); the Managed Identity extension in it was not removed`;
    return { findings: [], parseError: { message, start: error.offset, end: error.offset + error.length } };
  }
  return { findings: planRemoval(text, root!, sites) };
}

function planRemoval(text: string, root: Node, candidates: ArmExtensionSite[]): DraftFinding[] {
  // Extensions still named by what stays (an output reading reference(...)) are reported, not removed;
  // dropping one can leave another referenced only by removed text, so repeat until nothing changes.
  // An extension whose publisher/type come from parameters is the extension only if the deployment passes
  // those values: reported, not removed.
  let removable = candidates.filter((site) => site.parameterised === undefined);
  const stillReferenced = new Map<ArmExtensionSite, Node>();
  let entries: ReferencingEntry[] = [];
  for (;;) {
    entries = [...findDependsOnEntries(root, removable), ...findProvisionAfterEntries(removable)];
    const isRemoved = removedOffsetTest(removable, entries);
    const kept = removable.filter((site) => {
      const reference = findRemainingReference(root, site, isRemoved);
      if (reference) stillReferenced.set(site, reference);
      return !reference;
    });
    if (kept.length === removable.length) break;
    removable = kept;
  }
  entries = entries.filter((entry) => !removedOffsetTest(removable, [])(entry.container.offset));

  const isRemoved = removedOffsetTest(removable, entries);
  const deadPorts = findDeadPortSymbols(text, root, isRemoved);
  const editsBySite = new Map<ArmExtensionSite | object, TextEdit[]>();
  const removals = new Map<Node, Map<number, ArmExtensionSite | object>>();
  const plan = (container: Node, index: number, owner: ArmExtensionSite | object): void => {
    if (!removals.has(container)) removals.set(container, new Map());
    removals.get(container)!.set(index, owner);
  };
  for (const site of removable) plan(site.container, site.container.children!.indexOf(site.element), site);
  // A dependsOn entry on a removed extension also ordered its holder after what the extension waited for
  // (the scale set): those entries take its place, so nothing deploys before them.
  const carried = carriedDependencies(text, entries);
  for (const entry of entries) {
    const replacement = carried.get(entry);
    if (replacement === undefined) plan(entry.container, entry.index, entry.site);
    else editsBySite.set(entry.site, [...(editsBySite.get(entry.site) ?? []), replacement]);
  }
  for (const port of deadPorts) {
    if (port.section === 'variables') plan(port.container, port.container.children!.indexOf(port.property), port);
  }

  const commaAfter = jsonCommaFinder(text);
  for (const [container, owners] of removals) {
    const elements = (container.children ?? []).map(rangeOf);
    for (const run of removeListElements(text, elements, new Set(owners.keys()), commaAfter)) {
      // Every owner in a run carries the run's edits (applyEdits drops the duplicates).
      const runOwners = new Set<ArmExtensionSite | object>();
      for (let index = run.first; index <= run.last; index++) runOwners.add(owners.get(index)!);
      for (const owner of runOwners) editsBySite.set(owner, [...(editsBySite.get(owner) ?? []), ...run.edits]);
    }
  }

  const lines = new LineIndex(text);
  const findings = candidates.map((site) => {
    if (site.parameterised !== undefined) {
      return extensionFinding(
        site.element.offset,
        site.element.offset + site.element.length,
        `May deploy the retired Managed Identity VM ${siteLabel(site)}: its ${site.parameterised} come from the ` +
          `template's parameters or variables, whose values here name Microsoft.ManagedIdentity/${site.extensionType}. ` +
          `Not rewritten (what it deploys depends on the values passed): review it, and if it is that extension remove it, ` +
          `the dependsOn entries that point at it and the values passed for it; keep the ${owner(site)} identity block.`,
      );
    }
    const reference = stillReferenced.get(site);
    if (reference) return reportOnly(site, `it is still referenced on line ${lines.position(reference.offset).line}`);
    const referenceCount = entries.filter((entry) => entry.site === site).length;
    return extensionFinding(site.element.offset, site.element.offset + site.element.length, deploymentMessage(site), {
      edits: editsBySite.get(site),
      description: removalDescription(site, referenceCount),
    });
  });
  for (const port of deadPorts) {
    const { start, end } = rangeOf(port.property);
    findings.push({
      ruleId: 'dead-port-config',
      severity: 'warning',
      message:
        port.section === 'variables'
          ? `Variable '${port.name}' is used only by the Managed Identity extension.`
          : `Parameter '${port.name}' is used only by the Managed Identity extension; remove it together ` +
            `with the extension and the values that parameter files and pipelines pass for it (not removed automatically).`,
      start,
      end,
      ...(port.section === 'variables' && editsBySite.get(port)
        ? { fix: editsBySite.get(port), fixDescription: 'removed with the extension' }
        : {}),
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * For each `dependsOn` entry on a removed extension: an edit putting the extension's own `dependsOn` entries
 * in its place (those the list does not hold yet, each once), or nothing when none is left to carry over.
 */
function carriedDependencies(text: string, entries: readonly ReferencingEntry[]): Map<ReferencingEntry, TextEdit> {
  const removedEntries = new Set(entries.map((entry) => entry.container.children![entry.index]));
  const held = new Map<Node, string[]>();
  const edits = new Map<ReferencingEntry, TextEdit>();
  for (const entry of entries) {
    if (entry.site.kind !== 'resource') continue;
    const own = propertyValue(entry.site.element.type === 'property' ? entry.site.element.children?.[1] : entry.site.element, 'dependsOn');
    if (!held.has(entry.container)) {
      const kept = (entry.container.children ?? []).filter((child) => !removedEntries.has(child) && child.type === 'string');
      held.set(
        entry.container,
        kept.map((child) => child.value as string),
      );
    }
    const seen = held.get(entry.container)!;
    const pieces: string[] = [];
    for (const dependency of own?.children ?? []) {
      if (dependency.type !== 'string' || removedEntries.has(dependency)) continue;
      if (seen.some((value) => sameDependency(value, dependency.value as string))) continue;
      seen.push(dependency.value as string);
      pieces.push(text.slice(dependency.offset, dependency.offset + dependency.length));
    }
    if (pieces.length === 0) continue;
    const node = entry.container.children![entry.index];
    const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
    const before = text.slice(lineStart, node.offset);
    const separator = /^[ \t]*$/.test(before) ? `,${text[lineStart - 2] === '\r' ? '\r\n' : '\n'}${before}` : ', ';
    edits.set(entry, { start: node.offset, end: node.offset + node.length, text: pieces.join(separator) });
  }
  return edits;
}

/** Whether two `dependsOn` strings name the same resource (as written, or by type and name). */
function sameDependency(a: string, b: string): boolean {
  const bare = (value: string): string => value.replace(/\s+/g, '').toLowerCase();
  if (bare(a) === bare(b)) return true;
  const [first, second] = [referenceOf(a), referenceOf(b)];
  if (!first || !second || first.segments.join('/') !== second.segments.join('/')) return false;
  return first.type === undefined || second.type === undefined || first.type === second.type;
}

/** Tests whether an offset lies inside a removed extension or a removed reference entry. */
function removedOffsetTest(sites: readonly ArmExtensionSite[], entries: readonly ReferencingEntry[]): (offset: number) => boolean {
  const ranges = [
    ...sites.map((site) => rangeOf(site.element)),
    ...entries.map((entry) => rangeOf(entry.container.children![entry.index])),
  ];
  return (offset) => ranges.some((range) => offset >= range.start && offset < range.end);
}

function siteLabel(site: ArmExtensionSite): string {
  const name = site.symbolicName ?? site.name;
  return site.kind === 'profile' ? `scale set extension profile entry '${name}'` : `extension resource '${name}'`;
}

/** Whose identity stays: the VM's or the scale set's. */
function owner(site: ArmExtensionSite): string {
  return site.kind === 'profile' || site.resourceType === SCALE_SET_EXTENSION_TYPE ? "scale set's" : "VM's";
}

function deploymentMessage(site: ArmExtensionSite): string {
  return (
    `Deploys the retired Managed Identity VM ${siteLabel(site)} (Microsoft.ManagedIdentity/${site.extensionType}), ` +
    `which is not needed: tokens come from IMDS.`
  );
}

/** What removing the extension does (a Finding.fixDescription). */
function removalDescription(site: ArmExtensionSite, referenceCount: number): string {
  const references =
    referenceCount === 0
      ? ''
      : ` with ${referenceCount} ${referenceCount === 1 ? 'reference' : 'references'} to it (dependsOn/provisionAfterExtensions)`;
  return `removed${references}; the ${owner(site)} identity block stays`;
}

function reportOnly(site: ArmExtensionSite, why: string): DraftFinding {
  return extensionFinding(
    site.element.offset,
    site.element.offset + site.element.length,
    `Deploys the retired Managed Identity VM ${siteLabel(site)} (Microsoft.ManagedIdentity/${site.extensionType}): ` +
      `remove it and the dependsOn entries that point at it, keep the ${owner(site)} identity block. Not rewritten: ${why}.`,
  );
}
