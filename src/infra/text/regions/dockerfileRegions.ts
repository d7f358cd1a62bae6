import { scriptRegion, type ScriptRegion } from '../shell/scriptRegion';

/**
 * The shell text of every `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK … CMD` instruction (continuation
 * lines included). Exec form (`RUN [...]`) and heredocs are report-only. A `SHELL ["pwsh"…]` / `["powershell"…]` instruction switches later RUNs to
 * PowerShell; the `# escape=` parser directive sets the continuation character.
 */
export function dockerfileRegions(text: string): ScriptRegion[] {
  const escape = /^\s*#\s*escape\s*=\s*`/im.test(text.slice(0, 200)) ? '`' : '\\';
  const regions: ScriptRegion[] = [];
  let dialect: 'sh' | 'pwsh' = 'sh';
  let powershellCore = false;
  const instruction = /^[ \t]*(RUN|SHELL|CMD|ENTRYPOINT|HEALTHCHECK)[ \t]+/gim;
  for (let match = instruction.exec(text); match; match = instruction.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const end = instructionEnd(text, bodyStart, escape);
    const body = text.slice(bodyStart, end);
    if (match[1].toUpperCase() === 'SHELL') {
      dialect = /pwsh|powershell/i.test(body) ? 'pwsh' : 'sh';
      powershellCore = /pwsh/i.test(body);
      continue;
    }
    // HEALTHCHECK's own options come before its CMD keyword (options and CMD may sit on continuation lines).
    const healthcheck = match[1].toUpperCase() === 'HEALTHCHECK' ? /^(?:(?:--\S+|\\\r?\n|`\r?\n)\s*)*CMD[ \t]+/i.exec(body) : undefined;
    if (match[1].toUpperCase() === 'HEALTHCHECK' && !healthcheck) continue;
    const flags = healthcheck ? healthcheck[0] : /^(?:--\S+[ \t]+)*/.exec(body)![0];
    const start = bodyStart + flags.length;
    const form = body.slice(flags.length).trimStart();
    const reportOnlyReason = form.startsWith('[')
      ? `a ${match[1].toUpperCase()} in exec form (a JSON array)`
      : form.startsWith('<<')
        ? `a ${match[1].toUpperCase()} heredoc`
        : undefined;
    regions.push(
      scriptRegion(start, end, dialect, {
        continuation: escape,
        reportOnlyReason,
        powershellCore: dialect === 'pwsh' ? powershellCore : undefined,
      }),
    );
    instruction.lastIndex = Math.max(end, instruction.lastIndex);
  }
  return regions;
}

/** End of the instruction starting at `pos`: the first line break not preceded by the escape character. */
function instructionEnd(text: string, pos: number, escape: string): number {
  let i = pos;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\r' || (ch === '\n' && text[i - 1] !== '\r')) {
      let back = i - 1;
      while (back >= pos && (text[back] === ' ' || text[back] === '\t')) back--;
      if (text[back] !== escape) return i;
    }
    i++;
  }
  return i;
}
