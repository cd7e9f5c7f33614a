// Finds the Chromium (or Chrome) that the end-to-end tests, Lighthouse and the benchmark drive, and
// installs one when the machine has none, so that `npm install && npm test` needs no third step.
//
// Search order, first hit wins:
//   1. CHROMIUM_PATH: the user chose a browser; if it is not there, say so rather than pick another.
//   2. A system Chromium or Chrome: /usr/bin/chromium (Debian's package), then chromium,
//      chromium-browser, google-chrome, google-chrome-stable on PATH. A distribution's browser has
//      its libraries installed with it and needs nothing downloaded.
//   3. Playwright's own download (playwright-core's registry path), if one was installed before.
// Only `ensureBrowser` goes on to install one:
//   4. `npx playwright install chromium`, but only if its download host answers within a few seconds:
//      on a closed network the installer would otherwise spend its time on retries before failing.
//   5. `apt-get install -y chromium`, as root on Debian/Ubuntu (Debian's registry is often reachable
//      where Playwright's download host is not, as on this project's machines and CI).
// Otherwise: a message that says what was tried and what the user can do, and no browser (callers
// fail; a run without its browser never passes).
//
// Everything that touches the machine goes through `Machine`, so the unit test can fake it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  /** A regular file we may execute. */
  isExecutable(path: string): boolean;
  /** Where Playwright keeps (or would keep) its own Chromium; undefined if Playwright is not installed. */
  playwrightPath(): string | undefined;
  /** Whether any of these URLs answers at all (any HTTP status) within `ms`. */
  reachable(urls: string[], ms: number): Promise<boolean>;
  /** Runs Playwright's installer; true if it exited 0. */
  playwrightInstall(): boolean;
  /** Root on Debian or Ubuntu with apt-get: the only case where installing a system package is ours to do. */
  canApt(): boolean;
  /** apt-get update && apt-get install -y chromium; true if both exited 0. */
  aptInstall(): boolean;
  log(line: string): void;
}

export type Browser = { path: string; how: string } | { path: undefined; tried: string[]; message: string };

/** The names looked up on PATH after Debian's /usr/bin/chromium, in this order. */
export const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** Playwright's download hosts (its CDN and the mirror playwright-core falls back to). */
export const PLAYWRIGHT_HOSTS = ['https://cdn.playwright.dev', 'https://playwright.download.prss.microsoft.com'];
/** How long the download host may take to answer before we call it unreachable. */
export const PROBE_MS = 3000;

/**
 * How every tool here starts Chromium: no sandbox (root in CI), no GPU, and nothing that reaches for
 * the network on its own (this machine's network is closed, and refused connections pile up).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const ADVICE = [
  'What you can do:',
  '  - install Chromium from your system: `sudo apt-get install -y chromium` (Debian/Ubuntu), `sudo dnf install chromium`, or Google Chrome;',
  '  - or, where its download host is reachable, `npx playwright install chromium`;',
  '  - or point CHROMIUM_PATH at a Chromium or Chrome executable: `CHROMIUM_PATH=/path/to/chrome npm test`.',
];

function notFound(tried: string[]): Browser {
  const message = ['No Chromium or Chrome found. Tried, in order:', ...tried.map((t) => `  - ${t}`), ...ADVICE].join('\n');
  return { path: undefined, tried, message };
}

/** Steps 1-3: a browser already on this machine. Never installs anything. */
export function findBrowser(m: Machine = thisMachine): Browser {
  const tried: string[] = [];
  const chosen = m.env['CHROMIUM_PATH'];
  if (chosen) {
    if (m.isExecutable(chosen)) return { path: chosen, how: 'CHROMIUM_PATH' };
    return notFound([`CHROMIUM_PATH=${chosen}: not an executable file (unset it to let the search run)`]);
  }
  tried.push('CHROMIUM_PATH: not set');

  if (m.isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', how: 'system' };
  const dirs = (m.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (m.isExecutable(path)) return { path, how: 'system' };
    }
  }
  tried.push(`system browser: neither /usr/bin/chromium nor ${SYSTEM_NAMES.join(', ')} on PATH`);

  const own = m.playwrightPath();
  if (own && m.isExecutable(own)) return { path: own, how: 'Playwright' };
  tried.push(own ? `Playwright's browser: ${own} is not installed` : "Playwright's browser: playwright-core not installed");
  return notFound(tried);
}

/** Steps 1-5: a browser already here, or one installed now. */
export async function ensureBrowser(m: Machine = thisMachine): Promise<Browser> {
  const found = findBrowser(m);
  if (found.path !== undefined || m.env['CHROMIUM_PATH']) return found;
  const tried = [...found.tried];

  const custom = m.env['PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST'] || m.env['PLAYWRIGHT_DOWNLOAD_HOST'];
  const hosts = custom ? [custom] : PLAYWRIGHT_HOSTS;
  // Node's fetch ignores HTTPS_PROXY, Playwright's downloader does not: behind a proxy, let the installer try.
  const proxied = Boolean(m.env['HTTPS_PROXY'] || m.env['https_proxy']);
  if (proxied || (await m.reachable(hosts, PROBE_MS))) {
    m.log('No browser found: installing Chromium with `npx playwright install chromium`.');
    const own = m.playwrightInstall() ? m.playwrightPath() : undefined;
    if (own && m.isExecutable(own)) return { path: own, how: 'Playwright (installed now)' };
    tried.push('`npx playwright install chromium`: failed');
  } else {
    tried.push(`\`npx playwright install chromium\`: skipped, ${hosts.join(' and ')} did not answer within ${PROBE_MS / 1000} s`);
  }

  if (m.canApt()) {
    m.log("No browser found: installing Debian's Chromium with `apt-get install -y chromium` (a minute or two).");
    if (m.aptInstall()) {
      const again = findBrowser(m);
      if (again.path !== undefined) return { path: again.path, how: 'apt-get (installed now)' };
      tried.push('`apt-get install -y chromium`: ran, but no browser was found afterwards');
    } else {
      tried.push('`apt-get install -y chromium`: failed');
    }
  } else {
    tried.push('`apt-get install -y chromium`: skipped, needs root on Debian or Ubuntu');
  }
  return notFound(tried);
}

/** For scripts that cannot run without a browser: its path, or the message and exit code 1. */
export async function requireBrowser(): Promise<string> {
  const b = await ensureBrowser();
  if (b.path !== undefined) return b.path;
  console.error(b.message);
  process.exit(1);
}

/** Any HTTP answer from any of the URLs within `ms` counts; DNS failure, refusal or silence does not. */
export async function reachable(urls: string[], ms: number): Promise<boolean> {
  const signal = AbortSignal.timeout(ms);
  try {
    await Promise.any(urls.map((u) => fetch(u, { method: 'HEAD', signal, redirect: 'manual' })));
    return true;
  } catch {
    return false;
  }
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  // Bounded, so a stuck download or a locked dpkg cannot hang the test run forever.
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env }, timeout: 15 * 60_000 });
  return r.status === 0;
}

const thisMachine: Machine = {
  env: process.env,
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  playwrightPath() {
    try {
      // playwright-core is CommonJS; its registry knows where `playwright install` puts Chromium.
      const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  reachable,
  playwrightInstall() {
    // As root on Debian/Ubuntu also install the libraries the downloaded build needs (libnss3 and co.).
    return run('npx', ['playwright', 'install', ...(this.canApt() ? ['--with-deps'] : []), 'chromium']);
  },
  canApt() {
    return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  },
  aptInstall() {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    return run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', 'chromium'], env);
  },
  log: (line) => console.log(line),
};
