/**
 * The start of a long DOCX as a small DOCX of its own, so the viewer can show and annotate the
 * first screen while mammoth converts the whole file (seconds on a 5 MB file; mammoth cannot
 * stream). The main part (`word/document.xml`) is cut after its first top-level blocks of about
 * `xmlChars` characters, every element still open at the cut closed again; every other part is
 * copied as it is. Runs wherever `DecompressionStream` does (the viewer's worker, Node 18+).
 *
 * The zip reading is the small subset DOCX files use: one disk, no zip64, stored or deflated.
 */

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

interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

function entriesOf(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB (its comment is at most that long).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: decoder.decode(nameBytes),
      nameBytes,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes as stored (compressed or not). */
function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) return undefined;
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + entry.compressedSize);
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

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

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of `entries` (their stored data as given), written with fresh headers. */
function writeZip(entries: { entry: ZipEntry; data: Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { entry, data } of entries) {
    const local = new Uint8Array(30 + entry.nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, entry.nameBytes.length, true);
    local.set(entry.nameBytes, 30);
    const central = new Uint8Array(46 + entry.nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, entry.nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(entry.nameBytes, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A zip of `files` (name → bytes), stored uncompressed: a small DOCX of our own (the tests write theirs so). */
export function storedZip(files: Record<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  return writeZip(
    Object.entries(files).map(([name, data]) => ({
      entry: {
        name,
        nameBytes: encoder.encode(name),
        method: 0,
        crc: crc32(data),
        compressedSize: data.length,
        size: data.length,
        offset: 0,
      },
      data,
    })),
  );
}

/**
 * The XML parts of a DOCX (`.xml`, `.rels`) by name, as text, or undefined when it is not a zip
 * this reader knows: what mammoth parses, for the tests that compare our XML reading with xmldom's.
 */
export async function docxXmlParts(bytes: Uint8Array): Promise<Record<string, string> | undefined> {
  const parts: Record<string, string> = {};
  for (const entry of entriesOf(bytes) ?? []) {
    if (!/\.(xml|rels)$/.test(entry.name)) continue;
    const data = rawData(bytes, entry);
    if (!data || (entry.method !== 0 && entry.method !== 8)) return undefined;
    parts[entry.name] = new TextDecoder().decode(entry.method === 8 ? await inflate(data) : data);
  }
  return Object.keys(parts).length ? parts : undefined;
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
  const entries = entriesOf(bytes);
  const main = entries?.find((entry) => entry.name === MAIN_PART);
  if (!entries || !main || main.size < minXml || (main.method !== 0 && main.method !== 8)) return undefined;
  const stored = rawData(bytes, main);
  if (!stored) return undefined;
  const xml = new TextDecoder().decode(main.method === 8 ? await inflate(stored) : stored);
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
