import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = 'assets/public/_locales';
const load = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('_locales', () => {
  const vi = load('vi');

  it('has Vietnamese and English', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'vi']);
  });

  it('gives English every Vietnamese key, with the same placeholders', () => {
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, entry] of Object.entries(vi)) {
      expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      expect(en[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('has every key that the code names', () => {
    const sources = ['components', 'entrypoints', 'lib']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = new Set([...sources.matchAll(/\bt\('(\w+)'|getMessage\('(\w+)'/g)].map((m) => m[1] ?? m[2]));
    for (const key of used) expect(Object.keys(vi), `unknown key ${key}`).toContain(key);
  });
});
