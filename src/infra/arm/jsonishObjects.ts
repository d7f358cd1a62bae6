/** An object `{…}` of JSON-like text that need not parse: its range, parent, key and direct string members. */
export interface JsonishObject {
  start: number;
  /** Offset just after the closing brace (the end of the text when it never closes). */
  end: number;
  parent?: JsonishObject;
  /** The key this object is the value of (`"properties": {…}`), if any. */
  key?: string;
  /** Direct members whose value is a string or a number, as written (without quotes). */
  members: Map<string, { value: string; start: number; end: number }>;
}

/**
 * Every `{…}` object of JSON-like text (a Go-templated ARM part with its actions blanked, a fragment that is a
 * list of resources, text with trailing commas): tolerant of anything between members, strings skipped
 * with their escapes. Pure.
 */
export function jsonishObjects(text: string): JsonishObject[] {
  const all: JsonishObject[] = [];
  const stack: JsonishObject[] = [];
  let pendingKey: string | undefined;
  let memberKey: { key: string; depth: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const close = stringEnd(text, i);
      const value = text.slice(i + 1, close);
      const after = /^\s*:/.exec(text.slice(close + 1, close + 40));
      if (after) {
        pendingKey = value;
        memberKey = { key: value, depth: stack.length };
        i = close + after[0].length;
        continue;
      }
      if (memberKey && memberKey.depth === stack.length && stack.length > 0)
        stack[stack.length - 1].members.set(memberKey.key, { value, start: i, end: close + 1 });
      memberKey = undefined;
      pendingKey = undefined;
      i = close;
    } else if (ch === '{') {
      const object: JsonishObject = { start: i, end: text.length, parent: stack[stack.length - 1], key: pendingKey, members: new Map() };
      all.push(object);
      stack.push(object);
      pendingKey = undefined;
      memberKey = undefined;
    } else if (ch === '}') {
      const object = stack.pop();
      if (object) object.end = i + 1;
      memberKey = undefined;
    } else if (ch === '[' || ch === ',') {
      pendingKey = undefined;
      if (ch === ',') memberKey = undefined;
    } else if (/[\d-]/.test(ch) && memberKey && memberKey.depth === stack.length && stack.length > 0) {
      const number = /^-?\d+(?:\.\d+)?/.exec(text.slice(i, i + 30));
      if (number) {
        stack[stack.length - 1].members.set(memberKey.key, { value: number[0], start: i, end: i + number[0].length });
        memberKey = undefined;
        i += number[0].length - 1;
      }
    }
  }
  return all;
}

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}
