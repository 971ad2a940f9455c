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

  it('a recurring deadline repeats in the calendar: monthly on its day, quarterly on the last day', () => {
    const recurring = [
      deadline('r1', '2026-12-20', { value: 'R/P1M', recurrence: { every: 'month', day: 20, month: null } }),
      deadline('r2', '2026-12-31', { value: 'R/P3M', recurrence: { every: 'quarter', day: null, month: null } }),
    ];
    const calendar = new ICAL.Component(ICAL.parse(toIcs(recurring, new Map(), 'VănBản Watch')));
    const [monthly, quarterly] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const next = (event: ICAL.Event | undefined, n: number) => {
      const it = event?.iterator();
      const days: string[] = [];
      for (let i = 0; i < n; i++) days.push(it?.next()?.toString() ?? '');
      return days;
    };
    expect(next(monthly, 3)).toEqual(['2026-12-20', '2027-01-20', '2027-02-20']);
    expect(next(quarterly, 3)).toEqual(['2026-12-31', '2027-03-31', '2027-06-30']);
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

  it('skips a deadline stored with a due date that is not a day instead of throwing', () => {
    const damaged = [
      deadline('k1', 20261220 as unknown as string),
      deadline('k2', 'soon'),
      deadline('k3', '2026-12-20'),
    ];
    const calendar = new ICAL.Component(ICAL.parse(toIcs(damaged, new Map(), 'x')));
    expect(calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      uidOf(damaged[2] as WatchItem),
    ]);
  });

  it('writes the source page as a URI value, not escaped text, and reads back the same address', () => {
    const url = 'https://a.gov.vn/0?a=1,2;b&c=%C3%A1#x';
    const long = `https://tinhuy.songhong.gov.vn/tin-tuc/${'chi-dao-dieu-hanh-'.repeat(8)}?id=1,2;3`;
    const withUrls = [deadline('k1', '2026-12-20'), deadline('k2', '2026-12-21')];
    const sourceOf = (itemKey: string, href: string): ItemSource[] => [
      { itemKey, url: href, title: '', seenAt: '', quote: '', prefix: '', suffix: '' },
    ];
    const text = toIcs(
      withUrls,
      new Map([
        ['k1', sourceOf('k1', url)],
        ['k2', sourceOf('k2', long)],
      ]),
      'x',
    );
    expect(text).toContain(`URL;VALUE=URI:${url}\r\n`);
    // Lines stay within 75 octets, folded as RFC 5545 says.
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const urls = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('url'));
    expect(urls).toEqual([url, long]);
  });
});
