import { describe, expect, it } from 'vitest';
import { COLUMNS, type Column, documentCodes, documentOf } from '../../lib/watchlist/columns';
import type { WatchItem } from '../../lib/watchlist/types';
import {
  applyFilter,
  DEFAULT_FILTER,
  dueSoonFilter,
  filterChoices,
  OPEN_FILTER,
  portalSearchLinks,
  sortItems,
} from '../../lib/watchlist/view';
import { foldForSearch } from '../../lib/watchlist/watch-key';
import { watchItem } from '../helpers/factories';

const item = (over: Partial<WatchItem>): WatchItem =>
  watchItem({ key: over.key ?? over.text ?? 'k', text: 'x', ...over });

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
  it('the reminder’s view lists the open deadlines due in the window, leaving out the snoozed ones', () => {
    const snoozed = { ...due1, key: 'z', snoozedUntil: '2026-12-10' };
    const woken = { ...due1, key: 'w', snoozedUntil: '2026-12-01' };
    const shown = applyFilter([chiThi, due1, due2, snoozed, woken], dueSoonFilter('2026-12-01', 30));
    expect(shown.map((i) => i.key).sort()).toEqual(['b', 'w']);
  });

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

  it('sorts by due date by default, undated last', () => {
    expect(applyFilter([chiThi, due1, due2], DEFAULT_FILTER).map((i) => i.key)).toEqual(['c', 'b', 'a']);
  });

  it('offers the saved sites, types and issuers as filter choices, and portal search links', () => {
    expect(filterChoices([chiThi, due1, due2])).toEqual({
      sites: ['chinhphu.vn', 'hanoi.gov.vn'],
      types: [{ id: 'chi-thi', vi: 'Chỉ thị', en: 'Directive' }],
      issuers: [{ value: 'TTG', label: 'Thủ tướng Chính phủ' }],
    });
    expect(portalSearchLinks('16/CT-TTg')[0]?.url).toContain('16%2FCT-TTg');
  });

  it('opens on the open items; done ones stay one filter away', () => {
    expect(applyFilter([chiThi, due1, due2], OPEN_FILTER).map((i) => i.key)).toEqual(['b', 'a']);
    expect(applyFilter([chiThi, due1, due2], { ...OPEN_FILTER, status: 'done' }).map((i) => i.key)).toEqual(['c']);
  });

  it('names issuers in the filter, a joint document by both names, and filters by both codes', () => {
    const joint = item({
      key: 'j',
      text: '12/2026/TTLT-BTC-BNV',
      issuer: ['BTC', 'BNV'],
      issuerName: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
    });
    const government = item({ key: 'g', issuer: ['CP'], issuerName: { vi: 'Chính phủ', en: 'Government' } });
    const unit = item({
      key: 'u',
      issuer: ['UBND', 'XYZQ'],
      issuerName: { vi: 'Ủy ban nhân dân', en: 'People’s Committee' },
    });
    const { issuers } = filterChoices([chiThi, joint, government, unit]);
    const label = (value: string) => issuers.find((choice) => choice.value === value)?.label;
    expect(label('CP')).toBe('Chính phủ');
    expect(label('TTG')).toBe('Thủ tướng Chính phủ');
    expect(label('BTC')).toBe('Bộ Tài chính');
    expect(label('BNV')).toBe('Bộ Nội vụ');
    expect(label('BTC+BNV')).toBe('Bộ Tài chính + Bộ Nội vụ');
    // An unknown unit code has no name to show; it is not glued to a known one either.
    expect(label('XYZQ')).toBe('XYZQ');
    expect(label('UBND+XYZQ')).toBeUndefined();
    expect(issuers.map((choice) => choice.label)).toEqual(
      [...issuers.map((choice) => choice.label)].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    const keys = (issuer: string) =>
      applyFilter([chiThi, joint, government, unit], { ...DEFAULT_FILTER, issuer }).map((i) => i.key);
    expect(keys('BNV')).toEqual(['j']);
    expect(keys('BTC+BNV')).toEqual(['j']);
    expect(keys('CP')).toEqual(['g']);
  });
});

