// `npm test`: every test suite in order, each against the real thing (real ingest, real Astro build,
// real Pagefind, real Chromium), then one closing line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './find-browser.ts';
import { tapFailures } from './tap-failures.ts';

let passed = 0;
let failed = 0;
const failures: string[] = [];
// Which tests failed and why, one line each, printed last: CI shows only the end of the log.
const details: string[] = [];
const oneLine = (s: string | undefined, max = 400) => (s ?? '').replace(/\s*\n\s*/g, ' ⏎ ').slice(0, max);

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return r.status ?? 1;
}

function step(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  const ok = run(label, cmd, args, env) === 0;
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  return ok;
}

mkdirSync('test-results', { recursive: true });

// Playwright's JSON report nests suites (file, describe) around specs, each with a test per project.
interface E2eSuite {
  suites?: E2eSuite[];
  specs?: Array<{ title: string; file: string; line: number; tests: Array<{ projectName?: string; status: string; results: Array<{ error?: { message?: string } }> }> }>;
}
function e2eFailures(suites: E2eSuite[]): string[] {
  const out: string[] = [];
  for (const suite of suites) {
    out.push(...e2eFailures(suite.suites ?? []));
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        if (t.status === 'unexpected' || t.status === 'skipped') {
          const error = t.results.at(-1)?.error?.message?.replace(/\x1b\[[0-9;]*m/g, '');
          out.push(`end-to-end: [${t.projectName ?? ''}] ${spec.title} (${spec.file}:${spec.line}): ${t.status === 'skipped' ? 'skipped' : oneLine(error)}`);
        }
  }
  return out;
}

// Node's own runner for the unit tier (seconds, with a coverage summary of src/) and the slow tier
// (subprocesses, megabyte inputs); a TAP copy goes to a file so the counts can be added up.
function nodeTests(label: string, pattern: string, extra: string[] = []): void {
  const tap = `test-results/${label.replace(/\W+/g, '-')}.tap`;
  rmSync(tap, { force: true });
  const status = run(label, process.execPath, ['--test', ...extra, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, pattern]);
  if (!existsSync(tap)) {
    failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const text = readFileSync(tap, 'utf8');
  const p = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  passed += p;
  failed += f;
  if (f > 0 || status !== 0) failures.push(label);
  for (const t of tapFailures(text)) details.push(`${label}: ${t.name} (${t.location ?? 'no location'}): ${oneLine(t.error)}`);
  if (status !== 0 && f === 0) failed++;
}

nodeTests('unit tests', 'tests/unit/**/*.test.ts', ['--experimental-test-coverage', '--test-coverage-include=src/**']);
nodeTests('slow tests', 'tests/slow/**/*.test.ts');

step('types and templates (astro check)', 'npx', ['astro', 'check']);
const fresh = step('generated content is up to date (ingest --check)', process.execPath, ['src/ingest/cli.ts', '--check']);
// E2E_DIST / E2E_DIST_SUB (read by playwright.config.ts too) let a second run use other folders.
const dist = process.env.E2E_DIST ?? 'dist';
const distSub = process.env.E2E_DIST_SUB ?? 'dist-sub';
const built =
  fresh &&
  step('site builds at the root (astro build + pagefind)', 'npm', ['run', '-s', 'build'], dist === 'dist' ? {} : { OUT_DIR: dist, ASTRO_CACHE_DIR: `./node_modules/.astro-${dist}` }) &&
  step('site builds under a sub-path', 'npm', ['run', '-s', 'build'], {
    SITE_BASE: '/sub/path/',
    OUT_DIR: distSub,
    ASTRO_CACHE_DIR: distSub === 'dist-sub' ? './node_modules/.astro-sub' : `./node_modules/.astro-${distSub}`,
  });

// The browser: found on this machine, or installed now (scripts/find-browser.ts); without one the
// end-to-end tests count as failed, never as skipped.
let browser: string | undefined;
if (built && existsSync('playwright.config.ts')) {
  console.log('\n▶ browser for the end-to-end tests');
  const found = await ensureBrowser();
  if (found.path !== undefined) {
    console.log(`${found.path} (${found.how})`);
    browser = found.path;
  } else {
    console.error(found.message);
    failed++;
    failures.push('end-to-end tests (no browser)');
  }
}

if (browser) {
  const json = dist === 'dist' ? 'test-results/e2e.json' : `test-results/e2e-${dist}.json`;
  rmSync(json, { force: true });
  // CHROMIUM_PATH: playwright.config.ts (and every worker loading it) uses exactly this browser.
  const status = run('end-to-end tests in Chromium', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: json, CHROMIUM_PATH: browser });
  if (existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
      errors?: Array<{ message?: string }>;
      suites?: E2eSuite[];
    };
    const { stats } = report;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + stats.skipped;
    details.push(...e2eFailures(report.suites ?? []));
    if (stats.unexpected + stats.skipped > 0) failures.push('end-to-end tests');
    else if (status !== 0 || stats.expected + stats.flaky === 0) {
      // Playwright stopped before or around the tests (a web server that did not start, a port in use):
      // its report then counts no failed test, and the run must not pass for it.
      failed++;
      failures.push(`end-to-end tests (exit ${status}, ${stats.expected + stats.flaky} run: ${report.errors?.[0]?.message?.split('\n')[0] ?? 'no error given'})`);
    }
  } else {
    failed++;
    failures.push('end-to-end tests (no report)');
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
for (const d of details) console.log(`  ✗ ${d}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
