import { createScanner, SyntaxKind } from 'jsonc-parser';
import type { CommaFinder } from '../../extension/removeListElements';

/** A CommaFinder for JSON with comments: the next token after an offset, if it is a comma. */
export function jsonCommaFinder(text: string): CommaFinder {
  const scanner = createScanner(text, true);
  return (offset) => {
    scanner.setPosition(offset);
    return scanner.scan() === SyntaxKind.CommaToken ? scanner.getTokenOffset() : undefined;
  };
}
