import { DESCRIPTIVE_TOPICS } from '../analysis/consensus.ts';
import { claimsCsv, claimsJson, datasetClaim, datasetConsensus } from '../analysis/dataset.ts';

export { claimsCsv, claimsJson };
import { siteData } from './data.ts';
import { routes } from './url.ts';

let cached: ReturnType<typeof load> | undefined;

/** Data shared by the three /data/ endpoints, from the route data every page uses, computed once. */
export function dataset() {
  cached ??= load();
  return cached;
}

async function load() {
  const data = await siteData();
  const subjects = data.subjects.map((s) => s.id);
  const rows = data.claims.map((c) => datasetClaim(c, (article) => routes.article(article)));
  // Taxonomy order, comparative topics only: use cases and facts are grouped, not voted on.
  const records = data.topics.filter((t) => !DESCRIPTIVE_TOPICS.has(t.id)).map((t) => datasetConsensus(data.consensus.get(t.id)!, subjects));
  return { rows, records, subjects };
}
