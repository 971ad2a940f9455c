/**
 * Pages hand extraction their visible text as blocks joined by "\n\uFFFC\n" (lib/page/page-text.ts):
 * the object-replacement character is neither a letter nor white space, so no document code can run
 * from one block into the next ("<p>Số 30</p><p>/2020/NĐ-CP</p>" stays two pieces). Dates, cues,
 * tasks, owners and table rows are read as prose, where a block break is a paragraph break (a
 * blank line, as between the paragraphs of a text file): a label on one line governs the date on
 * the next, a table flattened one cell a paragraph is still read as a table, and a date wrapped
 * over two lines is still one date, exactly as in the same text read as a file.
 */
const BLOCK_BREAK_RE = /\n\uFFFC\n|\uFFFC/g;

/** `text` with every block break as a blank line, same length, so every offset still holds. */
export function asProse(text: string): string {
  if (!text.includes('\uFFFC')) return text;
  return text.replace(BLOCK_BREAK_RE, (found) => (found.length === 3 ? '\n \n' : ' '));
}
