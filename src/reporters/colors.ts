import picocolors from 'picocolors';

export type Colors = ReturnType<typeof picocolors.createColors>;

/** Colour functions that colour, or return their input unchanged when `enabled` is false. */
export function createColors(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}

/**
 * Whether to colour a stream: FORCE_COLOR (other than "0" / "false") forces it on, NO_COLOR off,
 * otherwise only a terminal gets colour.
 */
export function shouldColour(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true;
}
