import { defineConfig } from '@playwright/test';
import { E2E_PORT } from './tests/e2e/environment';

// Tests drive the production build (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['line']] : 'list',
  globalSetup: './tests/e2e/global-setup.ts',
  webServer: {
    command: `tsx lib/cli/serve.ts --port ${E2E_PORT} /=tests/e2e/pages /demo/=assets/demo /generated/=.cache/e2e-pages /documents/=tests/fixtures/documents`,
    url: `http://127.0.0.1:${E2E_PORT}/news.html`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
