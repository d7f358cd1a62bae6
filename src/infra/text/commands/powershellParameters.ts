import type { Command, Word } from '../shell/word';

/** One `-Name value` (or switch) occurrence, by its full parameter name. */
export interface PowershellParameter {
  name: string;
  indices: number[];
  valueWord?: Word;
  /**
   * The value of a colon-bound parameter: the rest of the word in `-Name:value`, or the next word in
   * `-Name: value`. Read by the reporters only; the rewriters leave colon-bound calls to manual review.
   */
  boundWord?: Word;
}

/** A cmdlet's arguments read against its parameter names. */
export interface PowershellArguments {
  parameters: PowershellParameter[];
  positionals: Array<{ index: number; word: Word }>;
  /** The first parameter that is unknown or ambiguous. */
  unknown?: string;
}

/**
 * Reads PowerShell arguments. Parameter names are case-insensitive and may be abbreviated to any unambiguous
 * prefix, as PowerShell allows; `-Name:value` is one word.
 */
export function parsePowershellArguments(command: Command, valued: readonly string[], switches: readonly string[]): PowershellArguments {
  const parsed: PowershellArguments = { parameters: [], positionals: [] };
  const all = [...valued, ...switches];
  const { words } = command;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    const flag = word.quote === undefined && word.kind === 'word' ? /^-([A-Za-z][\w]*)(:?)/.exec(word.raw) : null;
    if (!flag) {
      parsed.positionals.push({ index: i, word });
      continue;
    }
    const given = flag[1].toLowerCase();
    const exact = all.find((name) => name.toLowerCase() === given);
    const matches = exact ? [exact] : all.filter((name) => name.toLowerCase().startsWith(given));
    if (matches.length !== 1) {
      parsed.unknown ??= word.raw;
      continue;
    }
    const name = matches[0];
    if (flag[2] === ':') {
      const boundWord = word.raw.length > flag[0].length ? wordAfter(word, flag[0].length) : words[i + 1];
      parsed.parameters.push({ name, indices: [i], boundWord });
    } else if (switches.includes(name)) {
      parsed.parameters.push({ name, indices: [i] });
    } else {
      parsed.parameters.push({ name, indices: [i, i + 1], valueWord: words[i + 1] });
      i++;
    }
  }
  return parsed;
}

/** The parameters called `name`. */
export function parametersNamed(parsed: PowershellArguments, name: string): PowershellParameter[] {
  return parsed.parameters.filter((parameter) => parameter.name === name);
}

/** The part of `word` after its first `length` characters (an unquoted `-Name:` prefix), as a word of its own. */
function wordAfter(word: Word, length: number): Word {
  const raw = word.raw.slice(length);
  const quote = /^'(?:[^']|'')*'$/.test(raw) ? "'" : /^"[^"`$]*"$/.test(raw) ? '"' : undefined;
  return {
    start: word.start + length,
    end: word.end,
    raw,
    value: word.value?.slice(length),
    literalPrefix: word.literalPrefix.slice(length),
    quote,
    kind: 'word',
    substitutions: word.substitutions.filter((inner) => inner.start >= word.start + length),
  };
}
