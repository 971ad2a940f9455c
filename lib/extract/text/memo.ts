/**
 * A function of a string, remembered: pages repeat the same few words, codes and cells, so each
 * is worked out once. The memory is emptied when it holds `max` answers, so a hostile page of
 * ever-new strings costs no more than computing each once.
 */
export function memoised<T>(compute: (key: string) => T, max = 4_096): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      if (known.size >= max) known.clear();
      answer = compute(key);
      known.set(key, answer);
    }
    return answer;
  };
}
