/**
 * The two steps of extraction stay apart: `extract` (index.ts, bundled by the content script)
 * reaches no package and nothing under english/; compromise is reached only through
 * `extractDocument` (document.ts). tests/architecture checks the layers of lib/ as a whole.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../helpers/import-graph';

describe('extract: one path, two steps', () => {
  it('extract (index.ts) imports no package and nothing of english/', () => {
    const { files, packages } = reachableFrom('lib/extract/index.ts', { dynamic: true });
    expect([...packages]).toEqual([]);
    expect([...files].filter((file) => file.includes(join('extract', 'english')))).toEqual([]);
  });

  it('extractDocument (document.ts) is where compromise comes in', () => {
    // compromise is loaded on first need (english/nlp.ts): dynamic imports count here.
    const { packages } = reachableFrom('lib/extract/document.ts', { dynamic: true });
    expect([...packages].sort()).toEqual(['compromise', 'compromise-dates']);
  });
});
