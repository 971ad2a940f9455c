/**
 * How much of the plain-text score survives when the gold passages are documents: each passage of
 * ../shared/corpus and corpus-deadlines is written as HTML (one paragraph per line), converted to
 * PDF and DOCX by LibreOffice, read back by `scan`'s own path (lib/documents) and scored against
 * the gold by value (references by code, dates by value, deadlines by value among deadlines),
 * since a rebuilt document's offsets are not the passage's. Each gold deadline is paired with a
 * found deadline of the same value, in order, and its owners and task scored by surface (owners:
 * every gold owner's words inside a found owner, or a found owner at least half of it; tasks: token
 * overlap ≥ 0.6). `PARITY_OWN=1` adds our own passages (tests/fixtures/own-passages). The passages
 * and files stay in a temporary folder; `PARITY_DIR=<folder>` keeps them there and reads them again on
 * the next run instead of converting (for work on the readers). `PARITY_DIFF=1` lists each passage
 * that loses owners or tasks as a document. Needs `soffice` (Debian: libreoffice-writer-nogui); skipped
 * without it.
 *
 *   npx tsx tests/bench/document-parity.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFiles } from '../../lib/cli/scan';
import type { Span } from '../../lib/extract/types';
import {
  fold,
  type GoldFile,
  type GoldTask,
  loadGold,
  loadOwnPassages,
  loadTasks,
  OWN_PASSAGES_DIR,
  ownersRight,
  taskOverlap,
} from '../helpers/gold';

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

/** An owner by surface (a rebuilt document's offsets are not the passage's): the gold words inside the found ones, or the found ones at least half of them. */
function sameOwnerBySurface(gold: { text: string }, found: { text: string }): boolean {
  const [a, b] = [fold(gold.text.replace(/\uFFFC/g, ' ')), fold(found.text.replace(/\uFFFC/g, ' '))];
  return b.includes(a) || (a.includes(b) && b.length * 2 >= a.length);
}

type Found = { value: string; kind: string; owners?: (Span & { text: string })[]; task?: { text: string } | null };
type Details = { owners: number; ownersOf: number; tasks: number; tasksOf: number };

/** Each gold deadline (in order) paired with the first unused found deadline of its value; owners and tasks scored on the pair. */
function scoreDetails(gold: GoldFile, tasks: GoldTask[], found: Found[], into: Details): void {
  const left = found.filter((date) => date.kind === 'deadline');
  for (const entry of tasks) {
    const date = gold.dates.find((d) => d.start === entry.start);
    if (!date) continue;
    const at = left.findIndex((candidate) => candidate.value === date.value);
    const pair = at >= 0 ? left.splice(at, 1)[0] : undefined;
    if (entry.owners.length > 0) {
      into.ownersOf++;
      if (pair && ownersRight(entry.owners, pair.owners ?? [], sameOwnerBySurface)) into.owners++;
    }
    if (entry.task) {
      into.tasksOf++;
      if (pair?.task && taskOverlap(entry.task.text, pair.task.text) >= 0.6) into.tasks++;
    }
  }
}

/** The passages whose owners or tasks a document reading loses against the text file. */
function printLosses(perPassage: Map<string, Partial<Record<(typeof FORMATS)[number], Details>>>): void {
  for (const [id, scores] of perPassage) {
    const text = scores.txt;
    if (!text) continue;
    const lost = (['pdf', 'docx'] as const)
      .map((format) => {
        const got = scores[format];
        if (!got || (got.owners >= text.owners && got.tasks >= text.tasks)) return '';
        return `${format} owners ${got.owners}/${text.owners} tasks ${got.tasks}/${text.tasks}`;
      })
      .filter(Boolean);
    if (lost.length > 0) console.log(`  ${id}: ${lost.join('; ')}`);
  }
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

/** Each passage as text and as HTML (a paragraph a line), converted to PDF and DOCX by Writer. */
function convertAll(golds: GoldFile[], dir: string): void {
  for (const sub of ['txt', 'html', 'pdf', 'docx']) mkdirSync(join(dir, sub), { recursive: true });
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
    // In batches: one soffice run over hundreds of files can stop part way.
    for (let at = 0; at < htmlFiles.length; at += 40) {
      execFileSync(
        'soffice',
        [
          '--headless',
          '--infilter=HTML (StarWriter)',
          '--convert-to',
          filter,
          '--outdir',
          join(dir, format),
          ...htmlFiles.slice(at, at + 40),
        ],
        { stdio: 'ignore', timeout: 600_000 },
      );
    }
  }
}

async function main(): Promise<void> {
  if (!hasSoffice()) {
    console.log('document parity skipped: no soffice (apt-get install libreoffice-writer-nogui)');
    return;
  }
  const golds: GoldFile[] = [...loadGold('corpus'), ...loadGold('corpus-deadlines')];
  const tasks: GoldTask[] = loadTasks();
  if (process.env.PARITY_OWN) {
    for (const name of readdirSync(OWN_PASSAGES_DIR).filter((file) => file.endsWith('.json'))) {
      const own = loadOwnPassages(name.slice(0, -'.json'.length));
      golds.push(...own.files);
      tasks.push(...own.tasks);
    }
  }
  const tasksOf = new Map<string, GoldTask[]>();
  for (const entry of tasks) tasksOf.set(entry.id, [...(tasksOf.get(entry.id) ?? []), entry]);
  const kept = process.env.PARITY_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'vanban-parity-'));
  try {
    if (!kept || !existsSync(join(dir, 'pdf'))) convertAll(golds, dir);
    const converted = golds.filter((gold) =>
      ['pdf', 'docx'].every((format) => existsSync(join(dir, format, `${gold.id}.${format}`))),
    );
    if (converted.length < golds.length)
      console.log(`  ${golds.length - converted.length} passages not converted, left out`);
    golds.splice(0, golds.length, ...converted);

    const totals = Object.fromEntries(
      FORMATS.map((format) => [format, Object.fromEntries(LAYERS.map((layer) => [layer, { tp: 0, fp: 0, fn: 0 }]))]),
    ) as Record<(typeof FORMATS)[number], Record<(typeof LAYERS)[number], Tally>>;
    const details = Object.fromEntries(
      FORMATS.map((format) => [format, { owners: 0, ownersOf: 0, tasks: 0, tasksOf: 0 }]),
    ) as Record<(typeof FORMATS)[number], Details>;
    // Per passage, for PARITY_DIFF: which passages lose owners or tasks as a document.
    const perPassage = new Map<string, Partial<Record<(typeof FORMATS)[number], Details>>>();
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
        const mine: Details = { owners: 0, ownersOf: 0, tasks: 0, tasksOf: 0 };
        scoreDetails(gold, tasksOf.get(gold.id) ?? [], scanned.dates as Found[], mine);
        for (const key of Object.keys(mine) as (keyof Details)[]) details[format][key] += mine[key];
        perPassage.set(gold.id, { ...perPassage.get(gold.id), [format]: mine });
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
      const { owners, ownersOf, tasks: found, tasksOf: stated } = details[format];
      cells.push(`owners right ${owners}/${ownersOf}`, `tasks found ${found}/${stated}`);
      console.log(`  ${format.padEnd(4)} ${cells.join(' | ')}`);
    }
    if (process.env.PARITY_DIFF) printLosses(perPassage);
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
