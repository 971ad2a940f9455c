// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import { summarize, toFindings } from '../../lib/page/findings';
import { joinFlows } from '../../lib/page/page-text';
import { collectFlows } from '../../lib/page/text-flows';

describe('page/findings', () => {
  it('turns one extraction into findings with ranges, context and per-document summaries', () => {
    document.body.innerHTML = `<p>Thực hiện <b>Chỉ thị số 05/CT-TTg</b>, các sở báo cáo trước ngày 20/12/2026.</p>
      <p>Nhắc lại Chỉ thị số 05/CT-TTg.</p>`;
    const page = joinFlows(collectFlows(document.body, { isVisible: () => true }));
    const findings = toFindings(page, extract(page.text, { lang: 'vi' }));
    expect(findings.map((f) => [f.category, f.text])).toEqual([
      ['reference', 'Chỉ thị số 05/CT-TTg'],
      ['deadline', 'ngày 20/12/2026'],
      ['reference', 'Chỉ thị số 05/CT-TTg'],
    ]);
    expect(findings[0]?.prefix).toBe('Thực hiện ');
    expect(findings[0]?.suffix).toBe(', các sở báo cáo trước ngày 20/1'); // 32 characters
    expect(findings[2]?.suffix).toBe('.'); // context never runs into the next flow
    expect(summarize(findings).map((s) => [s.key, s.count, s.first])).toEqual([
      ['5/CT-TTG', 2, 0],
      ['date:deadline:2026-12-20', 1, 1],
    ]);
  });
});
