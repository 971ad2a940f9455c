import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../helpers/import-graph';

/**
 * What the popup's first render loads: every module reached from its entry through static value
 * imports (`import type` is erased; `import()` loads later). The database (Dexie) and the
 * spreadsheet and calendar writers must load after the first render. (valibot is named by
 * `lib/messaging/channel.ts`, but only its `serve`, which the popup never calls, uses it: the
 * built popup holds none of it, so it is not checked here.)
 */
const staticGraph = (entry: string) => reachableFrom(entry, { types: false });

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
