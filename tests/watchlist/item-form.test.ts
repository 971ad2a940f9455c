import { describe, expect, it } from 'vitest';
import { draftOf, editOf, formOf, isValidDay, parseOwners } from '../../lib/watchlist/item-form';
import type { WatchItem } from '../../lib/watchlist/types';
import { watchItem } from '../helpers/factories';

const deadline: WatchItem = watchItem({
  key: 'deadline|2027-01-15|x',
  kind: 'deadline',
  text: 'ngày 15/01/2027',
  due: '2027-01-15',
  task: 'gửi báo cáo',
  owners: ['Sở Tư pháp'],
  documentKey: null,
});

describe('item form', () => {
  it('accepts only days that exist', () => {
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2027-02-29')).toBe(false);
    expect(isValidDay('')).toBe(false);
    expect(isValidDay('15/01/2027')).toBe(false);
  });

  it('reads lead units one per line or separated by ";"', () => {
    expect(parseOwners(' Sở Y tế ;\nBộ Nội vụ\n\n; ')).toEqual(['Sở Y tế', 'Bộ Nội vụ']);
  });

  it('records only the fields that changed', () => {
    expect(editOf(deadline, formOf(deadline))).toEqual({});
    expect(editOf(deadline, { ...formOf(deadline), owners: 'Sở Tư pháp;Sở Y tế', documentKey: ' 5-KH/TU ' })).toEqual({
      owners: ['Sở Tư pháp', 'Sở Y tế'],
      documentKey: '5-KH/TU',
    });
    expect(editOf(deadline, { ...formOf(deadline), task: '  ', kind: 'date' })).toEqual({ task: null, kind: 'date' });
    // A document keeps its own fields; only its note is the user's.
    const document: WatchItem = { ...deadline, kind: 'document', due: null };
    expect(editOf(document, { ...formOf(document), due: '2027-02-01', note: 'xem lại' })).toEqual({ note: 'xem lại' });
  });

  it('makes a deadline draft for quick add', () => {
    expect(
      draftOf({ due: '2027-03-01', kind: 'deadline', task: ' Nộp hồ sơ ', owners: 'A; B', documentKey: '', note: '' }),
    ).toEqual({
      kind: 'deadline',
      due: '2027-03-01',
      task: 'Nộp hồ sơ',
      owners: ['A', 'B'],
      documentKey: null,
      note: '',
    });
  });
});
