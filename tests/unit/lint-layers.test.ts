// The layer rule (scripts/lint/layers.js) on made-up files: it must refuse an import that goes the
// wrong way and accept the ones the table allows, so `npm run lint` passing means something.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

test('imports that go up or sideways between layers are errors, naming both layers', async () => {
  const cases: Array<[string, string]> = [
    ['src/analysis/x.ts', "import { ingestOne } from '../ingest/pipeline.ts';\nexport const a = ingestOne;\n"],
    ['src/analysis/x.ts', "import { siteData } from '../site/data.ts';\nexport const a = siteData;\n"],
    ['src/schemas/x.ts', "import { phrasePattern } from '../text/match.ts';\nexport const a = phrasePattern;\n"],
    ['src/text/x.ts', "import { loadContext } from '../ingest/context.ts';\nexport const a = loadContext;\n"],
    ['src/islands/chooser/x.ts', "import { routes } from '../../site/url.ts';\nexport const a = routes;\n"],
    ['src/site/x.ts', "import { ingestOne } from '../ingest/pipeline.ts';\nexport const a = ingestOne;\n"],
  ];
  for (const [file, code] of cases) {
    const errors = await layerErrors(file, code);
    assert.equal(errors.length, 1, `${file}: ${code}`);
    assert.match(errors[0]!, /may not import/);
  }
});

test('imports the table allows pass, type-only imports where only types are allowed', async () => {
  const cases: Array<[string, string]> = [
    ['src/ingest/x.ts', "import { phrasePattern } from '../text/match.ts';\nexport const a = phrasePattern;\n"],
    ['src/site/x.ts', "import { consensus } from '../analysis/consensus.ts';\nexport const a = consensus;\n"],
    ['src/islands/chooser/x.ts', "import type { ChooserModel } from '../../schemas/chooser-model.ts';\nexport type A = ChooserModel;\n"],
    ['scripts/x.ts', "import { ingestOne } from '../src/ingest/pipeline.ts';\nexport const a = ingestOne;\n"],
  ];
  for (const [file, code] of cases) assert.deepEqual(await layerErrors(file, code), [], `${file}: ${code}`);
  // The same island import, but of a value: refused.
  assert.equal((await layerErrors('src/islands/chooser/x.ts', "import { chooserFileSchema } from '../../schemas/chooser.ts';\nexport const a = chooserFileSchema;\n")).length, 1);
});
