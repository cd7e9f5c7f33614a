// The synthetic corpus of the bench: N messy articles in the shapes ingest must handle (frontmatter
// of three kinds, CRLF, plain-text page dumps, mojibake, Windows-1252, BOM, stray HTML, MDX-hostile
// braces). Shared by scripts/bench.ts and scripts/bench-ingest.ts, so both measure the same articles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadComparison } from '../src/content/load.ts';
import { seededRandom } from './seeded-random.ts';

type Topic = { id: string; label: string; cues: string[]; favours: string[]; disfavours: string[] };
type Subject = { id: string; name: string };

/** Text as a CP-1252 reader mangles UTF-8 (’ → â€™): the mojibake ingest must repair. */
function mojibake(text: string): string {
  const cp1252 = new TextDecoder('windows-1252');
  return cp1252.decode(Buffer.from(text, 'utf8'));
}
/** Bytes in Windows-1252 (curly quotes as 0x91–0x94), as old CMS exports are. */
function win1252(text: string): Buffer {
  const map: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, '€': 0x80 };
  return Buffer.from([...text].map((c) => map[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

/** Writes `n` articles into `out`, about the subjects and topics of the comparison in `contentDir`. */
export function makeCorpus(n: number, contentDir: string, out: string, seed: number) {
  const topics = loadComparison(contentDir).topics;
  const subjects = parseYaml(readFileSync(join(contentDir, 'subjects.yaml'), 'utf8')) as Subject[];
  const [a, b] = [subjects[0]!.name, subjects[1]!.name];
  const r = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const words = ['teams', 'projects', 'developers', 'startups', 'beginners', 'enterprises', 'prototypes', 'APIs', 'dashboards', 'services'];
  const sentence = (t: Topic, s: string) => {
    const forms = [
      () => `${s} is ${pick(t.favours)} when it comes to ${pick(t.cues)} for most ${pick(words)}.`,
      () => `Many ${pick(words)} find that ${s} ${pick(['offers', 'shows', 'has'])} ${pick(t.disfavours)} ${pick(t.cues)}.`,
      () => `In our experience, ${s}’s ${pick(t.cues)} is “${pick(t.favours)}” – at least for ${pick(words)}.`,
      () => `Compared with ${s === a ? b : a}, ${s} gives ${pick(words)} ${pick(t.favours)} ${pick(t.cues)}, although ${pick(t.disfavours)} results happen.`,
    ];
    return pick(forms)();
  };
  const para = (t: Topic) => Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(t, pick([a, b]))).join(' ');
  const footer = [
    'Share this article with your team!',
    'Subscribe to our newsletter for more comparisons.',
    `© 2024 Example Media. All rights reserved.`,
    'Was this article helpful? Leave a comment below.',
  ];
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i++) {
    const chosen = Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(topics));
    const title = `${pick([`${a} vs ${b}`, `${b} or ${a}?`, `Choosing between ${a} and ${b}`])}: ${pick(['a practical guide', 'what we learned', 'the honest comparison', 'notes from production'])} #${i + 1}`;
    const sections = chosen.map((t) => ({ heading: `${pick(['About', 'On', 'Thoughts on'])} ${t.label.toLowerCase()}`, body: [para(t), para(t)] }));
    const shape = i % 8;
    const name = `bench-${String(i + 1).padStart(5, '0')}`;
    const mdBody = (h = '##') =>
      sections
        .map((s, k) => {
          let block = `${h} ${s.heading}\n\n${s.body.join('\n\n')}\n`;
          if (k === 1) block += `\n| Aspect | ${a} | ${b} |\n|---|:-:|--:|\n| ${s.heading} | good | fine |\n| Size | small | large |\n`;
          if (k === 2) block += `\n- ${pick(words)} like it\n- it is ${pick(['fast', 'steady', 'simple'])}\n  - nested point\n`;
          if (k === 3) block += '\n```python\nprint("hello")  # a code sample\n```\n';
          return block;
        })
        .join('\n');
    const intro = `${a} and ${b} keep coming up when ${pick(words)} pick a stack. Here is what we found.`;
    const foot = `\n${pick(footer)}\n${pick(footer)}\n`;
    let file: string;
    let bytes: Buffer;
    switch (shape) {
      case 0: // Markdown, YAML frontmatter, clean UTF-8
        file = `${name}.md`;
        bytes = Buffer.from(`---\ntitle: "${title}"\nauthor: Writer ${i}\ndate: 2024-0${1 + (i % 9)}-1${i % 10}\ntags: [comparison, ${chosen[0]!.id}]\n---\n\n${intro}\n\n${mdBody()}${foot}`);
        break;
      case 1: // TOML frontmatter, CRLF line endings
        file = `${name}.md`;
        bytes = Buffer.from(`+++\ntitle = "${title}"\nauthor = "Writer ${i}"\ndate = 2023-1${i % 3}-0${1 + (i % 9)}\n+++\n\n${intro}\n\n${mdBody()}${foot}`.replace(/\n/g, '\r\n'));
        break;
      case 2: // JSON frontmatter (Hugo), setext title
        file = `${name}.md`;
        bytes = Buffer.from(`{\n  "title": "${title}"\n}\n\n${intro}\n\n${mdBody()}${foot}`);
        break;
      case 3: // plain-text page dump: nav junk, title line, no markup, a cookie line
        file = `${name}.txt`;
        bytes = Buffer.from(
          `Home | Blog | Services | Contact\n\n${title}\n\nBy Writer ${i} · 6 min read\n\n${intro}\n\n${sections.map((s) => `${s.heading}\n\n${s.body.join('\n\n')}`).join('\n\n')}\n\nWe use cookies to improve your experience.${foot}`,
        );
        break;
      case 4: // mojibake: UTF-8 read as CP-1252 and saved again
        file = `${name}.md`;
        bytes = Buffer.from(mojibake(`# ${title}\n\n${intro} It’s “typical”.\n\n${mdBody()}${foot}`));
        break;
      case 5: // Windows-1252 bytes, no frontmatter
        file = `${name}.md`;
        bytes = win1252(`# ${title}\n\n${intro} It’s “typical” – really…\n\n${mdBody()}${foot}`);
        break;
      case 6: // BOM, unclosed YAML frontmatter, stray HTML
        file = `${name}.md`;
        bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`---\ntitle: ${title}\nauthor: Writer ${i}\n\n<div class="post">\n\n${intro}<br>\n\n${mdBody()}</div>\n${foot}`)]);
        break;
      default: // Markdown with deep headings and MDX-hostile braces and import lines
        file = `${name}.md`;
        bytes = Buffer.from(`# ${title}\n\n${intro} Config looks like {"debug": true}.\n\nimport os from the standard library, said nobody.\n\n${mdBody('###')}${foot}`);
    }
    writeFileSync(join(out, file), bytes);
  }
}
