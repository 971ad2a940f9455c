import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE } from '../../lib/cli/find-browser';

describe('cli/find-browser', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('prefers CHROME_PATH when it exists', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/my/chrome' }, only('/opt/my/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/my/chrome',
    );
  });

  it('says CHROME_PATH is wrong rather than silently using another browser', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH points to \/nope/,
    );
  });

  it('then takes Debian chromium, then common Chrome paths', () => {
    expect(findBrowser({}, only('/usr/bin/chromium', '/usr/bin/google-chrome'))).toBe('/usr/bin/chromium');
    expect(findBrowser({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('fails with one line that says what to install', () => {
    expect(() => findBrowser({}, only())).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install chromium');
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
  });
});
