import type { APIRoute } from 'astro';
import { chooser } from '../../site/chooser.ts';

// Fetched by the chooser island when it scrolls into view, so pages carry none of it.
export const GET: APIRoute = async () => new Response(JSON.stringify(await chooser()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
