import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../lib/cli/find-browser';
import { EXTENSION_DIR } from './environment';
import { writeSeedPages } from './seed-pages';

// Fail early with one line each (no browser, no build), then write the generated seed pages.
export default function globalSetup(): void {
  try {
    findBrowser();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
    process.exit(1);
  }
  writeSeedPages();
}