describe('watchlist sorting by column', () => {
  const context = { today: '2026-11-24', reminderDays: 7, lang: 'vi' as const };
  const row = (key: string, over: Partial<WatchItem>) =>
    item({ key, kind: 'deadline', text: key, createdAt: 1, ...over });
  // Each column orders these four differently, so a comparator on the wrong column fails.
  const items = [
    row('p', {
      due: '2026-12-20',
      task: 'Rà soát hồ sơ',
      owners: ['Sở Y tế'],
      documentKey: '9-KH/TU',
      site: 'b.gov.vn',
    }),
    row('q', {
      due: '2026-11-20',
      task: 'Báo cáo kết quả',
      owners: ['Ủy ban nhân dân huyện'],
      documentKey: '10-KH/TU',
      site: 'c.gov.vn',
    }),
    row('r', {
      due: '2026-11-27',
      task: 'Đánh giá',
      owners: ['Bộ Nội vụ'],
      documentKey: '100-KH/TU',
      site: 'a.gov.vn',
      status: 'done',
    }),
    row('s', {
      due: '2027-01-05',
      task: 'Xây dựng kế hoạch',
      owners: ['Sở Tài chính'],
      documentKey: null,
      site: 'd.gov.vn',
      snoozedUntil: '2026-12-01',
    }),
  ];
  const ascending: Record<Column, string[]> = {
    // 'r' is done: due-soon does not apply, it sorts last by status.
    due: ['q', 'r', 'p', 's'],
    // Vietnamese order: B < Đ < R < X (Đ after D, not after Z).
    task: ['q', 'r', 'p', 's'],
    owners: ['r', 's', 'p', 'q'],
    // Numbers compare as numbers (9 < 10 < 100); no document goes last.
    document: ['p', 'q', 'r', 's'],
    site: ['r', 'p', 'q', 's'],
    // Overdue, then open, then snoozed, then done.
    status: ['q', 'p', 's', 'r'],
  };

  for (const column of COLUMNS) {
    it(`sorts by ${column}, both directions`, () => {
      const keys = (descending: boolean) => sortItems(items, column, descending, context).map((i) => i.key);
      expect(keys(false)).toEqual(ascending[column]);
      const expectedDescending = [...ascending[column]].reverse();
      // An empty value stays last either way.
      if (column === 'document') expectedDescending.push(...expectedDescending.splice(0, 1));
      expect(keys(true)).toEqual(expectedDescending);
    });
  }

  it("sorts a filtered part of the list with the whole list's ranks, and re-ranks a changed list", () => {
    const part = [items[3], items[0], items[1]] as typeof items;
    for (const column of COLUMNS) {
      expect(sortItems(part, column, true, context, items)).toEqual(sortItems(part, column, true, context));
    }
    const renamed = items.map((one) => (one.key === 'q' ? { ...one, task: 'Xử lý kiến nghị' } : one));
    expect(sortItems(renamed, 'task', false, context).map((i) => i.key)).toEqual(['r', 'p', 's', 'q']);
  });
});

describe('the document a deadline belongs to', () => {
  it('is shown by its code as written when that document is saved too, else by its key', () => {
    const directive = item({ key: '5/CT-TTG', text: '05/CT-TTg' });
    const deadline = item({ key: 'd', kind: 'deadline', documentKey: '5/CT-TTG' });
    const orphan = item({ key: 'o', kind: 'deadline', documentKey: '7/KH-UBND' });
    const codes = documentCodes([directive, deadline, orphan]);
    expect([deadline, orphan, directive].map((i) => documentOf(i, codes))).toEqual([
      '05/CT-TTg',
      '7/KH-UBND',
      '05/CT-TTg',
    ]);
    expect(documentOf(deadline)).toBe('5/CT-TTG');
  });
});
