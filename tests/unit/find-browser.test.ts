// The browser search order of scripts/find-browser.ts, against a fake machine: which files exist,
// what the network and the installers do, and which steps ran in which order.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { ensureBrowser, findBrowser, PLAYWRIGHT_HOSTS, PROBE_MS, reachable, type Machine } from '../../scripts/find-browser.ts';

const PW = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

interface Fake {
  env?: Record<string, string>;
  files?: string[];
  playwright?: string | undefined;
  online?: boolean;
  /** Files the Playwright installer / apt-get add; undefined: the installer fails. */
  pwInstalls?: string[] | undefined;
  aptInstalls?: string[] | undefined;
  root?: boolean;
}

function fake(o: Fake): Machine & { calls: string[]; logs: string[] } {
  const files = new Set(o.files ?? []);
  const calls: string[] = [];
  const logs: string[] = [];
  return {
    calls,
    logs,
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...o.env },
    isExecutable: (p) => files.has(p),
    playwrightPath: () => ('playwright' in o ? o.playwright : PW),
    async reachable(urls, ms) {
      calls.push(`reachable ${urls.join(' ')} ${ms}`);
      return o.online ?? false;
    },
    playwrightInstall() {
      calls.push('playwright install');
      for (const f of o.pwInstalls ?? []) files.add(f);
      return o.pwInstalls !== undefined;
    },
    canApt: () => o.root ?? false,
    aptInstall() {
      calls.push('apt-get install');
      for (const f of o.aptInstalls ?? []) files.add(f);
      return o.aptInstalls !== undefined;
    },
    log: (l) => logs.push(l),
  };
}

