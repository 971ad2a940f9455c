/** Benchmark inputs, built at run time (seed texts are read from ../shared, never copied). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../helpers/gold';

/** `size` characters of Vietnamese government news: the seed pages repeated. */
export function buildVietnameseText(size: number): string {
  const dir = join(SHARED_DIR, 'seeds');
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
  return repeatTo(pages.join('\n\n'), size);
}

/** `size` characters of English text about Vietnamese documents: the corpus's English passages. */
export function buildEnglishText(size: number): string {
  const dir = join(SHARED_DIR, 'corpus');
  const passages = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { lang: string; text: string })
    .filter((gold) => gold.lang === 'en')
    .map((gold) => gold.text);
  return repeatTo(passages.join('\n\n'), size);
}

/**
 * `size` characters of long runs that tempt a backtracking matcher and never complete a reference:
 * digits, slashes, hyphens, capitals, and their near-miss mixtures.
 */
export function buildHostileText(size: number): string {
  const runs = [
    '1'.repeat(20_000),
    '1/'.repeat(10_000),
    '1-'.repeat(10_000),
    '1 - '.repeat(5_000),
    'A-'.repeat(10_000),
    'A/'.repeat(10_000),
    'QĐUBNDTTG'.repeat(2_000),
    '/-'.repeat(10_000),
    '12/2020/'.repeat(2_500),
    '2020-2021-'.repeat(2_000),
    '1.1.1.1.'.repeat(2_500),
    'ngày ngày tháng năm quý '.repeat(800),
  ];
  return repeatTo(runs.join(' '), size);
}

/** `size` characters that are nothing but valid codes: the worst case for per-reference work. */
export function buildDenseCodes(size: number): string {
  return repeatTo('Kế hoạch 7-KH/TU, Quyết định 12/2020/QĐ-UBND; 45/UBND-VX. ', size);
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
