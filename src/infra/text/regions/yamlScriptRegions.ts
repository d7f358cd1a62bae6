import { scriptRegion, type Dialect, type ScriptRegion } from '../shell/scriptRegion';
import { splitLines, type TextLine } from './yamlLines';

/** Which keys hold scripts, and how a step's dialect is recognised, for one CI system. */
interface CiFlavour {
  scriptKeys: RegExp;
  /** The key's value may be a list of commands (`script:` then `- cmd` lines), each its own script. */
  listValues?: boolean;
  dialectOf(key: string, step: string): { dialect: Dialect; powershellCore: boolean };
}

const GITHUB_ACTIONS: CiFlavour = {
  // `inlineScript:` is the script input of the azure/cli (bash) and azure/powershell (pwsh) actions.
  scriptKeys: /^(run|inlineScript)$/,
  dialectOf(key, step) {
    if (key === 'inlineScript') {
      const powershell = /^\s*(?:-\s+)?uses\s*:\s*['"]?azure\/powershell@/im.test(step);
      return { dialect: powershell ? 'pwsh' : 'sh', powershellCore: powershell };
    }
    const shell = /^\s*(?:-\s+)?shell\s*:\s*['"]?(\w+)/m.exec(step)?.[1]?.toLowerCase();
    if (shell === 'pwsh') return { dialect: 'pwsh', powershellCore: true };
    if (shell === 'powershell') return { dialect: 'pwsh', powershellCore: false };
    return { dialect: 'sh', powershellCore: false };
  },
};

const AZURE_PIPELINES: CiFlavour = {
  scriptKeys: /^(script|bash|pwsh|powershell|inlineScript|Inline)$/,
  dialectOf(key, step) {
    if (key === 'pwsh') return { dialect: 'pwsh', powershellCore: true };
    if (key === 'powershell') return { dialect: 'pwsh', powershellCore: false };
    if (/^\s*pwsh\s*:\s*true\b/im.test(step)) return { dialect: 'pwsh', powershellCore: true };
    if (/^\s*(?:-\s*)?task\s*:\s*(?:Azure)?PowerShell@/im.test(step) || /^\s*scriptType\s*:\s*['"]?(?:ps|pscore)\b/im.test(step)) {
      return { dialect: 'pwsh', powershellCore: /pscore|pwsh\s*:\s*true/i.test(step) };
    }
    return { dialect: 'sh', powershellCore: false };
  },
};

const GITLAB_CI: CiFlavour = {
  // A job's `script`, `before_script` and `after_script` (also under `default:`), each a list of commands or one.
  scriptKeys: /^(script|before_script|after_script)$/,
  listValues: true,
  // The shell is the runner's (sh on Linux runners, which the extension's VMs are): read as sh.
  dialectOf() {
    return { dialect: 'sh', powershellCore: false };
  },
};

/** Script regions of the `script:`/`before_script:`/`after_script:` commands of a GitLab CI file. */
export function gitlabCiRegions(text: string): ScriptRegion[] {
  return yamlScriptRegions(text, GITLAB_CI);
}

/** Script regions of the `run:` steps of a GitHub Actions workflow, and the `inlineScript:` inputs of the Azure actions. */
export function githubActionsRegions(text: string): ScriptRegion[] {
  return yamlScriptRegions(text, GITHUB_ACTIONS);
}

/** Script regions of `script:`/`bash:`/`pwsh:`/`powershell:` steps and task `script`/`inlineScript` inputs. */
export function azurePipelinesRegions(text: string): ScriptRegion[] {
  return yamlScriptRegions(text, AZURE_PIPELINES);
}

const KEY_LINE = /^([ \t]*)(-[ \t]+)?([A-Za-z_]+)[ \t]*:(?:[ \t]+|$)(.*)$/;

function yamlScriptRegions(text: string, flavour: CiFlavour): ScriptRegion[] {
  const lines = splitLines(text);
  const regions: ScriptRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = KEY_LINE.exec(line.content);
    if (!key || !flavour.scriptKeys.test(key[3])) continue;
    const keyIndent = key[1].length + (key[2]?.length ?? 0);
    const valueStart = line.start + line.content.length - key[4].length;
    const value = key[4];
    const { dialect, powershellCore } = flavour.dialectOf(key[3], stepText(text, lines, i, keyIndent));
    const extra = { powershellCore };
    if (flavour.listValues && value.trim() === '') {
      for (const item of listItems(lines, i, keyIndent)) {
        regions.push(...valueRegions(lines, item.line, item.valueStart, item.value, item.indent, dialect, extra));
      }
      continue;
    }
    regions.push(...valueRegions(lines, i, valueStart, value, keyIndent, dialect, extra));
  }
  return regions;
}

/** The script regions of one scalar value starting at `valueStart` on line `i` (block, quoted or plain). */
function valueRegions(
  lines: TextLine[],
  i: number,
  valueStart: number,
  value: string,
  keyIndent: number,
  dialect: Dialect,
  extra: { powershellCore: boolean },
): ScriptRegion[] {
  const line = lines[i];
  if (/^[|>]/.test(value)) {
    const body = blockBody(lines, i, keyIndent);
    return body ? [scriptRegion(body.start, body.end, dialect, { ...extra, foldedNewlines: value.startsWith('>') })] : [];
  }
  if (/^['"]/.test(value)) {
    const close = line.content.lastIndexOf(value[0]);
    const end = close > line.content.length - value.length ? line.start + close : line.end;
    return [
      scriptRegion(valueStart + 1, end, dialect, {
        ...extra,
        reportOnlyReason: "the script is a quoted YAML scalar (its escapes are YAML's)",
      }),
    ];
  }
  if (value.trim() === '') return [];
  const comment = /[ \t]#/.exec(value);
  const last = comment ? i : plainScalarEnd(lines, i, keyIndent);
  // A plain scalar may continue on more-indented lines: YAML folds them into one line (one command).
  return [
    scriptRegion(valueStart, comment ? valueStart + comment.index : lines[last].end, dialect, { ...extra, foldedNewlines: last > i }),
  ];
}

/** The `- item` lines of a block sequence that is the value of the key on line `keyLine`. */
function listItems(
  lines: TextLine[],
  keyLine: number,
  keyIndent: number,
): Array<{ line: number; indent: number; valueStart: number; value: string }> {
  const items: Array<{ line: number; indent: number; valueStart: number; value: string }> = [];
  let itemIndent = -1;
  for (let j = keyLine + 1; j < lines.length; j++) {
    const content = lines[j].content;
    if (content.trim() === '' || content.trim().startsWith('#')) continue;
    const item = /^([ \t]*)-(?:[ \t]+|$)(.*)$/.exec(content);
    if (itemIndent < 0) {
      if (!item || lines[j].indent < keyIndent) break;
      itemIndent = lines[j].indent;
    }
    if (lines[j].indent < itemIndent) break;
    if (lines[j].indent > itemIndent) continue; // the continuation of an item (block or plain scalar)
    if (!item) break;
    items.push({ line: j, indent: itemIndent, valueStart: lines[j].start + content.length - item[2].length, value: item[2] });
  }
  return items;
}

/** The last line of a plain (unquoted) scalar that starts on line `keyLine`: its more-indented continuation lines. */
function plainScalarEnd(lines: TextLine[], keyLine: number, keyIndent: number): number {
  let last = keyLine;
  for (let j = keyLine + 1; j < lines.length; j++) {
    const content = lines[j].content.trim();
    if (content === '') continue;
    if (lines[j].indent <= keyIndent || content.startsWith('#')) break;
    last = j;
  }
  return last;
}

/** The lines of a block scalar: everything more indented than its key (blank lines included, trailing ones not). */
function blockBody(lines: TextLine[], keyLine: number, keyIndent: number): { start: number; end: number } | undefined {
  let last = -1;
  for (let j = keyLine + 1; j < lines.length; j++) {
    if (lines[j].content.trim() === '') continue;
    if (lines[j].indent <= keyIndent) break;
    last = j;
  }
  return last < 0 ? undefined : { start: lines[keyLine + 1].start, end: lines[last].end };
}

/** The text of the list item (step) holding the key on line `keyLine`. */
function stepText(text: string, lines: TextLine[], keyLine: number, keyIndent: number): string {
  let first = keyLine;
  while (first > 0 && !/^[ \t]*-[ \t]/.test(lines[first].content)) {
    first--;
    if (lines[first].content.trim() !== '' && lines[first].indent < keyIndent - 2) break;
  }
  const itemIndent = lines[first].indent;
  let last = keyLine;
  for (let j = keyLine + 1; j < lines.length; j++) {
    if (lines[j].content.trim() === '') continue;
    if (lines[j].indent <= itemIndent) break;
    last = j;
  }
  return text.slice(lines[first].start, lines[last].end);
}
