import { scriptRegion, type Dialect, type ScriptRegion } from '../shell/scriptRegion';
import { splitLines, type TextLine } from './yamlLines';

/** Which keys hold scripts, and how a step's dialect is recognised, for one CI system. */
interface CiFlavour {
  scriptKeys: RegExp;
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

/** Script regions of the `run:` steps of a GitHub Actions workflow, and the `inlineScript:` inputs of the Azure actions. */
export function githubActionsRegions(text: string): ScriptRegion[] {
  return yamlScriptRegions(text, GITHUB_ACTIONS);
}

/** Script regions of `script:`/`bash:`/`pwsh:`/`powershell:` steps and task `script`/`inlineScript` inputs. */
export function azurePipelinesRegions(text: string): ScriptRegion[] {
  return yamlScriptRegions(text, AZURE_PIPELINES);
}

const KEY_LINE = /^([ \t]*)(-[ \t]+)?([A-Za-z]+)[ \t]*:(?:[ \t]+|$)(.*)$/;

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
    if (/^[|>]/.test(value)) {
      const body = blockBody(lines, i, keyIndent);
      if (body) regions.push(scriptRegion(body.start, body.end, dialect, { ...extra, foldedNewlines: value.startsWith('>') }));
    } else if (/^['"]/.test(value)) {
      const close = line.content.lastIndexOf(value[0]);
      const end = close > line.content.length - value.length ? line.start + close : line.end;
      regions.push(
        scriptRegion(valueStart + 1, end, dialect, {
          ...extra,
          reportOnlyReason: "the script is a quoted YAML scalar (its escapes are YAML's)",
        }),
      );
    } else if (value.trim() !== '') {
      const comment = /[ \t]#/.exec(value);
      const last = comment ? i : plainScalarEnd(lines, i, keyIndent);
      // A plain scalar may continue on more-indented lines: YAML folds them into one line (one command).
      regions.push(
        scriptRegion(valueStart, comment ? valueStart + comment.index : lines[last].end, dialect, { ...extra, foldedNewlines: last > i }),
      );
    }
  }
  return regions;
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
