// Gate: every built HTML page, in both builds, passes html-validate with the ruleset in
// .htmlvalidate.json (what is off there, and why, is written next to each rule).
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { BUILDS, htmlFiles } from './site.ts';

for (const { dir } of BUILDS) {
  test(`every HTML page in ${dir}/ is valid (html-validate)`, async () => {
    test.setTimeout(120_000);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dir, file));
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2) errors.push(`${result.filePath}:${m.line}:${m.column}  ${m.message}  ${m.ruleId}${m.selector ? ` (${m.selector})` : ''}`);
        }
      }
    }
    console.log(`html gate: validated ${files.length} page(s) in ${dir}/`);
    expect(errors, 'html-validate errors').toEqual([]);
  });
}
