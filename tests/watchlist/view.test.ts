import { describe, expect, it } from 'vitest';
import type { WatchItem } from '../../lib/watchlist/types';
import { applyFilter, DEFAULT_FILTER, filterChoices, portalSearchLinks } from '../../lib/watchlist/view';
import { foldForSearch } from '../../lib/watchlist/watch-key';

const item = (over: Partial<WatchItem>): WatchItem => ({
  key: over.key ?? over.text ?? 'k',
  kind: 'document',
  text: 'x',
  status: 'open',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  search: '',
  site: '',
  ...over,
});

const chiThi = item({
  key: 'a',
  text: '16/CT-TTg',
  typeName: { id: 'chi-thi', vi: 'Chỉ thị', en: 'Directive' },
  issuer: ['TTG'],
  site: 'chinhphu.vn',
  createdAt: 3,
  search: foldForSearch('16/CT-TTg Chỉ thị Thủ tướng Chính phủ'),
});
const due1 = item({
  key: 'b',
  kind: 'deadline',
  text: 'ngày 20/12/2026',
  due: '2026-12-20',
  createdAt: 2,
  site: 'hanoi.gov.vn',
  search: foldForSearch('ngày 20/12/2026 báo cáo'),
});
const due2 = item({
  key: 'c',
  kind: 'deadline',
  text: 'tháng 11/2026',
  due: '2026-11-30',
  status: 'done',
  createdAt: 1,
  search: foldForSearch('tháng 11/2026'),
});

describe('watchlist-view', () => {
  it('searches without accents', () => {
    expect(applyFilter([chiThi, due1, due2], { ...DEFAULT_FILTER, query: 'chi thi' }).map((i) => i.key)).toEqual(['a']);
    expect(applyFilter([chiThi, due1], { ...DEFAULT_FILTER, query: 'Báo  CÁO' }).map((i) => i.key)).toEqual(['b']);
  });

  it('filters by kind, status, due range, site, type and issuer', () => {
    const all = [chiThi, due1, due2];
    const keys = (over: Partial<typeof DEFAULT_FILTER>) =>
      applyFilter(all, { ...DEFAULT_FILTER, ...over }).map((i) => i.key);
    expect(keys({ kind: 'deadline' })).toEqual(['c', 'b']);
    expect(keys({ status: 'done' })).toEqual(['c']);
    expect(keys({ dueFrom: '2026-12-01', dueTo: '2026-12-31' })).toEqual(['b']);
    expect(keys({ site: 'chinhphu.vn' })).toEqual(['a']);
    expect(keys({ type: 'chi-thi' })).toEqual(['a']);
    expect(keys({ issuer: 'TTG' })).toEqual(['a']);
  });

  it('sorts by due date (undated last), saved date or code', () => {
    const all = [chiThi, due1, due2];
    expect(applyFilter(all, DEFAULT_FILTER).map((i) => i.key)).toEqual(['c', 'b', 'a']);
    expect(applyFilter(all, { ...DEFAULT_FILTER, sort: 'saved' }).map((i) => i.key)).toEqual(['a', 'b', 'c']);
    expect(applyFilter(all, { ...DEFAULT_FILTER, sort: 'code' }).map((i) => i.text)).toEqual([
      '16/CT-TTg',
      'ngày 20/12/2026',
      'tháng 11/2026',
    ]);
  });

  it('offers the saved sites, types and issuers as filter choices, and portal search links', () => {
    expect(filterChoices([chiThi, due1, due2])).toEqual({
      sites: ['chinhphu.vn', 'hanoi.gov.vn'],
      types: [{ id: 'chi-thi', vi: 'Chỉ thị', en: 'Directive' }],
      issuers: ['TTG'],
    });
    expect(portalSearchLinks('16/CT-TTg')[0]?.url).toContain('16%2FCT-TTg');
  });
});
