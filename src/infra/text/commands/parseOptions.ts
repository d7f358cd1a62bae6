import type { Command, Word } from '../shell/word';

/** Which options a program takes, by long name; short letters map to long names. */
export interface OptionTable {
  withValue: ReadonlySet<string>;
  withoutValue: ReadonlySet<string>;
  shortWithValue: Readonly<Record<string, string>>;
  shortWithoutValue: Readonly<Record<string, string>>;
  /** Whole words that are options on their own (wget's `-nv`). */
  specialWords?: Readonly<Record<string, string>>;
  /** `--name=value` is accepted (wget), not only `--name value` (curl). */
  longEquals: boolean;
}

/** One option occurrence: its long name, the indices of its words, and its value when literal. */
export interface ParsedOption {
  name: string;
  indices: number[];
  value?: string;
  /** True when the option takes a value that is not literal. */
  dynamic: boolean;
  /** A short option after the first letter of a cluster (`-sX`): its word cannot be deleted alone. */
  clustered?: boolean;
}

/** A command line read against an OptionTable. */
export interface ParsedArguments {
  options: ParsedOption[];
  positionals: Array<{ index: number; word: Word }>;
  /** The first option the table does not know (the command is then not rewritten). */
  unknown?: string;
}

/** Reads `command`'s arguments (words after the program) as options and positionals. */
export function parseOptions(command: Command, table: OptionTable): ParsedArguments {
  const parsed: ParsedArguments = { options: [], positionals: [] };
  const { words } = command;
  let onlyPositionals = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word.kind === 'redirect') {
      if (/[<>]$/.test(word.raw)) i++;
      continue;
    }
    const literal = word.value;
    if (onlyPositionals || literal === undefined || !literal.startsWith('-') || literal === '-') {
      parsed.positionals.push({ index: i, word });
      continue;
    }
    if (literal === '--') {
      onlyPositionals = true;
      continue;
    }
    const consumed = literal.startsWith('--')
      ? readLong(words, i, literal.slice(2), table, parsed)
      : readShort(words, i, literal, table, parsed);
    if (consumed < 0) {
      parsed.unknown ??= literal;
      continue;
    }
    i += consumed;
  }
  return parsed;
}

/** Returns how many extra words the option consumed, or -1 when unknown. */
function readLong(words: Word[], i: number, body: string, table: OptionTable, parsed: ParsedArguments): number {
  const special = table.specialWords?.[`--${body}`];
  if (special) return (push(parsed, special, [i], undefined, false), 0);
  const eq = table.longEquals ? body.indexOf('=') : -1;
  const name = eq < 0 ? body : body.slice(0, eq);
  if (table.withoutValue.has(name) && eq < 0) return (push(parsed, name, [i], undefined, false), 0);
  if (!table.withValue.has(name)) return -1;
  if (eq >= 0) return (push(parsed, name, [i], body.slice(eq + 1), false), 0);
  return pushNext(words, i, name, parsed);
}

function readShort(words: Word[], i: number, literal: string, table: OptionTable, parsed: ParsedArguments): number {
  const special = table.specialWords?.[literal];
  if (special) return (push(parsed, special, [i], undefined, false), 0);
  for (let k = 1; k < literal.length; k++) {
    const letter = literal[k];
    if (table.shortWithoutValue[letter]) {
      push(parsed, table.shortWithoutValue[letter], [i], undefined, false);
      continue;
    }
    const name = table.shortWithValue[letter];
    if (!name) return -1;
    const inline = literal.slice(k + 1);
    const consumed = inline !== '' ? (push(parsed, name, [i], inline, false), 0) : pushNext(words, i, name, parsed);
    if (k > 1) parsed.options[parsed.options.length - 1].clustered = true;
    return consumed;
  }
  return 0;
}

function pushNext(words: Word[], i: number, name: string, parsed: ParsedArguments): number {
  const valueWord = words[i + 1];
  if (!valueWord) return (push(parsed, name, [i], undefined, true), 0);
  push(parsed, name, [i, i + 1], valueWord.value, valueWord.value === undefined);
  return 1;
}

function push(parsed: ParsedArguments, name: string, indices: number[], value: string | undefined, dynamic: boolean): void {
  parsed.options.push({ name, indices, value, dynamic });
}

/** The options named `name` (long name). */
export function optionsNamed(parsed: ParsedArguments, ...names: string[]): ParsedOption[] {
  return parsed.options.filter((option) => names.includes(option.name));
}
