import { describe, expect, it } from 'vitest';
import { tableRows } from '../../lib/watchlist/groups';
import type { WatchItem } from '../../lib/watchlist/types';
import { watchItem } from '../helpers/factories';

const item = (key: string, over: Partial<WatchItem>): WatchItem => watchItem({ key, kind: 'deadline', ...over });

const plan = item('5-KH/TU', { kind: 'document', text: '05-KH/TU' });
const first = item('a', { owners: ['Sở Y tế'], documentKey: '5-KH/TU', site: 'tinhuy.gov.vn' });
const shared = item('b', { owners: ['Sở Y tế', 'Bộ Nội vụ'], documentKey: null, site: 'chinhphu.vn' });
const nobody = item('c', { owners: [], documentKey: '5-KH/TU', site: 'tinhuy.gov.vn' });
const sorted = [first, shared, nobody, plan];

/** The rows as "group (count)" and item keys, for a readable comparison. */
const shape = (by: Parameters<typeof tableRows>[1]) =>
  tableRows(sorted, by, '(none)').map((row) => (row.type === 'group' ? `${row.name} (${row.count})` : row.item.key));

describe('watchlist grouping', () => {
  it('lists the items as they are without grouping', () => {
    expect(shape('none')).toEqual(['a', 'b', 'c', '5-KH/TU']);
  });

  it('groups by lead unit: a shared task under each unit, the unnamed group last', () => {
    expect(shape('owner')).toEqual(['Bộ Nội vụ (1)', 'b', 'Sở Y tế (2)', 'a', 'b', '(none) (2)', 'c', '5-KH/TU']);
    // Row ids stay unique when an item is listed twice (the virtual list keys rows by them).
    const ids = tableRows(sorted, 'owner', '').map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('groups by document, named by the code as written when the document is saved', () => {
    expect(shape('document')).toEqual(['05-KH/TU (3)', 'a', 'c', '5-KH/TU', '(none) (1)', 'b']);
  });

  it('groups by source site, keeping the sort order inside each group', () => {
    expect(shape('site')).toEqual(['chinhphu.vn (1)', 'b', 'tinhuy.gov.vn (2)', 'a', 'c', '(none) (1)', '5-KH/TU']);
  });
});
