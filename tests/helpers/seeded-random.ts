/**
 * A seeded pseudo-random generator for tests that try many generated inputs: the same run every
 * time, so a failure can be replayed. (A linear congruential generator, modulus 2³¹, multiplied
 * with `Math.imul` so that no bit is lost to floating point; `below` uses the high bits, as the
 * low bits of such a generator repeat with short periods.)
 */
export function seededRandom(seed: number): { fraction: () => number; below: (n: number) => number } {
  let state = seed & 0x7fffffff;
  const fraction = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 2147483648;
  };
  return {
    /** A number in [0, 1). */
    fraction,
    /** An integer in [0, n). */
    below: (n) => Math.floor(fraction() * n),
  };
}
