import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the popup's first render loads: every module reached from its entry through static value
 * imports (`import type` is erased; `import()` loads later). The database (Dexie) and the
 * spreadsheet and calendar writers must load after the first render. (valibot is named by
 * `lib/messaging/channel.ts`, but only its `serve`, which the popup never calls, uses it: the
 * built popup holds none of it, so it is not checked here.)
 */
function staticGraph(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, target] of text.matchAll(
      /^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm,
    )) {
      if (!target) continue;
      if (!target.startsWith('.')) {
        packages.add(
          target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : (target.split('/')[0] as string),
        );
        continue;
      }
      const base = resolve(dirname(file), target);
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => {
        try {
          return statSync(path).isFile();
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(resolve(entry));
  return { files: [...seen].map((file) => relative(resolve('.'), file)), packages };
}

describe('the popup entry', () => {
  const { files, packages } = staticGraph('entrypoints/popup/main.tsx');

  it('renders without loading the database or the export writers', () => {
    for (const heavy of ['dexie', 'exceljs', 'ical-generator', 'compromise', 'pdfjs-dist', 'mammoth'])
      expect([...packages], heavy).not.toContain(heavy);
    expect(files).not.toContain('lib/db/schema.ts');
    expect(files).not.toContain('lib/db/watchlist.ts');
    expect(files).not.toContain('entrypoints/popup/watchlist-access.ts');
  });

  it('reads this graph as the bundler does (the check sees a real import)', () => {
    expect(packages).toContain('preact');
    expect(files).toContain('components/ComingUp.tsx');
    expect(staticGraph('entrypoints/popup/watchlist-access.ts').packages).toContain('dexie');
  });
});
