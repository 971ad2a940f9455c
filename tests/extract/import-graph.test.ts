import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module reachable from `entry` by static relative imports, plus the bare packages named. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, target] of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
      if (!target) continue;
      if (target.startsWith('.')) visit(resolve(dirname(file), `${target}.ts`));
      else packages.add(target);
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('extract: module boundaries', () => {
  it('keeps compromise out of the page path (lib/extract/index.ts)', () => {
    const { files, packages } = importGraph('lib/extract/index.ts');
    expect([...packages]).toEqual([]);
    expect([...files].filter((file) => file.includes(`${join('extract', 'english')}`))).toEqual([]);
  });

  it('reaches compromise only through extractDocument (lib/extract/document.ts)', () => {
    expect([...importGraph('lib/extract/document.ts').packages].sort()).toEqual(['compromise', 'compromise-dates']);
  });

  it('keeps lib/extract free of the DOM, the extension API and other lib folders', () => {
    const { files } = importGraph('lib/extract/document.ts');
    for (const file of files) {
      expect(file.startsWith(join(resolve('lib'), 'extract'))).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\b(?:document|window|browser|chrome)\.[a-z]/);
    }
  });
});
