// Builds the Pagefind index over the built site. Run after `astro build` (npm run build does).
import * as pagefind from 'pagefind';

const site = process.env.OUT_DIR ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
console.log(`Pagefind indexed ${added.page_count} page(s) into ${site}/pagefind/.`);
await pagefind.close();
