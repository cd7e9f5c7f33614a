// The claims files of `/data/` (every claim as JSON and as CSV) worked out on a worker thread as the
// build starts: claims.json is final by then (ingest writes it first), and serializing 23,000 rows
// (1,000 articles) into 15 MB of text took about half a second of the build's main thread, on the
// pages' critical path, after one article was added as after a cold start (issue 14). The endpoints
// take the bytes from src/site/offered-dataset.ts, or work them out themselves if this failed.
import type { AstroIntegration } from 'astro';
import { claimsCsv, claimsJson, datasetClaim } from '../analysis/dataset.ts';
import { readClaims } from '../content/claims.ts';
import { contentDir } from '../content/load.ts';
import { offerDataset, type DatasetBytes } from '../site/offered-dataset.ts';
import { onThread } from './on-thread.ts';

/**
 * The two files for the comparison in `content`, for a site whose pages live under `base`. Links as
 * the site's own (src/site/url.ts, which this cannot import: it reads Vite's BASE_URL):
 * `<base>articles/<id>/#<anchor>`. Claims read as the pages read them (readClaims), so both paths
 * publish the same values.
 */
export function datasetBytes(content: string, base: string): DatasetBytes {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rows = readClaims(content).map((c) => datasetClaim(c, (article) => `${root}articles/${article}/`));
  const encoder = new TextEncoder();
  return { json: encoder.encode(claimsJson(rows)), csv: encoder.encode(claimsCsv(rows)) };
}

/** datasetBytes on a worker thread; rejects if the thread fails. */
export function datasetInBackground(content: string, base: string): Promise<DatasetBytes> {
  return onThread(new URL('./dataset-thread-worker.ts', import.meta.url), { content, base }, 'dataset');
}

/** Starts the thread as a build starts (not in `astro dev`, where claims.json may change under a running server). */
export default function datasetThread(): AstroIntegration {
  return {
    name: 'dataset-thread',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const bytes = datasetInBackground(contentDir(), config.base);
        bytes.catch((e: Error) => logger.warn(`the claims files could not be worked out on a thread (${e.message}); their endpoints work them out.`));
        offerDataset(bytes);
      },
    },
  };
}
