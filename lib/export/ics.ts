/**
 * Open deadlines as an iCalendar file (RFC 5545) through ical-generator: one all-day event per
 * deadline on its due date, with a UID stable per item so importing again updates instead of
 * duplicating; the code and sentence in the description, the source page as the URL.
 */
import ical from 'ical-generator';
import type { ItemSource, WatchItem } from '../watchlist/types';

/** A UID for an item that never changes: its key, made safe for the UID value. */
export function uidOf(item: WatchItem): string {
  return `${encodeURIComponent(item.key)}@vanban-watch`;
}

export function toIcs(
  items: readonly WatchItem[],
  sourcesByKey: ReadonlyMap<string, ItemSource[]>,
  calendarName: string,
): string {
  const calendar = ical({
    name: calendarName,
    prodId: { company: 'vanban-watch', product: 'watchlist', language: 'VI' },
  });
  for (const item of items) {
    if (item.kind !== 'deadline' || item.status !== 'open' || !item.due) continue;
    const [year, month, day] = item.due.split('-').map(Number) as [number, number, number];
    const source = sourcesByKey.get(item.key)?.[0];
    const document = item.documentKey ? `[${item.documentKey}] ` : '';
    // What must be done, and by whom: the date is already the event's day.
    const what = [item.task, (item.owners ?? []).join(', ')].filter(Boolean).join(' — ');
    calendar.createEvent({
      id: uidOf(item),
      // Midnight UTC: ical-generator writes a floating all-day date from the UTC fields, so a
      // local-midnight Date would land on the day before east of Greenwich (Hà Nội is UTC+7).
      start: new Date(Date.UTC(year, month - 1, day)),
      allDay: true,
      summary: `${document}${what || item.sentence || item.text}`,
      description: [
        item.sentence,
        item.value && item.value !== item.due ? `(${item.value})` : '',
        item.note,
        source?.url,
      ]
        .filter(Boolean)
        .join('\n'),
      url: source?.url ?? null,
      stamp: new Date(item.updatedAt),
    });
  }
  return calendar.toString();
}