test('CHROMIUM_PATH comes first, before a system browser and Playwright', async () => {
  const m = fake({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', '/usr/bin/chromium', PW] });
  assert.deepEqual(await ensureBrowser(m), { path: '/opt/chrome/chrome', how: 'CHROMIUM_PATH' });
  assert.deepEqual(m.calls, []);
});

test('a CHROMIUM_PATH that is not there is an error, not a reason to pick or install another', async () => {
  const m = fake({ env: { CHROMIUM_PATH: '/nope/chrome' }, files: ['/usr/bin/chromium'], online: true, root: true, pwInstalls: [PW] });
  const b = await ensureBrowser(m);
  assert.equal(b.path, undefined);
  assert.ok(b.path === undefined && /CHROMIUM_PATH=\/nope\/chrome: not an executable file/.test(b.message), 'names the bad path');
  assert.deepEqual(m.calls, [], 'installs nothing');
});

test("Debian's /usr/bin/chromium comes before other names on PATH and before Playwright's browser", () => {
  const m = fake({ files: ['/usr/bin/chromium', '/usr/local/bin/chromium', '/usr/local/bin/google-chrome', PW] });
  assert.deepEqual(findBrowser(m), { path: '/usr/bin/chromium', how: 'system' });
  // Even when /usr/bin is not on PATH.
  assert.equal(findBrowser(fake({ env: { PATH: '/opt/bin' }, files: ['/usr/bin/chromium', '/opt/bin/chromium'] })).path, '/usr/bin/chromium');
});

test('on PATH: chromium, chromium-browser, google-chrome, google-chrome-stable, in that order, each in PATH order', () => {
  const all = ['/bin/chromium', '/usr/local/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/local/bin/google-chrome-stable'];
  assert.equal(findBrowser(fake({ files: all })).path, '/bin/chromium');
  assert.equal(findBrowser(fake({ files: all.slice(1) })).path, '/usr/local/bin/chromium-browser');
  assert.equal(findBrowser(fake({ files: all.slice(2) })).path, '/usr/bin/google-chrome');
  assert.equal(findBrowser(fake({ files: all.slice(3) })).path, '/usr/local/bin/google-chrome-stable');
  // The same name in two PATH directories: the earlier directory wins.
  assert.equal(findBrowser(fake({ files: ['/bin/chromium', '/usr/local/bin/chromium'] })).path, '/usr/local/bin/chromium');
  // A directory not on PATH is not searched.
  assert.equal(findBrowser(fake({ env: { PATH: '/usr/local/bin' }, files: ['/bin/chromium'] })).path, undefined);
});

test("Playwright's own browser is used when there is no system one, and only if it was downloaded", () => {
  assert.deepEqual(findBrowser(fake({ files: [PW] })), { path: PW, how: 'Playwright' });
  const none = findBrowser(fake({ files: [] }));
  assert.equal(none.path, undefined);
  assert.ok(none.path === undefined && none.tried.some((t) => t.includes(PW)), 'says where it looked');
});

test('findBrowser never installs, even with nothing found and a reachable network', () => {
  const m = fake({ online: true, root: true, pwInstalls: [PW], aptInstalls: ['/usr/bin/chromium'] });
  assert.equal(findBrowser(m).path, undefined);
  assert.deepEqual(m.calls, []);
});

test("nothing installed, Playwright's host reachable: Playwright's installer, and apt-get is not needed", async () => {
  const m = fake({ online: true, root: true, pwInstalls: [PW], aptInstalls: ['/usr/bin/chromium'] });
  assert.deepEqual(await ensureBrowser(m), { path: PW, how: 'Playwright (installed now)' });
  assert.deepEqual(m.calls, [`reachable ${PLAYWRIGHT_HOSTS.join(' ')} ${PROBE_MS}`, 'playwright install']);
});

test('the probe is short and honours PLAYWRIGHT_DOWNLOAD_HOST', async () => {
  assert.ok(PROBE_MS <= 5000);
  const m = fake({ env: { PLAYWRIGHT_DOWNLOAD_HOST: 'https://mirror.example' }, online: false });
  await ensureBrowser(m);
  assert.equal(m.calls[0], `reachable https://mirror.example ${PROBE_MS}`);
});

test("host unreachable (a closed network), root on Debian: Playwright's installer is skipped, apt-get installs chromium", async () => {
  const m = fake({ online: false, root: true, aptInstalls: ['/usr/bin/chromium'] });
  assert.deepEqual(await ensureBrowser(m), { path: '/usr/bin/chromium', how: 'apt-get (installed now)' });
  assert.deepEqual(m.calls.slice(1), ['apt-get install']);
  assert.ok(m.calls[0]!.startsWith('reachable '));
});

test("Playwright's installer fails although the host answered: apt-get is tried next", async () => {
  const m = fake({ online: true, root: true, pwInstalls: undefined, aptInstalls: ['/usr/bin/chromium'] });
  assert.equal((await ensureBrowser(m)).path, '/usr/bin/chromium');
  assert.deepEqual(m.calls.slice(1), ['playwright install', 'apt-get install']);
});

test('nothing works: no browser, a message listing every step tried and what to do', async () => {
  const m = fake({ online: false, root: true, aptInstalls: undefined });
  const b = await ensureBrowser(m);
  assert.equal(b.path, undefined);
  assert.ok(b.path === undefined);
  assert.deepEqual(
    b.tried.map((t) => t.split(':')[0]),
    ['CHROMIUM_PATH', 'system browser', "Playwright's browser", '`npx playwright install chromium`', '`apt-get install -y chromium`'],
  );
  assert.match(b.message, /did not answer within 3 s/);
  assert.match(b.message, /apt-get install -y chromium`: failed/);
  assert.match(b.message, /CHROMIUM_PATH=\/path\/to\/chrome npm test/);
});

test('apt-get succeeds but still no browser: reported as such, not as found', async () => {
  const m = fake({ online: false, root: true, aptInstalls: [] });
  const b = await ensureBrowser(m);
  assert.ok(b.path === undefined && /apt-get install -y chromium`: ran, but no browser was found afterwards/.test(b.message));
});

test('not root (or not Debian/Ubuntu): apt-get is never run', async () => {
  const m = fake({ online: false, root: false, aptInstalls: ['/usr/bin/chromium'] });
  const b = await ensureBrowser(m);
  assert.equal(b.path, undefined);
  assert.ok(!m.calls.includes('apt-get install'));
  assert.ok(b.path === undefined && /needs root on Debian or Ubuntu/.test(b.message));
});

test('reachable: any HTTP answer counts; a refused port or a silent server is false within the timeout', async () => {
  const answering = createServer((_req, res) => res.writeHead(404).end());
  const silent = createServer(() => {}); // accepts, never answers
  await Promise.all([answering, silent].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
  const url = (s: typeof answering) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  try {
    assert.equal(await reachable([url(answering)], 2000), true);
    assert.equal(await reachable([url(silent), url(answering)], 2000), true, 'one answering host is enough');
    const closed = url(silent).replace(/:\d+\//, ':1/');
    let t = Date.now();
    assert.equal(await reachable([closed], 2000), false);
    assert.ok(Date.now() - t < 2000);
    t = Date.now();
    assert.equal(await reachable([url(silent)], 300), false);
    assert.ok(Date.now() - t < 1500, 'gives up at the timeout');
  } finally {
    silent.closeAllConnections();
    answering.close();
    silent.close();
  }
});
