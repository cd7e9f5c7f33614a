import type { APIRoute } from 'astro';
import { claimsJson, dataset } from '../../site/dataset.ts';
import { bytesResponse, fileResponse, JSON_TYPE } from '../../site/file-response.ts';
import { offeredDataset } from '../../site/offered-dataset.ts';

export const GET: APIRoute = async () => {
  // Worked out on a thread while the build ran (src/integrations/dataset-thread.ts), or here.
  const offered = await offeredDataset();
  if (offered) return bytesResponse(offered.json, JSON_TYPE);
  const { rows } = await dataset();
  return fileResponse(claimsJson(rows), JSON_TYPE);
};
