import type { DateMention, Named, Recurrence } from '../extract/types';
import { periodOf } from './due';

/**
 * The period a day-less deadline closes, for "due at the end of …": `tháng 12/2020`, `quý 4/2020`,
 * `năm 2030` in Vietnamese; `12/2020`, `Q4 2020`, `2030` in English.
 */
export function formatPeriod(value: string, lang: 'vi' | 'en' = 'vi'): string {
  const written = formatDateValue(value, lang);
  if (lang === 'en') return written;
  const lead = { day: '', quarter: '', month: 'tháng ', year: 'năm ', range: 'giai đoạn ' }[periodOf(value)];
  return lead + written;
}

/**
 * Dates for people, keeping the value's own precision: `dd/mm/yyyy`, `mm/yyyy`, `quý 4/2020` in
 * Vietnamese; English uses the same numeric order (the pages are Vietnamese) with "Q4 2020".
 */
export function formatDateValue(value: string, lang: 'vi' | 'en' = 'vi'): string {
  const day = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (day) return day[1] === '-' ? `${day[3]}/${day[2]}` : `${day[3]}/${day[2]}/${day[1]}`;
  const month = /^(\d{4}|-)-(\d{2})$/.exec(value);
  if (month) return month[1] === '-' ? (month[2] as string) : `${month[2]}/${month[1]}`;
  const quarter = /^(\d{4}|-)-Q(\d)$/.exec(value);
  if (quarter) {
    const year = quarter[1] === '-' ? '' : quarter[1];
    return lang === 'vi' ? `quý ${quarter[2]}${year ? `/${year}` : ''}` : `Q${quarter[2]}${year ? ` ${year}` : ''}`;
  }
  return value.replace('/', '–');
}

/** A name in the UI's language. */
export function inLanguage(name: Named | null | undefined, lang: 'vi' | 'en'): string {
  return name ? name[lang] : '';
}

/**
 * A document in words, as its parts: type, issuer, and the issue date through `issuedOn` (the
 * caller's wording, "ban hành ngày …"). Callers join them with their own separator.
 */
export function describeDocument(
  document: { typeName?: Named | null; issuerName?: Named | null; issued?: string | null },
  lang: 'vi' | 'en',
  issuedOn?: (date: string) => string,
): string[] {
  const issued = document.issued && issuedOn ? issuedOn(formatDateValue(document.issued, lang)) : '';
  return [inLanguage(document.typeName, lang), inLanguage(document.issuerName, lang), issued].filter(Boolean);
}

/** What a deadline asks, by whom, under which document: the parts that are known. */
export interface TaskParts {
  task?: string | null;
  owners?: readonly string[];
  document?: string | null;
}

/**
 * A deadline's task, owners and document as lines for people ("Việc: …", "Chủ trì: …"), through
 * the caller's translation; nothing for a part the text did not name.
 */
export function taskLines(
  parts: TaskParts,
  translate: (key: 'cardTask' | 'cardOwners' | 'cardDocument', subs: string[]) => string,
): string[] {
  const lines: string[] = [];
  if (parts.task) lines.push(translate('cardTask', [parts.task]));
  if (parts.owners?.length) lines.push(translate('cardOwners', [parts.owners.join(', ')]));
  if (parts.document) lines.push(translate('cardDocument', [parts.document]));
  return lines;
}

/** The task parts of an extracted date. */
export function taskPartsOf(date: DateMention | undefined, documentKey: string | null = null): TaskParts {
  return {
    task: date?.task?.text ?? null,
    owners: date?.owners?.map((owner) => owner.text) ?? [],
    document: date?.document ?? documentKey,
  };
}

const EVERY = {
  vi: { day: 'hằng ngày', week: 'hằng tuần', month: 'hằng tháng', quarter: 'hằng quý', year: 'hằng năm' },
  en: { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' },
} as const;

/** How often a recurring deadline comes back, in words: "hằng tháng, ngày 20", "yearly, 15/06". */
export function describeRecurrence(recurrence: Recurrence, lang: 'vi' | 'en'): string {
  const every = EVERY[lang][recurrence.every];
  const { day, month } = recurrence;
  if (day && month) return `${every}, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
  if (day) return lang === 'vi' ? `${every}, ngày ${day}` : `${every}, on day ${day}`;
  return every;
}
