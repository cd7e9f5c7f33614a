import type { APIRoute } from 'astro';
import { dataset } from '../../site/dataset.ts';
import { fileResponse, JSON_TYPE } from '../../site/file-response.ts';

export const GET: APIRoute = async () => {
  const { rows } = await dataset();
  return fileResponse(`${JSON.stringify(rows, null, 1)}\n`, JSON_TYPE);
};
