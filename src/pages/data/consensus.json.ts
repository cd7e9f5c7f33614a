import type { APIRoute } from 'astro';
import { dataset } from '../../site/dataset.ts';
import { fileResponse, JSON_TYPE } from '../../site/file-response.ts';

export const GET: APIRoute = async () => {
  const { records, subjects } = await dataset();
  return fileResponse(`${JSON.stringify({ subjects, topics: records }, null, 1)}\n`, JSON_TYPE);
};
