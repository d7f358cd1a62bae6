import type { Word } from './word';

type Segment = 'u' | "'" | '"';

/** Accumulates a word's literal value, its quoting segments and its substitutions while lexing. */
export class WordBuilder {
  private value = '';
  private prefix = '';
  private dynamic = false;
  private readonly segments: Segment[] = [];
  readonly substitutions: Array<{ start: number; end: number }> = [];

  /** Appends literal text found in segment `segment`. */
  literal(text: string, segment: Segment): void {
    this.mark(segment);
    this.value += text;
    if (!this.dynamic) this.prefix += text;
  }

  /** Records an expansion: the word no longer has a literal value. */
  expansion(segment: Segment): void {
    this.mark(segment);
    this.dynamic = true;
  }

  /** Starts a new quoted segment (`"a""b"` is two segments). */
  openQuote(quote: "'" | '"'): void {
    this.segments.push(quote);
  }

  private mark(segment: Segment): void {
    if (segment === 'u' && this.segments[this.segments.length - 1] !== 'u') this.segments.push('u');
    if (segment !== 'u' && this.segments.length === 0) this.segments.push(segment);
  }

  /** The finished word spanning `[start, end)` of `text`. */
  build(text: string, start: number, end: number, kind: Word['kind'] = 'word'): Word {
    const single = this.segments.length === 1 && this.segments[0] !== 'u' ? this.segments[0] : undefined;
    return {
      start,
      end,
      raw: text.slice(start, end),
      value: this.dynamic ? undefined : this.value,
      literalPrefix: this.prefix,
      quote: single,
      kind,
      substitutions: this.substitutions,
    };
  }
}
