// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { joinFlows } from '../../lib/page/page-text';
import { grid, tablesOf } from '../../lib/page/tables';
import { collectFlows } from '../../lib/page/text-flows';

const visible = { isVisible: () => true };
const cellsOf = (root: Element) => {
  const page = joinFlows(collectFlows(root, visible));
  return tablesOf(page).map((rows) => rows.map((row) => row.map((cell) => page.text.slice(cell.start, cell.end))));
};

describe('page/tables', () => {
  it('hands extraction each table as rows of cell texts, header first, around the prose', () => {
    document.body.innerHTML = `<p>Phụ lục nhiệm vụ</p>
      <table><thead><tr><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời hạn</th></tr></thead>
      <tbody><tr><td><p>Rà soát</p><p>hồ sơ</p></td><td>Sở Nội vụ</td><td>Quý II/2027</td></tr>
      <tr><td>Báo cáo</td><td>Sở Tài chính</td><td>30/6/2027</td></tr></tbody></table>`;
    expect(cellsOf(document.body)).toEqual([
      [
        ['Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
        // A cell of several paragraphs is one span from its first to its last.
        [expect.stringMatching(/^Rà soát\n\uFFFC\nhồ sơ$/), 'Sở Nội vụ', 'Quý II/2027'],
        ['Báo cáo', 'Sở Tài chính', '30/6/2027'],
      ],
    ]);
  });

  it('lays merged cells on a grid: an owner cell spanning rows stands in each of them', () => {
    document.body.innerHTML = `<table>
      <tr><th>TT</th><th>Nội dung</th><th>Đơn vị thực hiện</th><th>Thời gian hoàn thành</th></tr>
      <tr><td>1</td><td>Xây dựng kế hoạch</td><td rowspan="2">Phòng Nội vụ</td><td>Tháng 3/2027</td></tr>
      <tr><td>2</td><td>Tổ chức tập huấn</td><td>Tháng 4/2027</td></tr>
      <tr><td colspan="2">Tổng kết</td><td></td><td>Tháng 12/2027</td></tr></table>`;
    expect(cellsOf(document.body)[0]?.slice(1)).toEqual([
      ['1', 'Xây dựng kế hoạch', 'Phòng Nội vụ', 'Tháng 3/2027'],
      ['2', 'Tổ chức tập huấn', 'Phòng Nội vụ', 'Tháng 4/2027'],
      ['Tổng kết', 'Tổng kết', '', 'Tháng 12/2027'],
    ]);
  });

  it('keeps a nested table apart from the table around it', () => {
    document.body.innerHTML = `<table><tr><td>ngoài<table><tr><td>trong</td></tr></table></td></tr></table>`;
    const outer = document.querySelector('table') as HTMLTableElement;
    expect(grid(outer)).toHaveLength(1);
    expect(cellsOf(document.body).map((rows) => rows.flat())).toEqual([['ngoài'], ['trong']]);
  });
});
