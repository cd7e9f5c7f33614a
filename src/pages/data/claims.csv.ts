import type { APIRoute } from 'astro';
import { claimsCsv, dataset } from '../../site/dataset.ts';
import { CSV_TYPE, fileResponse } from '../../site/file-response.ts';

export const GET: APIRoute = async () => {
  const { rows } = await dataset();
  return fileResponse(claimsCsv(rows), CSV_TYPE);
};
