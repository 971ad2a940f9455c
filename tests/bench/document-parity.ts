/**
 * How much of the plain-text score survives when the gold passages are documents: each passage of
 * ../shared/corpus and corpus-deadlines is written as HTML (one paragraph per line), converted to
 * PDF and DOCX by LibreOffice, read back by `scan`'s own path (lib/documents) and scored against
 * the gold by value (references by code, dates by value, deadlines by value among deadlines),
 * since a rebuilt document's offsets are not the passage's. The passages and files stay in a
 * temporary folder. Needs `soffice` (Debian: libreoffice-writer-nogui); skipped without it.
 *
 *   npx tsx tests/bench/document-parity.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFiles } from '../../lib/cli/scan';
import { type GoldFile, loadGold } from '../helpers/gold';

type Tally = { tp: number; fp: number; fn: number };
const FORMATS = ['txt', 'pdf', 'docx'] as const;
const LAYERS = ['references', 'dates', 'deadlines'] as const;

const escapeHtml = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const normCode = (code: string) => code.normalize('NFC').toUpperCase().replace(/\s+/g, '');

/** Required values count toward recall; a prediction equal to an optional one is ignored. */
function tally(required: string[], optional: string[], predicted: string[]): Tally {
  const left = new Map<string, number>();
  for (const value of required) left.set(value, (left.get(value) ?? 0) + 1);
  const ignorable = new Set(optional);
  let [tp, fp] = [0, 0];
  for (const value of predicted) {
    const n = left.get(value) ?? 0;
    if (n > 0) {
      tp++;
      left.set(value, n - 1);
    } else if (!ignorable.has(value)) fp++;
  }
  return { tp, fp, fn: required.length - tp };
}

const f1 = ({ tp, fp, fn }: Tally) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (!hasSoffice()) {
    console.log('document parity skipped: no soffice (apt-get install libreoffice-writer-nogui)');
    return;
  }
  const golds: GoldFile[] = [...loadGold('corpus'), ...loadGold('corpus-deadlines')];
  const dir = mkdtempSync(join(tmpdir(), 'vanban-parity-'));
  try {
    for (const sub of ['txt', 'html', 'pdf', 'docx']) mkdirSync(join(dir, sub));
    for (const gold of golds) {
      writeFileSync(join(dir, 'txt', `${gold.id}.txt`), gold.text);
      const body = gold.text
        .split('\n')
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('\n');
      writeFileSync(
        join(dir, 'html', `${gold.id}.html`),
        `<!doctype html><html lang="${gold.lang}"><head><meta charset="utf-8"><title>${gold.id}</title></head><body>${body}</body></html>`,
      );
    }
    const htmlFiles = golds.map((gold) => join(dir, 'html', `${gold.id}.html`));
    // Writer's own HTML import (not Writer/Web, which can leave a blank first page).
    for (const [format, filter] of [
      ['pdf', 'pdf:writer_pdf_Export'],
      ['docx', 'docx:MS Word 2007 XML'],
    ] as const) {
      execFileSync(
        'soffice',
        [
          '--headless',
          '--infilter=HTML (StarWriter)',
          '--convert-to',
          filter,
          '--outdir',
          join(dir, format),
          ...htmlFiles,
        ],
        { stdio: 'ignore', timeout: 600_000 },
      );
    }

    const totals = Object.fromEntries(
      FORMATS.map((format) => [format, Object.fromEntries(LAYERS.map((layer) => [layer, { tp: 0, fp: 0, fn: 0 }]))]),
    ) as Record<(typeof FORMATS)[number], Record<(typeof LAYERS)[number], Tally>>;
    for (const format of FORMATS) {
      for (const gold of golds) {
        const file = join(dir, format, `${gold.id}.${format}`);
        const [scanned] = await scanFiles({
          files: [file],
          format: 'json',
          published: gold.published ?? undefined,
          lang: gold.lang,
        });
        if (!scanned) throw new Error(`nothing scanned from ${file}`);
        const counts = {
          references: tally(
            gold.refs.filter((r) => !r.optional).map((r) => normCode(r.code)),
            gold.refs.filter((r) => r.optional).map((r) => normCode(r.code)),
            scanned.references.map((r) => normCode(r.code)),
          ),
          dates: tally(
            gold.dates.filter((d) => !d.optional).map((d) => d.value),
            gold.dates.filter((d) => d.optional).map((d) => d.value),
            scanned.dates.map((d) => d.value),
          ),
          deadlines: tally(
            gold.dates.filter((d) => !d.optional && d.kind === 'deadline').map((d) => d.value),
            gold.dates.filter((d) => d.optional && d.kind === 'deadline').map((d) => d.value),
            scanned.dates.filter((d) => d.kind === 'deadline').map((d) => d.value),
          ),
        };
        for (const layer of LAYERS) {
          const total = totals[format][layer];
          total.tp += counts[layer].tp;
          total.fp += counts[layer].fp;
          total.fn += counts[layer].fn;
        }
      }
    }
    console.log(`document parity: ${golds.length} gold passages as text, PDF and DOCX (scored by value)`);
    for (const format of FORMATS) {
      const cells = LAYERS.map((layer) => {
        const score = f1(totals[format][layer]);
        const kept = format === 'txt' ? '' : ` (${((100 * score) / f1(totals.txt[layer])).toFixed(1)} % of text)`;
        return `${layer} F1 ${score.toFixed(3)}${kept}`;
      });
      console.log(`  ${format.padEnd(4)} ${cells.join(' | ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
