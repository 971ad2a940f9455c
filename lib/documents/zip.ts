/**
 * The small subset of zip that DOCX files use, read and written without a library: one disk, no
 * zip64, entries stored or deflated (inflated with `DecompressionStream`, in the viewer's workers
 * and Node 18+ alike). The first screen of a long DOCX is cut with it (docx-first-screen.ts), and
 * the tests write their DOCX files with `storedZip`.
 */

export interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** The entries of the zip `bytes` from its central directory, or undefined when it is none this reader knows. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
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
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
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

/** The entry's content as UTF-8 text, stored or deflated; undefined for another method or a cut file. */
export async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string | undefined> {
  const data = rawData(bytes, entry);
  if (!data || (entry.method !== 0 && entry.method !== 8)) return undefined;
  return new TextDecoder().decode(entry.method === 8 ? await inflate(data) : data);
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

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of `entries` (their stored data as given), written with fresh headers. */
export function writeZip(entries: { entry: ZipEntry; data: Uint8Array }[]): Uint8Array {
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
 * The entries of `bytes` whose names match `names`, by name, as UTF-8 text; undefined when it is
 * not a zip this reader knows or holds none of them (the tests read a DOCX's XML parts so).
 */
export async function zipTextEntries(bytes: Uint8Array, names: RegExp): Promise<Record<string, string> | undefined> {
  const parts: Record<string, string> = {};
  for (const entry of zipEntries(bytes) ?? []) {
    if (!names.test(entry.name)) continue;
    const text = await entryText(bytes, entry);
    if (text === undefined) return undefined;
    parts[entry.name] = text;
  }
  return Object.keys(parts).length ? parts : undefined;
}
