/**
 * The two steps of extraction stay apart: `extract` (index.ts, bundled by the content script)
 * reaches no package and nothing under english/; compromise is reached only through
 * `extractDocument` (document.ts). tests/architecture checks the layers of lib/ as a whole.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Static imports and exports, and dynamic imports (compromise is loaded on first need).
    const source = readFileSync(file, 'utf8');
    const targets = [
      ...source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm),
      ...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ];
    for (const [, target] of targets) {
      if (!target) continue;
      if (target.startsWith('.')) visit(resolve(dirname(file), `${target}.ts`));
      else packages.add(target);
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('extract: one path, two steps', () => {
  it('extract (index.ts) imports no package and nothing of english/', () => {
    const { files, packages } = importGraph('lib/extract/index.ts');
    expect([...packages]).toEqual([]);
    expect([...files].filter((file) => file.includes(join('extract', 'english')))).toEqual([]);
  });

  it('extractDocument (document.ts) is where compromise comes in', () => {
    expect([...importGraph('lib/extract/document.ts').packages].sort()).toEqual(['compromise', 'compromise-dates']);
  });
});
