/**
 * The raw `name=value` query fields of a literal form body, or undefined when it cannot be a query as is
 * (a file reference, whitespace, a fragment).
 */
export function formBodyFields(body: string): string[] | undefined {
  if (body.startsWith('@') || /[\s#]/.test(body)) return undefined;
  const fields = body.split('&').filter((field) => field !== '');
  return fields.every((field) => /^[A-Za-z_][\w.-]*=/.test(field)) ? fields : undefined;
}

/** curl's `--data-urlencode name=content` as a query field, or undefined for the forms that read files. */
export function urlencodedField(argument: string): string | undefined {
  const eq = argument.indexOf('=');
  if (eq <= 0 || argument.slice(0, eq).includes('@')) return undefined;
  const name = argument.slice(0, eq);
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) return undefined;
  return `${name}=${encodeURIComponent(argument.slice(eq + 1))}`;
}
