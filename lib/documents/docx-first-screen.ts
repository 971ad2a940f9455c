/**
 * The start of a long DOCX as a small DOCX of its own, so the viewer can show and annotate the
 * first screen while mammoth converts the whole file (seconds on a 5 MB file; mammoth cannot
 * stream). The main part (`word/document.xml`) is cut after its first top-level blocks of about
 * `xmlChars` characters, every element still open at the cut closed again; every other part is
 * copied as it is, through the small zip reader and writer of zip.ts.
 */
import { crc32, entryText, rawData, writeZip, type ZipEntry, zipEntries } from './zip';

/** A DOCX whose main part is shorter than this is converted whole at once. */
export const FIRST_SCREEN_MIN_XML = 400_000;
/**
 * XML characters kept for the first screen: two to four pages of a Word file (whose runs carry
 * fonts, sizes and languages), about ten of our bench's bare runs; more than a screen either way.
 * Every character more is converted twice and fills the panel and the highlights while mammoth
 * converts the whole on the other core (60,000 → 30,000: all listed 0.15–0.2 s sooner).
 */
export const FIRST_SCREEN_XML = 30_000;

const MAIN_PART = 'word/document.xml';

/**
 * Where to cut `xml` after its first top-level blocks of the body once `xmlChars` characters are
 * kept, and the elements open there (outermost first), or undefined when the body is shorter.
 */
export function cutPoint(xml: string, xmlChars: number): { at: number; open: string[] } | undefined {
  const body = /<w:body\b[^>]*>/.exec(xml);
  if (!body) return undefined;
  const open: string[] = [];
  // The elements around the body (w:document, w:body), as the tags before it opened them.
  const head = /<([\w:.-]+)\b[^>]*?(\/?)>/g;
  for (const match of xml.slice(0, body.index + body[0].length).matchAll(head)) {
    const name = match[1] as string;
    if (!name.startsWith('?') && match[2] !== '/') open.push(name);
  }
  const depth = open.length;
  const tag = /<(\/?)([\w:.-]+)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  tag.lastIndex = body.index + body[0].length;
  const wanted = body.index + body[0].length + xmlChars;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const name = match[2];
    if (!name) continue;
    if (match[1]) {
      if (name === 'w:body') return undefined;
      open.pop();
      // A top-level block just closed, far enough in: cut here.
      if (open.length === depth && tag.lastIndex >= wanted) return { at: tag.lastIndex, open: [...open] };
    } else if (!match[3]) open.push(name);
    else if (open.length === depth && name !== 'w:sectPr' && tag.lastIndex >= wanted)
      return { at: tag.lastIndex, open: [...open] };
  }
  return undefined;
}

/**
 * The DOCX `bytes` cut to its first screen, or undefined when it is short (convert it whole) or
 * not a zip this reader knows (mammoth will say what is wrong with it).
 */
export async function docxFirstScreen(
  bytes: Uint8Array,
  minXml = FIRST_SCREEN_MIN_XML,
  xmlChars = FIRST_SCREEN_XML,
): Promise<Uint8Array | undefined> {
  const entries = zipEntries(bytes);
  const main = entries?.find((entry) => entry.name === MAIN_PART);
  if (!entries || !main || main.size < minXml) return undefined;
  const xml = await entryText(bytes, main);
  if (xml === undefined) return undefined;
  const cut = cutPoint(xml, xmlChars);
  if (!cut) return undefined;
  const closing = cut.open
    .reverse()
    .map((name) => `</${name}>`)
    .join('');
  const shortXml = new TextEncoder().encode(xml.slice(0, cut.at) + closing);
  const parts: { entry: ZipEntry; data: Uint8Array }[] = [];
  for (const entry of entries) {
    if (entry === main) {
      parts.push({ entry: { ...entry, method: 0, crc: crc32(shortXml), size: shortXml.length }, data: shortXml });
      continue;
    }
    const data = rawData(bytes, entry);
    if (!data) return undefined;
    parts.push({ entry, data });
  }
  return writeZip(parts);
}
