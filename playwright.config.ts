import { defineConfig } from '@playwright/test';

// Real Chromium from Debian, never a downloaded one. The flags keep it from reaching for the network.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SUB_BASE = '/flask-vs-django/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    // Everything, against the site built for the root of a host (dist/).
    { name: 'root', use: { baseURL: 'http://127.0.0.1:4321/' } },
    // Tests tagged @subpath again, against the same site built for a sub-path (dist-sub/).
    { name: 'subpath', grep: /@subpath/, use: { baseURL: `http://127.0.0.1:4322${SUB_BASE}` } },
  ],
  webServer: [
    { command: 'node scripts/serve.ts', env: { OUT_DIR: 'dist', SITE_BASE: '/', PORT: '4321' }, url: 'http://127.0.0.1:4321/sitemap-index.xml', reuseExistingServer: false },
    { command: 'node scripts/serve.ts', env: { OUT_DIR: 'dist-sub', SITE_BASE: SUB_BASE, PORT: '4322' }, url: `http://127.0.0.1:4322${SUB_BASE}sitemap-index.xml`, reuseExistingServer: false },
  ],
});
