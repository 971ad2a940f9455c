/**
 * @deprecated Use `extractDocument` from './document'. Kept only so that code written against the
 * old name (the background's English step on main) keeps working until it is switched over.
 */
import { extractDocument } from './document';

export const extractAll = extractDocument;
