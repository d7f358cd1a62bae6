// The text scan's view of a script without its comments: a lexer small enough to run on every file the
// marker pieces keep, and careful enough to blank only what is certainly a comment. Where the grammar
// needs the parser to tell a regular expression from a division (a `/` after `}`, `>`, `!`, `default`,
// `of`, `yield`, `await`), at JSX, and at anything it does not know (an escape outside a string, an
// unterminated string or regular expression), it stops and leaves the rest of the text as it is: keeping
// a comment costs a parse, blanking code would lose a finding.

/** Keywords after which a `/` starts a regular expression. */
const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'instanceof', 'in', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else']);
/** Words after which only the parser can tell a regular expression from a division. */
const UNKNOWN_AFTER_WORD = new Set(['of', 'yield', 'await', 'default']);
/** Keywords whose parenthesised part is followed by a statement (so a `/` after its `)` starts a regular expression). */
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);

/** White space and line terminators, ASCII and not (no-break space, BOM, U+2028…). */
const isSpace = (code: number, char: string): boolean => code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && /\s/.test(char));
const isWordChar = (code: number, char: string): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 95 ||
  code === 36 ||
  code === 35 ||
  (code >= 0x80 && !/\s/.test(char));

/** What came before a `/`: whether it may start a regular expression, may not, or only the parser knows. */
type SlashMeaning = 'regex' | 'division' | 'unknown';

/**
 * The text with every comment the lexer is certain of replaced by spaces (line breaks kept), up to the
 * first place it cannot be certain: from there on the text is returned unchanged. `allowsJsx` for files
 * that may hold JSX (.js, .jsx, .tsx, .mjs, .cjs): the lexer stops at the first `<` that may open an
 * element, since `//` in JSX text is text.
 */
export function blankCertainComments(text: string, allowsJsx: boolean): string {
  const comments: Array<[number, number]> = [];
  const templateDepths: number[] = []; // for each open `${`, the brace depth inside it
  const parens: boolean[] = []; // for each open `(`, whether a control keyword precedes it
  let braceDepth = 0;
  let slash: SlashMeaning = 'regex';
  let lastWord = '';
  let afterDot = false; // a word after `.` is a property name, whatever it spells
  let index = 0;
  const length = text.length;

  /** Scans a template's characters from `index` (after `` ` `` or `}`): to its end, or into a `${`. */
  const scanTemplate = (): boolean => {
    for (; index < length; index++) {
      const code = text.charCodeAt(index);
      if (code === 92) index++;
      else if (code === 96) {
        index++;
        slash = 'division';
        return true;
      } else if (code === 36 && text.charCodeAt(index + 1) === 123) {
        index += 2;
        templateDepths.push(braceDepth);
        braceDepth++;
        slash = 'regex';
        return true;
      }
    }
    return false;
  };

  scan: while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpace(code, text[index])) {
      index++;
      continue;
    }
    if (code === 47 /* / */) {
      const next = text.charCodeAt(index + 1);
      if (next === 47) {
        const end = lineEnd(text, index);
        comments.push([index, end]);
        index = end;
        continue;
      }
      if (next === 42) {
        const close = text.indexOf('*/', index + 2);
        const end = close < 0 ? length : close + 2;
        comments.push([index, end]);
        index = end;
        continue;
      }
      if (slash === 'unknown') break scan;
      if (slash === 'division') {
        index++;
        slash = 'regex';
        continue;
      }
      // A regular expression: to its closing `/` outside a class; a line break means the guess was wrong.
      let inClass = false;
      for (index++; ; index++) {
        if (index >= length) break scan;
        const inside = text.charCodeAt(index);
        if (inside === 10 || inside === 13) break scan;
        if (inside === 92) index++;
        else if (inside === 91) inClass = true;
        else if (inside === 93) inClass = false;
        else if (inside === 47 && !inClass) break;
      }
      index++;
      while (index < length && isWordChar(text.charCodeAt(index), text[index])) index++; // flags
      slash = 'division';
      afterDot = false;
      continue;
    }
    if (code === 39 || code === 34 /* ' " */) {
      for (index++; index < length; index++) {
        const inside = text.charCodeAt(index);
        if (inside === 92) index++;
        else if (inside === code) break;
        else if (inside === 10 || inside === 13) break scan; // an unterminated string: only the parser knows
      }
      index++;
      slash = 'division';
      afterDot = false;
      continue;
    }
    if (code === 96 /* ` */) {
      afterDot = false;
      index++;
      if (!scanTemplate()) break scan;
      continue;
    }
    if (code === 92 /* \ */) break scan; // an escaped identifier
    if (isWordChar(code, text[index])) {
      const start = index;
      while (index < length && isWordChar(text.charCodeAt(index), text[index])) index++;
      lastWord = afterDot ? '' : text.slice(start, index);
      slash = REGEX_AFTER_KEYWORD.has(lastWord) ? 'regex' : UNKNOWN_AFTER_WORD.has(lastWord) ? 'unknown' : 'division';
      afterDot = false;
      if (text.charCodeAt(index) === 92) break scan;
      continue;
    }
    // Punctuation.
    index++;
    const word = lastWord;
    lastWord = '';
    afterDot = false;
    switch (code) {
      case 40 /* ( */:
        parens.push(CONTROL_KEYWORDS.has(word));
        slash = 'regex';
        break;
      case 41 /* ) */:
        slash = parens.pop() ? 'regex' : 'division';
        break;
      case 93 /* ] */:
        slash = 'division';
        break;
      case 123 /* { */:
        braceDepth++;
        slash = 'regex';
        break;
      case 125 /* } */:
        braceDepth--;
        if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth) {
          templateDepths.pop();
          if (!scanTemplate()) break scan;
        } else {
          slash = 'unknown'; // a block (then a regular expression) or an object literal (then a division)
        }
        break;
      case 43 /* + */:
      case 45 /* - */:
        // `a++ / b` divides; a lone `+` or `-` is followed by an operand.
        slash = text.charCodeAt(index) === code ? 'division' : 'regex';
        if (slash === 'division') index++;
        break;
      case 60 /* < */:
        if (allowsJsx && slash !== 'division') break scan; // may open a JSX element
        slash = 'regex';
        break;
      case 62 /* > */:
        // `=>` is followed by an operand; any other `>` may close a TypeScript type argument (`<T> / 2`).
        slash = text.charCodeAt(index - 2) === 61 ? 'regex' : 'unknown';
        break;
      case 33 /* ! */:
        slash = text.charCodeAt(index) === 61 ? 'regex' : 'unknown'; // `!=`; else a not, or TypeScript's non-null `x!`
        break;
      case 46 /* . */:
        if (text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) {
          // `.5`: a number
          while (index < length && isWordChar(text.charCodeAt(index), text[index])) index++;
          slash = 'division';
        } else if (text.charCodeAt(index) === 46) {
          index += 2; // `...`: an operand follows
          slash = 'regex';
        } else {
          afterDot = true;
          slash = 'regex';
        }
        break;
      default:
        slash = 'regex';
    }
  }

  if (comments.length === 0) return text;
  let result = '';
  let from = 0;
  for (const [start, end] of comments) {
    result += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return result + text.slice(from);
}

function lineEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return index;
  }
  return text.length;
}
