import type { Root } from 'mdast';
import type { Section } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { IngestContext } from '../context.ts';

/** Placeholder until claim extraction lands: no claims, tree untouched. */
export function extractClaims(_tree: Root, _article: string, _sections: Section[], _ctx: IngestContext): Claim[] {
  return [];
}
