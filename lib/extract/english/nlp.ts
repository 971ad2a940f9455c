/**
 * compromise (with compromise-dates) for the English step, loaded when first needed. Evaluating
 * compromise builds its lexicon: half a second of CPU in Node, 0.7 s in the background's service
 * worker, which the browser starts again after every half minute idle, for pages that are nearly
 * all Vietnamese. Whoever reads English text awaits `loadEnglish()` first (`extractDocumentLazily`
 * does); reading it before throws rather than silently skipping the English step.
 */
import type Compromise from 'compromise';

export type Nlp = typeof Compromise;

let nlp: Nlp | undefined;
let loading: Promise<Nlp> | undefined;

export function loadEnglish(): Promise<Nlp> {
  loading ??= Promise.all([import('compromise'), import('compromise-dates')]).then(
    ([compromise, dates]) => {
      compromise.default.plugin(dates.default);
      nlp = compromise.default;
      return nlp;
    },
    (error: unknown) => {
      // Not kept: a page open across an update of the extension may load it on a later try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** compromise, once `loadEnglish()` has settled. */
export function englishNlp(): Nlp {
  if (!nlp) throw new Error('compromise is not loaded: await loadEnglish() before reading English text');
  return nlp;
}
