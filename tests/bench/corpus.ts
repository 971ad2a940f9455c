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

/** `size` characters built to make a backtracking matcher suffer: digits, slashes, hyphens, capitals. */
export function buildHostileText(size: number): string {
  const pieces = [
    '1'.repeat(2000),
    '1/'.repeat(1000),
    '12-'.repeat(700),
    'A-'.repeat(1000),
    '9/2020/'.repeat(300),
    'QĐ-UBND-'.repeat(250),
    '12 /2020 /ND -CP -'.repeat(100),
    'ĐĐĐĐĐĐĐĐ'.repeat(250),
    '7-KH/TU/TU/TU'.repeat(150),
    'ngày ngày tháng năm '.repeat(100),
  ];
  return repeatTo(pieces.join(' '), size);
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
