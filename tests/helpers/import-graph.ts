/**
 * The project's import graph as the architecture tests read it: which files and packages a source
 * file names, and everything reachable from an entry. One reader for the layer rules
 * (tests/architecture), the extraction's two steps (tests/extract/extraction-path) and the popup's
 * first render (tests/components/popup-first-render-imports).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportOptions {
  /** Count `import type …` (erased by the build): yes by default, as the layer rules read them. */
  types?: boolean;
  /** Count `import('…')` (loaded later, on demand): no by default. */
  dynamic?: boolean;
}

const STATIC_RE = /^(?:import|export)\s+(type\s)?[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm;
const DYNAMIC_RE = /\bimport\(\s*'([^']+)'\s*\)/g;

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** A package's name from an import of it or of one of its files ("@scope/name/x" → "@scope/name"). */
const packageOf = (target: string) =>
  target
    .split('/')
    .slice(0, target.startsWith('@') ? 2 : 1)
    .join('/');

/** Relative imports of `file`, resolved to files, and the packages it names. */
export function importsOf(file: string, { types = true, dynamic = false }: ImportOptions = {}) {
  const files: string[] = [];
  const packages: string[] = [];
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(STATIC_RE)]
    .filter((match) => types || !match[1])
    .map((match) => match[2] ?? match[3]);
  if (dynamic) for (const match of text.matchAll(DYNAMIC_RE)) targets.push(match[1]);
  for (const target of targets) {
    if (!target) continue;
    if (!target.startsWith('.')) {
      packages.push(packageOf(target));
      continue;
    }
    const base = resolve(dirname(file), target);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(isFile);
    if (found) files.push(found);
  }
  return { files, packages };
}

/** Every file (relative to the repository) and package reachable from `entry`. */
export function reachableFrom(entry: string, options: ImportOptions = {}) {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const found = importsOf(file, options);
    for (const name of found.packages) packages.add(name);
    for (const target of found.files) visit(target);
  };
  visit(resolve(entry));
  return { files: [...seen].map((file) => relative(resolve('.'), file)), packages };
}
