/**
 * The shipped path (`extractDocument`) scored on passages written for this project
 * (tests/fixtures/own-passages: plans, dispatches, Party documents, news, tables, English news and
 * client alerts, annotated by ../shared/spec/annotation-guidelines.md). They were written in rounds
 * to find the readers' blind spots: each set's misses, extras and summary numbers are a committed
 * snapshot (`__gold__/own-<set>.txt`), so a regression fails here and a gain shows in the diff.
 * Update with `npx vitest run tests/extract/own-passages.test.ts -u` after checking the diff.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { loadOwnPassages, reportFiles } from '../helpers/gold';
import '../helpers/english';

const sets = [
  'plans',
  'dispatches',
  'english-news',
  'party',
  'news-notices',
  'english-alerts',
  'mixed',
  'tables',
  'mixed-vi-en',
  'plans-2',
  'news-notices-2',
  'english-news-2',
  'dispatches-2',
  'tables-2',
  'english-plans',
  'schools-health',
  'plans-3',
  'english-mixed',
  'plans-4',
  'dispatches-3',
  'english-3',
  'pdf-copies',
  'news-notices-3',
  'english-4',
  'plans-5',
  'party-unions',
  'english-5',
  'plans-6',
  'news-notices-4',
  'english-6',
  'plans-7',
  'dispatches-4',
  'english-7',
  'plans-8',
  'notices-party',
  'english-8',
  'plans-9',
  'dispatches-5',
  'english-9',
  'plans-10',
  'dispatches-6',
  'english-10',
  'plans-11',
  'dispatches-7',
  'english-11',
  'plans-12',
  'dispatches-8',
  'english-12',
  'plans-13',
  'dispatches-9',
  'english-13',
  'party-2',
  'notices-5',
  'english-14',
  'tables-3',
  'dispatches-10',
  'english-15',
  'tables-4',
  'plans-14',
  'english-16',
  'tables-5',
  'dispatches-11',
  'english-17',
  'tables-6',
  'plans-15',
  'english-18',
  'dispatches-12',
  'english-19',
  'news-notices-6',
  'plans-16',
  'tables-7',
  'english-20',
  'dispatches-13',
  'english-21',
  'party-3',
  'english-22',
  'plans-17',
  'dispatches-14',
  'english-23',
  'tables-8',
  'news-notices-7',
];

describe('extract: passages of our own', () => {
  it.each(sets)('%s: misses, extras and scores match the snapshot', async (set) => {
    const { files, tasks } = loadOwnPassages(set);
    const report = reportFiles(set, files, tasks, (gold) =>
      extractDocument(gold.text, { lang: gold.lang, published: gold.published ?? undefined }),
    );
    await expect(report.text).toMatchFileSnapshot(`__gold__/own-${set}.txt`);
  });
});
