import type { APIRoute } from 'astro';
import { claimsCsv, dataset } from '../../site/dataset.ts';

export const GET: APIRoute = async () => {
  const { rows } = await dataset();
  return new Response(claimsCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
