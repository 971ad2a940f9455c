/**
 * What the page says about itself: its publication date (for dates written without a year) and
 * its language (English pages get the English date grammar).
 */

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** The page's publication date as ISO `YYYY-MM-DD` from its metadata or a `<time datetime>`, if any. */
export function readPublishedDate(doc: Document = document): string | undefined {
  for (const selector of PUBLISHED_SELECTORS) {
    const iso = isoDate(doc.querySelector(selector)?.getAttribute('content'));
    if (iso) return iso;
  }
  for (const time of doc.querySelectorAll('article time[datetime], time[datetime]')) {
    const iso = isoDate(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return undefined;
}

function isoDate(value: string | null | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? match[0] : undefined;
}

/** `vi` or `en` from `<html lang>`; undefined when the page does not say (extraction then guesses). */
export function readLanguage(doc: Document = document): 'vi' | 'en' | undefined {
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang.startsWith('vi')) return 'vi';
  if (lang.startsWith('en')) return 'en';
  return undefined;
}
