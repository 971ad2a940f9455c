/**
 * Word files of our own plan-style prose, written as plain zips (stored entries, no compression
 * library): the document bench's 6 MB DOCX and the end-to-end tests' long DOCX.
 */
import { storedZip } from '../../lib/documents/zip';

/** One paragraph of our own plan-style prose: a reference and two dates. */
export function planParagraph(i: number): string {
  const types = ['Kế hoạch số {n}-KH/UBND', 'Quyết định số {n}/QĐ-UBND', 'Công văn số {n}/UBND-VX'];
  const ref = (types[i % types.length] as string).replace('{n}', String(100 + i));
  const day = (i % 28) + 1;
  const month = (i % 12) + 1;
  return (
    `Mục ${i}. Thực hiện ${ref} ngày ${day}/${month}/2026, các sở, ngành rà soát hồ sơ, cập nhật dữ liệu ` +
    `và báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh trước ngày ${day}/${month}/2027 để tổng hợp.`
  );
}

/** A zip of `files` (name → XML), written by the same zip writer (zip.ts) the viewer cuts DOCX files with. */
function zip(files: Record<string, string>): Buffer {
  const encoder = new TextEncoder();
  return Buffer.from(
    storedZip(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, encoder.encode(xml)]))),
  );
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
const para = (text: string) => `<w:p>${run(text)}</w:p>`;
const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;

/** A DOCX of about `bytes` of document.xml (`planParagraph`s): paragraphs, and a task table every 200 paragraphs. */
export function planDocx(bytes: number): Buffer {
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let xml = para(planParagraph(i));
    if (i % 200 === 199) {
      const rows = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']];
      for (let r = 1; r <= 5; r++) rows.push([String(r), `Nhiệm vụ ${i}.${r}`, 'Sở Nội vụ', `Trước ngày ${r}/7/2027`]);
      xml += `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
    }
    body.push(xml);
    size += xml.length;
  }
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`,
  });
}
