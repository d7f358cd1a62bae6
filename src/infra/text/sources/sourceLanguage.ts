/** The non-JavaScript source languages whose string literals are scanned. */
export type SourceLanguage = 'python' | 'csharp' | 'java' | 'go' | 'ruby';

const BY_EXTENSION: Record<string, SourceLanguage> = { py: 'python', cs: 'csharp', java: 'java', go: 'go', rb: 'ruby' };

/** The language of `filename` by extension, or undefined. */
export function sourceLanguageOf(filename: string): SourceLanguage | undefined {
  const extension = /\.([A-Za-z]+)$/.exec(filename)?.[1]?.toLowerCase();
  return extension ? BY_EXTENSION[extension] : undefined;
}
