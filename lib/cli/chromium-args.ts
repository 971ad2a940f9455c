/** Host names the local test/demo server answers for: government hosts and one ordinary one. */
export const MAPPED_HOSTS = ['*.gov.vn', 'dangcongsan.vn', '*.dangcongsan.vn', '*.example.test'];

/**
 * Command-line switches for a Chromium that loads our unpacked extension, sends the mapped hosts to the
 * local server on `port`, resolves every other name to nothing, and makes no connection of its own
 * (no background networking, component updates, sync, first-run or HTTPS-upgrade probes).
 */
export function chromiumArgs(extensionDir: string, port: number): string[] {
  const maps = MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,OptimizationHints,MediaRouter',
  ];
}
