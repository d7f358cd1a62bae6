// Fixtures that show what the engine should do and does not do yet. Each one runs the ordinary fixture
// assertions as an expected failure (vitest `it.fails`): when the engine learns the shape, the test fails
// and says so, and the entry goes. Keyed by `<family>/<input file>`; the value says what goes wrong today.

export const KNOWN_FIXTURE_GAPS: Record<string, string> = {};

/**
 * Expected outputs of known gaps that the engine itself still flags (their "needs nothing more" check is an
 * expected failure too), and why.
 */
export const EXPECTED_OUTPUTS_STILL_FLAGGED: Record<string, string> = {};
