import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs, uidOf } from '../../lib/export/ics';
import type { ItemSource, WatchItem } from '../../lib/watchlist/types';

const deadline = (key: string, due: string, over: Partial<WatchItem> = {}): WatchItem => ({
  key,
  kind: 'deadline',
  text: `hạn ${due}`,
  due,
  value: due,
  sentence: `Các sở báo cáo trước ${due}, "gấp"; phẩy.`,
  documentKey: '45-KH/TU',
  status: 'open',
  note: '',
  createdAt: 1,
  updatedAt: 2,
  search: '',
  site: '',
  ...over,
});

describe('export/ics', () => {
  const items = [
    deadline('deadline|2026-12-20|a', '2026-12-20', {
      task: 'gửi báo cáo kết quả',
      owners: ['Sở Nội vụ', 'UBND các huyện'],
    }),
    deadline('deadline|2026-Q4|b', '2026-12-31', { value: '2026-Q4' }),
    deadline('deadline|2026-11-01|c', '2026-11-01', { status: 'done' }),
    { ...deadline('45-KH/TU', '2026-12-01'), kind: 'document' as const },
  ];
  const sources = new Map<string, ItemSource[]>([
    [
      'deadline|2026-12-20|a',
      [
        {
          itemKey: 'deadline|2026-12-20|a',
          url: 'https://tinhuy.songhong.gov.vn/a',
          title: '',
          seenAt: '',
          quote: '',
          prefix: '',
          suffix: '',
        },
      ],
    ],
  ]);

  it('gives one all-day event per open deadline, parsed back by a real iCalendar parser', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs(items, sources, 'VănBản Watch')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate])).toEqual([
      [uidOf(items[0] as WatchItem), '2026-12-20', true],
      [uidOf(items[1] as WatchItem), '2026-12-31', true],
    ]);
    // The title says what must be done and by whom; without a task, the sentence; never the date alone.
    expect(events[0]?.summary).toBe('[45-KH/TU] gửi báo cáo kết quả — Sở Nội vụ, UBND các huyện');
    expect(events[1]?.summary).toBe('[45-KH/TU] Các sở báo cáo trước 2026-12-31, "gấp"; phẩy.');
    expect(events[0]?.description).toContain('Các sở báo cáo trước 2026-12-20, "gấp"; phẩy.');
    expect(events[0]?.description).toContain('https://tinhuy.songhong.gov.vn/a');
    expect(events[1]?.description).toContain('(2026-Q4)');
  });

  it('puts each deadline on its own day whatever the time zone of the machine', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(toIcs(items, sources, 'x')).toContain('DTSTART;VALUE=DATE:20261220');
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('keeps the same UID for the same item across exports', () => {
    const again = new ICAL.Component(ICAL.parse(toIcs([items[0] as WatchItem], new Map(), 'x')));
    expect(new ICAL.Event(again.getFirstSubcomponent('vevent') as ICAL.Component).uid).toBe(
      uidOf(items[0] as WatchItem),
    );
  });
});
