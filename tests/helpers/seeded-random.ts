/**
 * A seeded pseudo-random generator for tests that try many generated inputs: the same run every
 * time, so a failure can be replayed. (A linear congruential generator, modulus 2³¹.)
 */
export function seededRandom(seed: number): { fraction: () => number; below: (n: number) => number } {
  let state = seed;
  const step = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return {
    /** A number in [0, 1). */
    fraction: () => step() / 2147483648,
    /** An integer in [0, n). */
    below: (n) => step() % n,
  };
}
