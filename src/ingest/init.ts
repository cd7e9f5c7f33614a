// `npm run ingest -- init <dir>`: scaffolds a comparison folder from its sources alone. The subjects
// come from the grammar of the articles' titles and headings (find-subjects.ts); site.yaml gets a
// title, a question and a description; topics come from the default taxonomy, so no topics.yaml.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import { findSubjects, type FoundSubjects } from './find-subjects.ts';
import { listSources } from './folder-run.ts';
import { decode } from './steps/decode.ts';
import { splitFrontmatter } from './steps/frontmatter.ts';
import { mapFields } from './steps/map-fields.ts';

/** Titles, headings and short lines of each source: where articles say what they compare. */
export function titleLines(sourcesDir: string): string[] {
  const lines: string[] = [];
  for (const name of listSources(sourcesDir).names) {
    let text: string;
    try {
      text = decode(readFileSync(join(sourcesDir, name))).text;
    } catch {
      continue; // Binary or empty files say nothing about subjects; ingest reports them.
    }
    const front = splitFrontmatter(text);
    const title = mapFields(front.data).title;
    if (title) lines.push(title);
    for (const line of front.body.split('\n')) {
      const t = line.replace(/^#{1,6}\s+/, '').trim();
      if (t && t.length <= 120) lines.push(t);
    }
  }
  return lines;
}

export interface InitResult {
  found: FoundSubjects;
  written: string[];
  kept: string[];
}

/** Writes subjects.yaml and site.yaml into `dir` (existing files are kept) from `dir/sources`. */
export function initComparison(dir: string, sourcesDir = join(dir, 'sources')): InitResult {
  const found = findSubjects(titleLines(sourcesDir));
  const written: string[] = [];
  const kept: string[] = [];
  if (!found.subjects) return { found, written, kept };
  const [a, b] = found.subjects;
  const slugger = new GithubSlugger();
  const count = listSources(sourcesDir).names.length;
  const files: Record<string, { comment: string; data: unknown }> = {
    'subjects.yaml': {
      comment: `# The two things these articles compare, found in their titles and headings by \`npm run ingest -- init\`.\n# Check the names and add spellings the articles use to \`aliases\`. Validated by src/schemas/subject.ts.\n`,
      data: [a, b].map((s) => ({ id: slugger.slug(s.name), name: s.name, aliases: s.aliases })),
    },
    'site.yaml': {
      comment: '# Site identity, written by `npm run ingest -- init`; edit freely. Validated by src/schemas/site.ts.\n',
      data: {
        title: `${a.name} vs ${b.name}`,
        question: `${a.name} or ${b.name}: which should you choose?`,
        description: `What ${count} article${count === 1 ? '' : 's'} comparing ${a.name} and ${b.name} say, topic by topic, with every claim linked to its sentence.`,
      },
    },
  };
  for (const [file, { comment, data }] of Object.entries(files)) {
    const path = join(dir, file);
    if (existsSync(path)) {
      kept.push(path);
      continue;
    }
    writeFileSync(path, `${comment}${stringify(data, { lineWidth: 0 })}`);
    written.push(path);
  }
  return { found, written, kept };
}
