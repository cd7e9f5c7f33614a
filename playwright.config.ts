import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.ts';

// The Chromium `npm test` found or installed (it passes CHROMIUM_PATH), else the one the same search
// finds here (`npx playwright test` on its own never installs one). The flags keep it off the network.
const browser = findBrowser();
if (browser.path === undefined) throw new Error(`${browser.message}\n  - or run \`npm test\`, which installs one where it can.`);
const executablePath = browser.path;
export const SUB_BASE = '/sub/path/';
// The built sites under test and their ports; overridable so a second checkout or an experiment
// (E2E_DIST=dist-gates ...) can run beside the real run without sharing folders or ports.
export const DIST = process.env.E2E_DIST ?? 'dist';
export const DIST_SUB = process.env.E2E_DIST_SUB ?? 'dist-sub';
const PORT = Number(process.env.E2E_PORT ?? 4321);
const PORT_SUB = Number(process.env.E2E_PORT_SUB ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: DIST === 'dist' ? 'test-results/e2e' : `test-results/e2e-${DIST}`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Everything, against the site built for the root of a host (dist/).
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    // Tests tagged @subpath again, against the same site built for a sub-path (dist-sub/).
    { name: 'subpath', grep: /@subpath/, use: { baseURL: `http://127.0.0.1:${PORT_SUB}${SUB_BASE}` } },
  ],
  webServer: [
    { command: 'node scripts/serve.ts', env: { OUT_DIR: DIST, SITE_BASE: '/', PORT: String(PORT) }, url: `http://127.0.0.1:${PORT}/sitemap-index.xml`, reuseExistingServer: false },
    {
      command: 'node scripts/serve.ts',
      env: { OUT_DIR: DIST_SUB, SITE_BASE: SUB_BASE, PORT: String(PORT_SUB) },
      url: `http://127.0.0.1:${PORT_SUB}${SUB_BASE}sitemap-index.xml`,
      reuseExistingServer: false,
    },
  ],
});
