import { ts } from '../typescript';
import { skipWrappers } from '../ast/wrappers';
import type { TextEdit } from '../types';
import type { OptionsObject } from './optionsObject';
import type { HeaderSlot } from './types';

const FORM_TYPE = /x-www-form-urlencoded|multipart\/form-data/i;

export interface HeaderPlan {
  edits: TextEdit[];
  /** True when the request already sent `Metadata: true`. */
  hadMetadata: boolean;
  /** Edits that add the missing `Metadata: true` header (empty when it was there). */
  metadataEdits: TextEdit[];
  problem?: string;
}

/** True when the slot visibly sends a `Metadata` header (any casing). */
export function slotHasMetadata(slot: HeaderSlot): boolean {
  if (slot.kind === 'object') return slot.object.member('metadata', true) !== undefined;
  if (slot.kind === 'chain') return slot.names.some((entry) => entry.name.toLowerCase() === 'metadata');
  return false;
}

/**
 * Plans the header edits of a migrated request: `Metadata: true` added when missing, and, when the body
 * goes away, the form `Content-Type` and `Content-Length` removed.
 */
export function planHeaders(slot: HeaderSlot, bodyRemoved: boolean, quote: string): HeaderPlan {
  const hadMetadata = slotHasMetadata(slot);
  const edits: TextEdit[] = [];
  let metadataEdits: TextEdit[] = [];
  if (slot.kind === 'opaque') {
    // The extension required Metadata: true as IMDS does, so working legacy code sends it: headers the
    // tool cannot see are trusted for a GET; a POST whose form headers would have to go is left to a person.
    if (bodyRemoved)
      return {
        edits,
        hadMetadata: true,
        metadataEdits,
        problem: 'the request headers come from a value the tool cannot see, so it cannot remove the form Content-Type',
      };
    return { edits, hadMetadata: true, metadataEdits };
  }
  if (slot.kind === 'object') {
    const headers = slot.object;
    if (headers.problems.length > 0 && (!hadMetadata || bodyRemoved)) {
      return {
        edits,
        hadMetadata,
        metadataEdits,
        problem: `the request headers are built in a way the tool cannot follow (${headers.problems[0]})`,
      };
    }
    if (bodyRemoved) {
      for (const key of headers.memberKeys()) {
        const member = headers.member(key)!;
        if (isBodyHeader(member.key, member.value)) edits.push(...member.remove());
      }
    }
    if (!hadMetadata) metadataEdits = headers.insert([`Metadata: ${quote}true${quote}`]);
  } else if (slot.kind === 'absent') {
    if (!hadMetadata) metadataEdits = slot.addHeaders(`{ Metadata: ${quote}true${quote} }`);
  } else if (slot.kind === 'chain') {
    if (bodyRemoved) {
      for (const entry of slot.names) {
        if (/^content-(type|length)$/i.test(entry.name)) edits.push(...slot.removeHeader(entry.call));
      }
    }
    if (!hadMetadata) metadataEdits = slot.addHeader('Metadata', 'true');
  }
  return { edits, hadMetadata, metadataEdits };
}

function isBodyHeader(name: string, value: ts.Expression): boolean {
  const lower = name.toLowerCase();
  if (lower === 'content-length') return true;
  if (lower !== 'content-type') return false;
  const node = skipWrappers(value);
  return ts.isStringLiteralLike(node) && FORM_TYPE.test(node.text);
}

/** The headers member of an options object (`headers: {…}`, `new Headers({…})`, filled in later), or its slot. */
export function headerSlotOf(
  options: OptionsObject | undefined,
  addToOptions: (propertyText: string) => TextEdit[],
  key = 'headers',
): HeaderSlot {
  const member = options?.member(key);
  if (!options || !member) return { kind: 'absent', addHeaders: (headersText) => addToOptions(`${key}: ${headersText}`) };
  const object = options.nested(key);
  if (object) return { kind: 'object', object };
  return { kind: 'opaque', node: member.value };
}

/**
 * The headers a request sends: its own, or, when only the client instance it goes through sends the
 * Metadata header (`axios.create({ headers })`, `got.extend({ headers })`), the instance's.
 */
export function requestOrInstanceHeaders(own: HeaderSlot, instanceConfig: OptionsObject | undefined): HeaderSlot {
  if (!instanceConfig || slotHasMetadata(own)) return own;
  const instanceHeaders = headerSlotOf(instanceConfig, () => []);
  return slotHasMetadata(instanceHeaders) ? instanceHeaders : own;
}
