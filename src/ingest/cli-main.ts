import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../content/load.ts';
import { ConfigError, loadContext } from './context.ts';
import { readPrevious, removeStaleTemps, writeAtomic } from './output-folder.ts';
import { defaultCacheDir, openCache } from './cache.ts';
import { displayName, formatReport } from './report.ts';
import { ingestFolderIsolated } from './folder-run.ts';

const USAGE = `Usage:
  npm run ingest                         normalize content/sources/* into content/articles/*.mdx
  npm run ingest -- --check              exit 1 if content/articles/ is not what ingest would write
  npm run ingest -- add <file>           copy an article into content/sources/ and ingest
  npm run ingest -- init <dir>           write <dir>/subjects.yaml and site.yaml from the articles in <dir>/sources/
Options:
  --content <dir>   folder with topics.yaml and subjects.yaml (default: content, or $CONTENT_DIR)
  --sources <dir>   raw articles (default: <content>/sources)
  --out <dir>       generated MDX (default: <content>/articles); claims.json goes beside it
  --quiet           print only problems and the summary
  --strict          exit 1 when any source could not be imported (the others are still written)
  --time-limit <s>  seconds a small file may take before it is stopped (default 8; half as much again per MiB)
  --no-cache        ingest every source again (by default a source whose bytes, sidecar, subjects, taxonomy
                    and ingest code are unchanged is taken from node_modules/.cache/versus-ingest/)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      sources: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'time-limit': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const content = values.content ?? contentDir();
  const sources = values.sources ?? join(content, 'sources');
  const out = values.out ?? join(content, 'articles');
  const claimsPath = join(dirname(out), 'claims.json');

  if (positionals[0] === 'init') {
    const dir = positionals[1] ?? content;
    const from = values.sources ?? join(dir, 'sources');
    if (!existsSync(from)) {
      console.error(`ingest init: ${from} does not exist. Put the articles in ${join(dir, 'sources')}/ first.`);
      return 2;
    }
    // Loaded only for this command: its modules are not needed to ingest.
    const { initComparison } = await import('./init.ts');
    const r = initComparison(dir, from);
    if (!r.found.subjects) {
      console.error(
        `ingest init: no title or heading in ${from} compares two things ("X vs Y", "X or Y?", "Comparing X and Y"). Write ${join(dir, 'subjects.yaml')} by hand (see src/schemas/subject.ts).`,
      );
      return 1;
    }
    const [a, b] = r.found.subjects;
    console.log(
      `Found: ${a.name}${a.aliases.length ? ` (also ${a.aliases.join(', ')})` : ''} vs ${b.name}${b.aliases.length ? ` (also ${b.aliases.join(', ')})` : ''}, named together in ${r.found.support} title(s) or heading(s).`,
    );
    if (r.found.rivals.length) console.log(`Also compared with them, as rivals, not subjects: ${r.found.rivals.join(', ')}.`);
    for (const p of r.written) console.log(`Wrote ${p}.`);
    for (const p of r.kept) console.log(`Kept ${p} (it exists; delete it to have it written again).`);
    console.log(`Topics come from the default taxonomy (src/content/default-topics.yaml). Next: npm run ingest -- --content ${dir}`);
    return 0;
  }
  if (positionals[0] === 'add') {
    const file = positionals[1];
    if (!file) {
      console.error(`ingest add: which file? ${USAGE.split('\n')[3]!.trim()}`);
      return 2;
    }
    if (!existsSync(file)) {
      console.error(`ingest add: ${file} does not exist.`);
      return 2;
    }
    const target = join(sources, basename(file));
    if (existsSync(target)) {
      console.error(`ingest add: ${target} already exists; rename the new file or remove the old one first.`);
      return 2;
    }
    copyFileSync(file, target);
    console.log(`Added ${target} (kept byte for byte).`);
  } else if (positionals.length > 0) {
    console.error(`ingest: unknown command "${positionals[0]}".\n${USAGE}`);
    return 2;
  }
  if (!existsSync(sources)) {
    console.error(`ingest: the sources folder ${sources} does not exist. Pass --sources <dir> or create it.`);
    return 2;
  }

  const ctx = loadContext(content);
  const seconds = values['time-limit'] === undefined ? undefined : Number(values['time-limit']);
  if (seconds !== undefined && !(seconds > 0)) {
    console.error(`ingest: --time-limit takes a number of seconds, not "${values['time-limit']}".`);
    return 2;
  }
  const started = performance.now();
  // Read while the workers start (the run calls it once they are on their way).
  let previous: ReturnType<typeof readPrevious> | undefined;
  const readOutput = () => (previous ??= readPrevious(out, claimsPath));
  const tty = process.stderr.isTTY;
  const run = await ingestFolderIsolated(sources, ctx, content, {
    seconds,
    cache: values['no-cache'] ? undefined : openCache(defaultCacheDir(), ctx),
    previous: readOutput,
    progress: (done, total, name) => {
      // Progress only where it helps: big batches, redrawn in place on a terminal, every 10% in logs.
      if (total < 50) return;
      const step = Math.max(1, Math.floor(total / 10));
      if (tty) process.stderr.write(`\r  ingest ${done}/${total} ${displayName(name).slice(0, 40).padEnd(40)}`);
      else if (done % step === 0 || done === total) process.stderr.write(`  ingest ${done}/${total}\n`);
      if (tty && done === total) process.stderr.write('\n');
    },
  });
  const before = readOutput();
  const ms = Math.round(performance.now() - started);
  const cachedNote = run.cached ? `; ${run.cached} unchanged source(s) from the cache` : '';

  // A source that failed keeps the article an earlier run made from it: nothing is lost to a bad edit.
  const expected = new Map<string, string>([...run.results.map((r) => [`${r.id}.mdx`, r.mdx] as const), ...run.kept.map((k) => [`${k.id}.mdx`, k.mdx] as const)]);
  const claimsJson = `${JSON.stringify(run.claims, null, 1)}\n`;
  // Only files ingest wrote may be deleted: a hand-made MDX without the marker is left alone.
  const orphans = before.generated.filter((f) => !expected.has(f));
  // Paths as the user gave them, short inside the project.
  const shown = relative(process.cwd(), sources);
  const report = formatReport(shown && !shown.startsWith('..') ? shown : sources, run);
  // What is in the output folder now: files ingest wrote were read above; any other is read here.
  const existing = (file: string): string | undefined => {
    const path = join(out, file);
    return before.text(file) ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  };
  const problemsOnly = report
    .split('\n')
    .filter((l) => !/^ {4}(title|format|topics|repaired|removed) /.test(l) && !l.startsWith('✓'))
    .join('\n');

  if (values.check) {
    // Fails only when the generated files are not what ingest would write now. Sources that cannot be
    // imported are reported, and the build goes on without them (or with their last good article).
    const stale: string[] = [];
    for (const [file, mdx] of expected) {
      const path = join(out, file);
      const text = existing(file);
      if (text === undefined) stale.push(`${path} is missing`);
      else if (text !== mdx) stale.push(`${path} differs from what its source gives`);
    }
    for (const f of orphans) stale.push(`${join(out, f)} has no source any more`);
    if (before.claimsText !== claimsJson) stale.push(`${claimsPath} is out of date`);
    if (run.failures.length || run.skipped.length) console.log(problemsOnly.trim());
    if (stale.length) {
      console.error(`ingest --check: generated content is stale.\n  ${stale.join('\n  ')}\nRun \`npm run ingest\` and commit the result.`);
      return 1;
    }
    const notImported = run.failures.length ? `; ${run.failures.length} source(s) not imported, listed above` : '';
    console.log(`ingest --check: ${expected.size} article(s) and claims are up to date${notImported} (${ms} ms${cachedNote}).`);
    return 0;
  }

  mkdirSync(out, { recursive: true });
  // What an interrupted run could not clean up (its articles are whole: each is the old file or the new).
  for (const dir of new Set([out, dirname(claimsPath)])) removeStaleTemps(dir);
  // Unchanged files are not written again: their dates stay, and a one-article run writes one article.
  for (const [file, mdx] of expected) if (existing(file) !== mdx) writeAtomic(join(out, file), mdx);
  for (const f of orphans) rmSync(join(out, f));
  if (before.claimsText !== claimsJson) writeAtomic(claimsPath, claimsJson);

  for (const c of run.unusedCuration) console.log(`  ${join(content, 'curation.yaml')}: claim ${c.id} no longer exists; remove or update this entry.  curation`);
  console.log(values.quiet ? problemsOnly : report);
  console.log(`Wrote ${expected.size} article(s) to ${out}/ and ${run.claims.length} claims to ${claimsPath} in ${ms} ms${cachedNote}.`);
  return values.strict && run.failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ConfigError || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`ingest: ${(e as Error).message}`);
    process.exitCode = 2;
  } else throw e;
}
