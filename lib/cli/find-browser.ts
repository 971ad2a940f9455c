import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives, after CHROME_PATH and Debian's /usr/bin/chromium. */
const COMMON_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.';

/**
 * The browser to run: `CHROME_PATH` when set (it must exist), else the first common path that exists.
 * Throws an Error whose message is one line saying what to install.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist. ${NO_BROWSER_MESSAGE}`);
  }
  const found = COMMON_BROWSER_PATHS.find((path) => exists(path));
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
