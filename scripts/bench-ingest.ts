// `node scripts/bench-ingest.ts [--size 1000] [--dir bench-out/ingest-1000] [--runs 1]`
// The ingest figures of `npm run bench` without the Astro and Starlight builds, which take minutes:
// the same synthetic corpus, a cold ingest (empty cache), then one article added and ingested again
// (the rest from the cache). Each figure is printed with the load average, since timings on a shared
// machine only compare under the same load.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../src/content/load.ts';
import { makeCorpus } from './synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    dir: { type: 'string' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
    content: { type: 'string', default: defaultContentDir() },
  },
});
const n = Number(values.size);
const runs = Number(values.runs);
if (!(n > 0) || !(runs > 0)) throw new Error('--size and --runs take positive numbers');
const work = resolve(values.dir ?? join('bench-out', `ingest-${n}`));
const content = join(work, 'content');
const cache = join(work, 'ingest-cache');

rmSync(work, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
// As in scripts/bench.ts: the comparison's data files, not its articles or the corrections of its claims.
for (const f of readdirSync(values.content, { withFileTypes: true })) if (f.isFile() && !['claims.json', 'curation.yaml'].includes(f.name)) cpSync(join(values.content, f.name), join(content, f.name));
// The same seed as `npm run bench --sizes n`, so the articles are the same.
makeCorpus(n, values.content, join(content, 'sources'), Number(values.seed) + n);

function ingest(): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['src/ingest/cli.ts', '--content', content, '--quiet'], { env: { ...process.env, INGEST_CACHE_DIR: cache }, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`ingest failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-2000)}`);
  return ms;
}
const load = () => loadavg()[0]!.toFixed(2);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`bench-ingest: ${n} articles in ${work}; ${cpus().length} CPU(s), Node ${process.version}`);
const sources = join(content, 'sources');
const first = readdirSync(sources).sort()[0]!;
const added = join(sources, `zz-added-one${first.slice(first.lastIndexOf('.'))}`);
for (let run = 1; run <= runs; run++) {
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(content, 'articles'), { recursive: true, force: true });
  rmSync(added, { force: true });
  const before = load();
  const cold = ingest();
  // The everyday case, as the bench does it: one more article beside 1,000 already ingested.
  writeFileSync(added, `${readFileSync(join(sources, first), 'utf8')}\n\nOne more paragraph, so this article is new.\n`);
  const between = load();
  const addOne = ingest();
  console.log(`run ${run}: cold ingest ${s(cold)} (load ${before}); add one ${s(addOne)} (load ${between})`);
}
