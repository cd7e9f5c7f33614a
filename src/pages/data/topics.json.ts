import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { routes } from '../../site/url.ts';
import { fileResponse, JSON_TYPE } from '../../site/file-response.ts';

// Pagefind has no synonyms: the search UI fetches this (on first search only) to offer the topic a
// query names, by label or by any alias in content/topics.yaml.
export const GET: APIRoute = async () => {
  const data = await siteData();
  const topics = data.topics.map((t) => ({ label: t.label, url: routes.topic(t.id), terms: [t.label, ...t.aliases] }));
  return fileResponse(JSON.stringify(topics), JSON_TYPE);
};
