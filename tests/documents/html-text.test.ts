import { describe, expect, it } from 'vitest';
import { collapseLeafSpace, layoutHtml, leavesOf } from '../../lib/documents/html-text';
import { parseHtml } from '../../lib/documents/html-tree';
import { seededRandom } from '../helpers/seeded-random';

const read = (html: string) => layoutHtml(parseHtml(html));

describe('HTML documents', () => {
  it('puts blocks on their own lines so two paragraphs never run together', () => {
    expect(read('<p>Kế hoạch số 12-KH/UBND</p><p>ngày 30/6/2027</p>').text).toBe(
      'Kế hoạch số 12-KH/UBND\nngày 30/6/2027\n',
    );
  });

  it('drops scripts, styles, comments and the head, and decodes entities', () => {
    const doc = read(
      '<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script><!-- x --><p>A &amp; B&nbsp;C</p></body></html>',
    );
    expect(doc.text).toBe('A & B\u00a0C\n');
  });

  it('collapses white space in the leaves themselves, so every leaf is a slice of the text', () => {
    const doc = read('<p>  Chỉ   thị\n số <b> 19-CT/TW </b> ngày   5/1/2027 </p><ul><li>một<li>hai</ul>');
    for (const leaf of leavesOf(doc.root))
      expect(doc.text.slice(leaf.start, leaf.start + leaf.text.length)).toBe(leaf.text);
    expect(doc.text).toBe('Chỉ thị số 19-CT/TW ngày 5/1/2027 \nmột\nhai\n');
  });

  it('keeps the white space of a <pre> and, in a DOCX, its tabs; leaves stay slices of the text', () => {
    const pre = read('<p>Trên</p><pre>Nhiệm vụ\tThời hạn\r\nSố hóa   hồ sơ\t30/6/2027</pre>');
    expect(pre.text).toBe('Trên\nNhiệm vụ\tThời hạn\nSố hóa   hồ sơ\t30/6/2027\n');
    const docx = layoutHtml(parseHtml('<p>Số hóa hồ sơ\t \tSở Nội vụ \n 30/6/2027</p>'), 'docx');
    expect(docx.text).toBe('Số hóa hồ sơ\tSở Nội vụ 30/6/2027\n');
    expect(read('<p>Số hóa hồ sơ\tSở Nội vụ</p>').text).toBe('Số hóa hồ sơ Sở Nội vụ\n');
    for (const doc of [pre, docx])
      for (const leaf of leavesOf(doc.root))
        expect(doc.text.slice(leaf.start, leaf.start + leaf.text.length)).toBe(leaf.text);
  });

  it('rebuilds tables row by row, cells separated by tabs, paragraphs inside a cell kept on the row', () => {
    const doc = read(
      '<table><thead><tr><th>Nhiệm vụ</th><th>Thời hạn</th></tr></thead><tbody>' +
        '<tr><td><p>Rà soát</p><p>hồ sơ</p></td><td><p>Trước ngày 30/6/2027</p></td></tr></tbody></table><p>Sau bảng</p>',
    );
    const cells = doc.tables.map((table) =>
      table.map((row) => row.map((cell) => doc.text.slice(cell.start, cell.end))),
    );
    expect(cells).toEqual([
      [
        ['Nhiệm vụ', 'Thời hạn'],
        ['Rà soát hồ sơ', 'Trước ngày 30/6/2027'],
      ],
    ]);
    expect(doc.text).toContain('Sau bảng');
  });

  it('keeps no attribute that could run code or load anything', () => {
    const root = parseHtml(
      '<a href="javascript:x()" onclick="y()">a</a><img src="http://t/x.png"><td colspan="2">c</td>',
    );
    const attrs = JSON.stringify(root);
    expect(attrs).not.toMatch(/javascript|onclick|http:/);
    expect(attrs).toContain('"colspan":"2"');
  });
});

describe('a text leaf’s white space', () => {
  it('collapses as the one regex replacement did, on 2,000 random texts', () => {
    const byRegex = (raw: string) => raw.replace(/[\s\u00a0]+/g, (run) => (run === '\u00a0' ? '\u00a0' : ' '));
    // Letters, spaces, no-break spaces, tabs, line ends, other Unicode spaces, and a zero-width
    // space, which is not white space in JavaScript.
    const alphabet = ['a', 'ă', 'Đ', ' ', ' ', ' ', '\u00a0', '\t', '\n', '\r', '\u2003', '\u3000', '\ufeff', '\u200b'];
    const random = seededRandom(20261130);
    for (let i = 0; i < 2_000; i++) {
      const raw = Array.from({ length: 1 + random.below(12) }, () => alphabet[random.below(alphabet.length)]).join('');
      const collapsed = collapseLeafSpace(raw);
      expect(collapsed, JSON.stringify(raw)).toBe(byRegex(raw));
    }
    const plain = 'Kế hoạch số 12-KH/UBND ngày\u00a030/6/2027';
    expect(collapseLeafSpace(plain)).toBe(plain);
  });
});
