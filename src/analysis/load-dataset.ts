import { getCollection } from 'astro:content';
import { consensus } from './consensus.ts';
import { datasetClaim, datasetConsensus } from './dataset.ts';

/** Data shared by the three /data/ endpoints; the files themselves are thin. */
export async function dataset() {
  const [claims, topics, subjects] = await Promise.all([getCollection('claims'), getCollection('topics'), getCollection('subjects')]);
  const subjectIds = subjects.map((s) => s.data.id);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const rows = claims.map((c) => datasetClaim(c.data, (article) => `${base}articles/${article}/`));
  const topicIds = topics.map((t) => t.data.id);
  const records = consensus(claims.map((c) => c.data), topicIds, subjectIds).map((c) => datasetConsensus(c, subjectIds));
  return { rows, records, subjects: subjectIds };
}
