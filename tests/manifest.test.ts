import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: 2 | 3;
  mode: string;
  command: 'build' | 'serve';
}) => Record<string, unknown>;

/** The manifest fields our config gives WXT for a target (WXT then adds entrypoints and converts). */
function manifestFor(browser: 'chrome' | 'firefox', manifestVersion: 2 | 3): Record<string, unknown> {
  const manifest = config.manifest as unknown as ManifestFn;
  expect(typeof manifest).toBe('function');
  return manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
}

describe('manifest', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('asks %s for unlimited storage, which needs no prompt', (browser, version) => {
    expect(manifestFor(browser, version).permissions).toContain('unlimitedStorage');
  });

  it('pins the toolbar button in the Firefox MV2 build', () => {
    expect(manifestFor('firefox', 2).browser_action).toEqual({ default_area: 'navbar' });
  });

  it('gives Chrome no Firefox-only action key', () => {
    expect(manifestFor('chrome', 3)).not.toHaveProperty('browser_action');
  });

  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('gives %s a shortcut to open the watchlist that clashes with none of ours', (browser, version) => {
    const commands = manifestFor(browser, version).commands as Record<
      string,
      { suggested_key: { default: string }; description: string }
    >;
    expect(commands['open-watchlist']).toEqual({
      suggested_key: { default: 'Alt+Shift+W' },
      description: '__MSG_commandOpenWatchlist__',
    });
    // The page keys Alt+Shift+J / K (navigator) are not commands but must stay free too.
    const keys = Object.values(commands).map((command) => command.suggested_key.default);
    expect(new Set([...keys, 'Alt+Shift+J', 'Alt+Shift+K']).size).toBe(keys.length + 2);
  });
});
