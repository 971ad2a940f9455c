// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentUrlOf, findAttachments, pdfShownInTab } from '../../lib/links/attachments';

describe('findAttachments', () => {
  // A parsed document (not the live one): nothing in it loads, as in a page the popup asks about.
  const BASE = 'https://tinhuy.songhong.gov.vn/tin-tuc/';
  const page = (html: string) =>
    findAttachments(new DOMParser().parseFromString(`<base href="${BASE}"><body>${html}</body>`, 'text/html'));

  it('finds links to PDF, Word and old Word files, relative ones resolved, in page order', () => {
    const found = page(`
      <p>Xem <a href="/files/ke-hoach-12.pdf">Kế hoạch số 12-KH/UBND</a>,
      <a href="https://vanban.tinh.gov.vn/tai-lieu/Phu%20luc.DOCX">  phụ lục
      kèm theo </a> và <a href="cu/quyet-dinh.doc"></a>.
      <a href="/tin-tuc/bai-viet.html">Bài viết</a> <a href="mailto:a@b.vn">Thư</a>
      <a href="javascript:void(0)">x.pdf</a></p>`);
    expect(found.map(({ kind, title, via }) => [kind, title, via])).toEqual([
      ['pdf', 'Kế hoạch số 12-KH/UBND', 'link'],
      ['docx', 'phụ lục kèm theo', 'link'],
      ['doc', 'quyet-dinh.doc', 'link'],
    ]);
    expect(found[0]?.url).toBe('https://tinhuy.songhong.gov.vn/files/ke-hoach-12.pdf');
    expect(found[1]?.url).toBe('https://vanban.tinh.gov.vn/tai-lieu/Phu%20luc.DOCX');
  });

  it('finds PDFs embedded in iframe, embed and object elements', () => {
    const found = page(`
      <iframe src="https://a.gov.vn/x/bao-cao.pdf#page=2" title="Báo cáo"></iframe>
      <embed src="https://a.gov.vn/y/thong-bao.pdf" type="application/pdf">
      <object data="https://a.gov.vn/z/to-trinh.pdf"></object>`);
    expect(found.map((a) => [a.url, a.via])).toEqual([
      ['https://a.gov.vn/x/bao-cao.pdf', 'embed'],
      ['https://a.gov.vn/y/thong-bao.pdf', 'embed'],
      ['https://a.gov.vn/z/to-trinh.pdf', 'embed'],
    ]);
    expect(found[0]?.title).toBe('Báo cáo');
  });

  it('unwraps portal viewers whose query carries the file', () => {
    const found = page(`
      <iframe src="/pdfjs/web/viewer.html?file=%2Fuploads%2Fvan-ban%2F2027%2Fkh-12.pdf"></iframe>
      <a href="https://docs.google.com/gview?url=https://b.gov.vn/f/quyet-dinh.docx&embedded=true">Xem</a>
      <a href="/Viewer.aspx?URL=https%3A%2F%2Fc.gov.vn%2Fa.pdf">Xem</a>
      <a href="/search?q=report.pdf">Tìm</a>`);
    expect(found.map((a) => [a.url, a.kind, a.via])).toEqual([
      ['https://tinhuy.songhong.gov.vn/uploads/van-ban/2027/kh-12.pdf', 'pdf', 'viewer'],
      ['https://b.gov.vn/f/quyet-dinh.docx', 'docx', 'viewer'],
      ['https://c.gov.vn/a.pdf', 'pdf', 'viewer'],
    ]);
  });

  it('lists a file once however often it is linked', () => {
    const found = page(`<a href="https://a.gov.vn/k.pdf">một</a><a href="https://a.gov.vn/k.pdf#page=3">hai</a>
      <iframe src="https://a.gov.vn/k.pdf"></iframe>`);
    expect(found).toHaveLength(1);
    expect(found[0]?.title).toBe('một');
  });
});

describe('documentUrlOf', () => {
  it('accepts only http and https', () => {
    expect(documentUrlOf('file:///home/a.pdf', 'https://a.gov.vn/')).toBeUndefined();
    expect(documentUrlOf('ftp://a.gov.vn/a.pdf', 'https://a.gov.vn/')).toBeUndefined();
    expect(documentUrlOf('data:application/pdf,xx', 'https://a.gov.vn/')).toBeUndefined();
    expect(documentUrlOf('a.pdf', 'https://a.gov.vn/d/')?.url.href).toBe('https://a.gov.vn/d/a.pdf');
  });
});

describe('pdfShownInTab', () => {
  it('takes an http(s) URL ending in .pdf, with or without a content script', () => {
    expect(pdfShownInTab('https://a.gov.vn/files/Bao-cao.PDF', true)).toBe('https://a.gov.vn/files/Bao-cao.PDF');
    expect(pdfShownInTab('http://a.gov.vn/x.pdf', false)).toBe('http://a.gov.vn/x.pdf');
  });

  it('takes a path ending in .pdf with a query only where no content script runs (the browser’s viewer)', () => {
    const withQuery = 'https://a.gov.vn/tai-ve/ke-hoach.pdf?download=1';
    expect(pdfShownInTab(withQuery, false)).toBe(withQuery);
    expect(pdfShownInTab(withQuery, true)).toBeUndefined();
  });

  it('refuses other schemes, other files and non-URLs', () => {
    for (const url of [
      'file:///home/a/x.pdf',
      'chrome://newtab',
      'https://a.gov.vn/tin.html',
      'https://a.gov.vn/x.docx',
      '',
      'x.pdf',
    ]) {
      expect(pdfShownInTab(url, false)).toBeUndefined();
    }
  });
});
