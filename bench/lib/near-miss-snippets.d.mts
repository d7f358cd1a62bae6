// Types for near-miss-snippets.mjs.
export const NEAR_MISS_KINDS: string[];
