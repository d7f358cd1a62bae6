/** Signs that the token request is a POST with a form body (per language idioms). */
export const POST_EVIDENCE = new RegExp(
  [
    /\brequests\.post\b/, // Python
    /\.post\s*\(/,
    /\bHttpMethod\.Post\b/, // C#
    /\bPostAsync\b/,
    /["']POST["']/,
    /\bhttp\.Post(?:Form)?\s*\(/, // Go
    /Net::HTTP::Post/, // Ruby
    /\bpost_form\b/,
    /\bset_form_data\b/,
    /\bFormUrlEncodedContent\b/, // C#
    /\bUrlEncodedFormEntity\b/, // Java
    /\bUpload(?:Values|String)\b/, // C# WebClient
    /\bdata=(?!=)/, // Python
  ]
    .map((idiom) => idiom.source)
    .join('|'),
  'i',
);

/** Signs that the query is assembled apart from the literal (appending to it would give two `?`). */
export const QUERY_BUILDING_EVIDENCE =
  /\bRawQuery\b|\.query\s*=|\burlencode\b|\bencode_www_form\b|\bURLEncoder\b|\bUriBuilder\b|\bParseQueryString\b|\bQuery\s*=/;

/** `text` with every comment replaced by spaces (offsets unchanged). */
export function blankRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let cursor = 0;
  for (const range of ranges) {
    out += text.slice(cursor, range.start) + text.slice(range.start, range.end).replace(/[^\r\n]/g, ' ');
    cursor = range.end;
  }
  return out + text.slice(cursor);
}
