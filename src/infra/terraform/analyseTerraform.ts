import { assembleFileResult } from '../../engine/fileResult';
import { LineIndex } from '../../engine/positions';
import type { DraftFinding, FileResult } from '../../engine/types';
import { extensionFinding } from '../../extension/extensionFinding';
import { isManagedIdentityExtension, mayDeclareManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { parseHclBlocks, type HclBlock } from './hclBlocks';
import { scanHcl, type HclScan } from './hclTokens';
import { blockDeletion } from './blockDeletion';

/** Standalone extension resources: removable when nothing else in the file names them. */
const STANDALONE_EXTENSION_TYPES = new Set(['azurerm_virtual_machine_extension', 'azurerm_virtual_machine_scale_set_extension']);

/** The Terraform kind's analyser: findings and the text with every removal applied (no re-parse net: no HCL parser). Pure. */
export function analyseTerraformFile(text: string, options: { filename: string }): FileResult {
  return assembleFileResult(text, options.filename, analyseTerraform(text));
}

/**
 * Finds the Managed Identity extension in Terraform: standalone extension resources (deleted, with the
 * comment lines directly above them, unless referenced elsewhere in the file) and scale set `extension`
 * blocks (reported). Pure.
 */
export function analyseTerraform(text: string): DraftFinding[] {
  if (!mayDeclareManagedIdentityExtension(text)) return [];
  const scan = scanHcl(text);
  const lines = new LineIndex(text);
  const findings: DraftFinding[] = [];
  for (const block of parseHclBlocks(scan.tokens)) {
    if (block.type !== 'resource' || block.labels.length < 2) continue;
    const [resourceType, resourceName] = block.labels;
    if (STANDALONE_EXTENSION_TYPES.has(resourceType) && declaresExtension(block)) {
      findings.push(standaloneFinding(text, scan, lines, block, `${resourceType}.${resourceName}`));
    }
    for (const nested of block.blocks) {
      if (nested.type !== 'extension' || !declaresExtension(nested)) continue;
      const name = attributeValue(nested, 'name') ?? '?';
      findings.push(
        extensionFinding(
          nested.start,
          nested.end,
          `Scale set ${resourceType}.${resourceName} provisions the retired Managed Identity VM extension in its ` +
            `extension block '${name}' (${attributeValue(nested, 'type')}): delete the block (and any ` +
            `provision_after_extensions entry naming it), keep the identity block. Reported only.`,
        ),
      );
    }
  }
  return findings;
}

function declaresExtension(block: HclBlock): boolean {
  return isManagedIdentityExtension(attributeValue(block, 'publisher'), attributeValue(block, 'type'));
}

function attributeValue(block: HclBlock, name: string): string | undefined {
  return block.attributes.find((attribute) => attribute.name === name)?.value;
}

function standaloneFinding(text: string, scan: HclScan, lines: LineIndex, block: HclBlock, address: string): DraftFinding {
  const what = `resource ${address} (Microsoft.ManagedIdentity/${attributeValue(block, 'type')})`;
  const reference = findReference(text, scan, block, address);
  if (reference !== undefined) {
    return extensionFinding(
      block.start,
      block.end,
      `Deploys the retired Managed Identity VM extension: ${what}. Not removed: it is referenced on line ` +
        `${lines.position(reference).line}; drop that reference, then delete the block. Keep the VM's identity block.`,
    );
  }
  return extensionFinding(
    block.start,
    block.end,
    `Deploys the retired Managed Identity VM extension: ${what}, which is not needed: tokens come from IMDS.`,
    { edits: [blockDeletion(text, block.start, block.end)], description: "removed; the VM's identity block stays" },
  );
}

/** Offset of the first use of `address` (`azurerm_virtual_machine_extension.msi`) outside the block and comments. */
function findReference(text: string, scan: HclScan, block: HclBlock, address: string): number | undefined {
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'g');
  for (const match of text.matchAll(pattern)) {
    const offset = match.index ?? 0;
    if (offset >= block.start && offset < block.end) continue;
    if (scan.comments.some((comment) => offset >= comment.start && offset < comment.end)) continue;
    return offset;
  }
  return undefined;
}
