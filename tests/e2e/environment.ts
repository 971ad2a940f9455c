import { resolve } from 'node:path';

/** Port of the local page server; every mapped host name resolves to it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4873);
/** The production Chrome build under test. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
