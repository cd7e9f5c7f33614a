import type { APIRoute } from 'astro';
import { claimsCsv, dataset } from '../../site/dataset.ts';
import { bytesResponse, CSV_TYPE, fileResponse } from '../../site/file-response.ts';
import { offeredDataset } from '../../site/offered-dataset.ts';

export const GET: APIRoute = async () => {
  // Worked out on a thread while the build ran (src/integrations/dataset-thread.ts), or here.
  const offered = await offeredDataset();
  if (offered) return bytesResponse(offered.csv, CSV_TYPE);
  const { rows } = await dataset();
  return fileResponse(claimsCsv(rows), CSV_TYPE);
};
