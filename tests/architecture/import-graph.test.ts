import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, reachableFrom } from '../helpers/import-graph';

const ROOT = resolve('.');

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const GRAPH = new Map(
  ['lib', 'components', 'entrypoints'].flatMap((dir) => sources(join(ROOT, dir))).map((f) => [f, importsOf(f)]),
);
const area = (file: string) =>
  relative(ROOT, file)
    .split('/')
    .slice(0, 2)
    .join('/')
    .replace(/\.tsx?$/, '');

/**
 * The layers of lib/, lowest first: a folder imports only from its own or lower layers, so data
 * flows one way (extraction → domain → storage and messages → page), never up.
 */
const LAYERS: Record<string, number> = {
  'lib/extract': 0,
  'lib/log': 0,
  'lib/yield-to-page': 0,
  'lib/links': 0,
  'lib/sites': 0,
  'lib/watchlist': 1,
  'lib/settings': 2,
  'lib/db': 2,
  'lib/i18n': 3,
  'lib/i18n-catalogues': 3,
  'lib/export': 3,
  'lib/messaging': 3,
  'lib/reminders': 4,
  'lib/page': 5,
  'lib/documents': 6,
  'lib/cli': 7,
};

describe('architecture: the import graph', () => {
  it('knows the layer of every lib/ folder', () => {
    const unknown = [...GRAPH.keys()].map(area).filter((a) => a.startsWith('lib/') && !(a in LAYERS));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('imports only downwards in lib/, and lib/ never imports components or entrypoints', () => {
    const upward: string[] = [];
    for (const [file, { files }] of GRAPH) {
      const from = area(file);
      for (const target of files) {
        const to = area(target);
        if (from.startsWith('lib/') && !to.startsWith('lib/') && !to.startsWith('assets/'))
          upward.push(`${from} → ${to}`);
        else if (from.startsWith('components/') && to.startsWith('entrypoints/')) upward.push(`${from} → ${to}`);
        else if (from in LAYERS && to in LAYERS && (LAYERS[to] as number) > (LAYERS[from] as number)) {
          upward.push(`${relative(ROOT, file)} → ${relative(ROOT, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of GRAPH.get(file)?.files ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of GRAPH.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps lib/extract pure: no DOM, no extension API, no other lib folder', () => {
    for (const [file, { files }] of GRAPH) {
      if (area(file) !== 'lib/extract') continue;
      expect(
        files.map(area).filter((to) => to !== 'lib/extract'),
        file,
      ).toEqual([]);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(?:document|window|browser|chrome)\.[a-z]/);
    }
  });

  it('keeps compromise out of the page path (lib/extract/index.ts and what it imports)', () => {
    expect([...reachableFrom('lib/extract/index.ts').packages]).toEqual([]);
  });
});
