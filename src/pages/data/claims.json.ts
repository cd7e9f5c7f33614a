import type { APIRoute } from 'astro';
import { dataset } from '../../site/dataset.ts';

export const GET: APIRoute = async () => {
  const { rows } = await dataset();
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
