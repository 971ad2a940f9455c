import { describe, expect, it } from 'vitest';
import { groupsOf } from '../../components/viewer/FindingsPanel';
import { documentFindings, summarizeDocument } from '../../lib/documents/findings';
import { extract } from '../../lib/extract';

const text =
  'Theo Kế hoạch số 12-KH/UBND và Chỉ thị số 17, các sở báo cáo trước ngày 30/9/2027.\n' +
  'Quyết định số 7/QĐ-UBND ngày 02/01/2027 giao Sở Nội vụ hoàn thành trước ngày 15/7/2027.\n';

describe('the panel’s groups', () => {
  it('are the slices of the lines in panel order (summarizeDocument’s), equal to filtering them', () => {
    const summaries = summarizeDocument(documentFindings(text, extract(text)));
    const groups = groupsOf(summaries);
    expect(groups.deadlines.length).toBeGreaterThan(0);
    expect(groups.documents.length).toBeGreaterThan(1);
    expect(groups.dates.length).toBeGreaterThan(0);
    expect(groups).toEqual({
      deadlines: summaries.filter((s) => s.category === 'deadline'),
      documents: summaries.filter((s) => s.category === 'reference' || s.category === 'weak-reference'),
      dates: summaries.filter((s) => s.category === 'date'),
    });
  });
});
