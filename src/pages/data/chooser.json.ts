import type { APIRoute } from 'astro';
import { chooser } from '../../site/chooser.ts';
import { fileResponse, JSON_TYPE } from '../../site/file-response.ts';

// Fetched by the chooser island when it scrolls into view, so pages carry none of it.
export const GET: APIRoute = async () => fileResponse(JSON.stringify(await chooser()), JSON_TYPE);
