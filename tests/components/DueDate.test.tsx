// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DueDate } from '../../components/DueDate';

afterEach(cleanup);

const shown = (props: Parameters<typeof DueDate>[0]) => render(<DueDate {...props} />).container.textContent;

describe('components/DueDate', () => {
  it('a recurring deadline says how often and when next', () => {
    const recurrence = { every: 'month', day: 20, month: null } as const;
    expect(shown({ due: '2026-12-20', value: 'R/P1M', recurrence, lang: 'vi' })).toBe(
      'hằng tháng, ngày 20 → kỳ tới 20/12/2026',
    );
  });

  it('a limit counted in days shows its due day; a period says what it was and what it means', () => {
    expect(shown({ due: '2026-11-20', value: 'P15D', lang: 'vi' })).toBe('20/11/2026');
    expect(shown({ due: '2026-12-31', value: '2026-12', lang: 'vi' })).toBe('tháng 12/2026 → hạn 31/12/2026');
    expect(shown({ due: '2030-12-31', value: '2026/2030', lang: 'vi' })).toMatch(/2026–2030 → hạn 31\/12\/2030/);
  });
});
