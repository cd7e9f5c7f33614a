import type { APIRoute } from 'astro';
import { dataset } from '../../site/dataset.ts';

export const GET: APIRoute = async () => {
  const { records, subjects } = await dataset();
  return new Response(`${JSON.stringify({ subjects, topics: records }, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
