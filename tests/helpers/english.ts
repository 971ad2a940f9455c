/**
 * compromise is loaded on first need in the product (lib/extract/english/nlp.ts); a test file that
 * calls the synchronous `extractDocument` on English text imports this first, which loads it.
 */
import { loadEnglish } from '../../lib/extract/english/nlp';

await loadEnglish();
