// @vitest-environment happy-dom
/**
 * Our own passages (tests/fixtures/own-passages) read through the page path, each line a paragraph,
 * against the same passages read as text. The snapshot (`__gold__/pages-own.txt`) holds, per set,
 * the page's scores and every miss or extra that differs from the text path: what a user of the
 * page would see and a user of the file would not. An empty difference is the goal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadOwnPassages, OWN_PASSAGES_DIR, reportFiles } from '../helpers/gold';
import { extractAsPage } from '../helpers/page-path';

const TEXT_SNAPSHOTS = resolve(import.meta.dirname, '../extract/__gold__');
const SCORE_LINE = /^(references|dates|deadlines|owners right|tasks found)/;

it('own passages as pages: scores and every difference from the text path match the snapshot', async () => {
  const sets = readdirSync(OWN_PASSAGES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  const out: string[] = [];
  for (const set of sets) {
    const { files, tasks } = loadOwnPassages(set);
    // The text path's report is its committed snapshot (tests/extract/own-passages.test.ts keeps it true).
    const asText = readFileSync(resolve(TEXT_SNAPSHOTS, `own-${set}.txt`), 'utf8').split('\n');
    const asPage = reportFiles(set, files, tasks, (gold) => extractAsPage(gold)).text.split('\n');
    const textLines = new Set(asText);
    const pageLines = new Set(asPage);
    out.push(`# ${set}`, ...asPage.filter((line) => SCORE_LINE.test(line)));
    out.push(
      ...asPage.filter((line) => !SCORE_LINE.test(line) && !textLines.has(line)).map((line) => `page only: ${line}`),
    );
    out.push(
      ...asText.filter((line) => !SCORE_LINE.test(line) && !pageLines.has(line)).map((line) => `text only: ${line}`),
    );
  }
  await expect(out.join('\n')).toMatchFileSnapshot('__gold__/pages-own.txt');
}, 120_000);
