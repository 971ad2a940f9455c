/**
 * Open deadlines as an iCalendar file (RFC 5545) through ical-generator: one all-day event per
 * deadline on its due date, with a UID stable per item so importing again updates instead of
 * duplicating; the code and sentence in the description, the source page as the URL.
 */
import ical, { ICalEventRepeatingFreq, type ICalRepeatingOptions } from 'ical-generator';
import type { Recurrence } from '../extract/types';
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
  const urls: string[] = [];
  for (const item of items) {
    // A due date that is not a day (stored before restores were validated) has no event to give.
    if (item.kind !== 'deadline' || item.status !== 'open' || !isDay(item.due)) continue;
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
      // ical-generator escapes URL as TEXT ("a=1\\,2"): give it a placeholder, written properly below.
      url: source?.url ? placeholderUrl(urls.push(source.url) - 1) : null,
      stamp: new Date(item.updatedAt),
      // A recurring deadline comes back in the calendar too, from its next occurrence on.
      repeating: item.recurrence ? repeatingOf(item.recurrence) : null,
    });
  }
  return calendar.toString().replace(PLACEHOLDER_LINE_RE, (_, index: string) => uriLine(urls[Number(index)] ?? ''));
}

/** RRULE for a recurring deadline; a period's deadline without a named day is its last day (-1). */
function repeatingOf(recurrence: Recurrence): ICalRepeatingOptions | null {
  const byMonthDay = recurrence.day ?? -1;
  switch (recurrence.every) {
    case 'day':
      return { freq: ICalEventRepeatingFreq.DAILY };
    case 'week':
      return { freq: ICalEventRepeatingFreq.WEEKLY };
    case 'month':
      return { freq: ICalEventRepeatingFreq.MONTHLY, byMonthDay };
    case 'quarter':
      return { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3, byMonthDay };
    case 'year':
      return {
        freq: ICalEventRepeatingFreq.YEARLY,
        byMonthDay,
        ...(recurrence.month ? { byMonth: recurrence.month } : {}),
      };
  }
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A stand-in URL with nothing to escape and short enough never to be folded. */
const placeholderUrl = (index: number) => `https://vanban-watch.invalid/${index}`;
const PLACEHOLDER_LINE_RE = /^URL;VALUE=URI:https:\/\/vanban-watch\.invalid\/(\d+)$/gm;

/**
 * `URL;VALUE=URI:…` with the address as an RFC 5545 URI value (no text escaping; `href` has already
 * percent-encoded anything outside ASCII), folded at 75 octets as the RFC requires.
 */
function uriLine(url: string): string {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    href = encodeURI(url);
  }
  const line = `URL;VALUE=URI:${href}`;
  const pieces = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) pieces.push(` ${line.slice(at, at + 74)}`);
  return pieces.join('\r\n');
}
