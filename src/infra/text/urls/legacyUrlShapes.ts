import { LOOPBACK_HOST_SOURCE } from '../../../engine/url/loopback';

/**
 * Where a legacy token URL's port comes from: a literal, an expression (a variable, an interpolation hole, a
 * concatenated operand, a shell default), or a placeholder that a format call fills (`{0}`, `{}`, `%d`).
 */
export type PortSource =
  { kind: 'literal'; port: string } | { kind: 'expression'; text: string } | { kind: 'placeholder'; key: string; raw: string };

/** A loopback `…:<port>/oauth2/token` found in code, the port written any way the language allows. */
export interface LegacyUrlShape {
  /** Offset of `http`. */
  start: number;
  /** Offset just after `/oauth2/token`. */
  end: number;
  port: PortSource;
  /** The exact text between `host:` and `/oauth2/token` (quotes and `+` of a concatenation included). */
  portText: string;
}

/** How a language writes a port inside or next to a string. */
export type HoleGrammar = 'printf-and-braces' | 'ruby' | 'shell' | 'powershell';

const HOST = String.raw`https?://${LOOPBACK_HOST_SOURCE}:`;
const PATH = String.raw`/oauth2/token(?![\w/.~%-])`;
/** `" + port + "`, `' + str(port) + '`, `" << port.to_s << "`: the string closes after `host:` and reopens with the path. */
const CONCATENATION = String.raw`(["'\x60])\s*(?:\+|<<)\s*([^\n;]{1,120}?)\s*(?:\+|<<)\s*(?:@|\$)?["'\x60]`;

const PORT_FORMS: Record<HoleGrammar, string> = {
  // {0} {} {port} {self.port}: .format, string.Format, f-strings, C# $"…"; %d %s %v %(port)d %1$d: printf and %.
  'printf-and-braces': String.raw`(\d+)|\{([^{}"'\n]{0,60})\}|%(?:\((\w+)\)|(\d+)\$)?[-+ 0#]*\d*[dsvi]|${CONCATENATION}`,
  ruby: String.raw`(\d+)|#\{([^}\n]{1,60})\}|%(?:<(\w+)>|\{(\w+)\})?[-+ 0#]*\d*[dsi]|${CONCATENATION}`,
  // $PORT ${PORT} ${PORT:-50342} $(…) and `"…:"$PORT"/…"` (quotes closed around the variable).
  shell: String.raw`(\d+)|["']?\$\{?(\w+)(?::?[-=]([^}\n]*))?\}?["']?|["']?\$\(([^()\n]*)\)["']?`,
  // $msiPort $env:MSI_PORT ${msiPort} $($x.Port) {0} with -f, and "…" + $msiPort + "…".
  powershell: String.raw`(\d+)|\$\{?((?:env:|script:|global:|local:)?\w+)\}?|\$\(([^()\n]*)\)|\{(\d+)\}|${CONCATENATION}`,
};

const PATTERNS = new Map<HoleGrammar, RegExp>();

function patternOf(grammar: HoleGrammar): RegExp {
  let pattern = PATTERNS.get(grammar);
  if (!pattern) {
    pattern = new RegExp(`${HOST}(?:${PORT_FORMS[grammar]})${PATH}`, 'gi');
    PATTERNS.set(grammar, pattern);
  }
  return pattern;
}

/**
 * Every legacy token URL in `text[start, end)` whatever way its port is written, in the given grammar.
 * `text` should have its comments blanked. Pure.
 */
export function findLegacyUrlShapes(text: string, grammar: HoleGrammar, start = 0, end = text.length): LegacyUrlShape[] {
  const pattern = patternOf(grammar);
  const body = text.slice(start, end);
  const shapes: LegacyUrlShape[] = [];
  pattern.lastIndex = 0;
  for (const match of body.matchAll(pattern)) {
    const portText = match[0].slice(match[0].indexOf(':', 6) + 1, match[0].length - '/oauth2/token'.length);
    const port = portSourceOf(match, grammar, portText);
    if (!port) continue;
    shapes.push({ start: start + match.index, end: start + match.index + match[0].length, port, portText });
  }
  return shapes;
}

function portSourceOf(match: RegExpMatchArray, grammar: HoleGrammar, portText: string): PortSource | undefined {
  const groups = match.slice(1);
  if (groups[0] !== undefined) return { kind: 'literal', port: groups[0] };
  switch (grammar) {
    case 'printf-and-braces': {
      const [, brace, named, positional, , operand] = groups;
      if (operand !== undefined) return { kind: 'expression', text: operand };
      if (brace !== undefined) return { kind: 'placeholder', key: brace.trim(), raw: portText };
      if (named !== undefined) return { kind: 'placeholder', key: named, raw: portText };
      if (positional !== undefined) return { kind: 'placeholder', key: String(Number(positional) - 1), raw: portText };
      return { kind: 'placeholder', key: '%', raw: portText };
    }
    case 'ruby': {
      const [, hole, angle, curly, , operand] = groups;
      if (operand !== undefined) return { kind: 'expression', text: operand };
      if (hole !== undefined) return { kind: 'expression', text: hole };
      return { kind: 'placeholder', key: angle ?? curly ?? '%', raw: portText };
    }
    case 'shell': {
      const [, name, fallback, substitution] = groups;
      if (name !== undefined) return { kind: 'expression', text: fallback !== undefined ? `${name} ${fallback}` : name };
      if (substitution !== undefined) return { kind: 'expression', text: substitution };
      return undefined;
    }
    case 'powershell': {
      const [, name, substitution, index, , operand] = groups;
      if (name !== undefined) return { kind: 'expression', text: `$${name}` };
      if (substitution !== undefined) return { kind: 'expression', text: substitution };
      if (index !== undefined) return { kind: 'placeholder', key: index, raw: portText };
      if (operand !== undefined) return { kind: 'expression', text: operand };
      return undefined;
    }
  }
}
