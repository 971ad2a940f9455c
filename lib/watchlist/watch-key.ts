/**
 * The watchlist key of a finding: what makes two saves "the same item". A document is its
 * reference key (every spelling of one document dedupes). A date is its kind, value and the
 * sentence it came from, so the same deadline saved from two pages merges, while two different
 * tasks due on the same day stay apart. Pure; shared by the content script and the database.
 */
export function watchKeyOf(finding: { key: string; date?: { kind: string; value: string } }, sentence: string): string {
  if (!finding.date) return finding.key;
  return `${finding.date.kind}|${finding.date.value}|${hashText(foldForSearch(sentence))}`;
}

/** Lower case without accents, đ as d, white space collapsed: "Chỉ thị" and "chi thi" compare equal. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: short and stable, not a secret. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
