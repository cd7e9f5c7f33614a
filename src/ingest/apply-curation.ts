import type { Claim } from '../schemas/claim.ts';
import type { Curation } from '../schemas/curation.ts';

export interface Curated {
  claims: Claim[];
  /** Curation entries that matched no claim: the text changed, or the id is mistyped. */
  unused: Curation[];
}

/**
 * Applies editorial decisions to extracted claims, in file order, deterministically. A corrected claim
 * keeps its id (so links to it survive) and records the reason, shown on the methodology page.
 */
export function applyCuration(claims: readonly Claim[], curation: readonly Curation[]): Curated {
  const byId = new Map(curation.map((c) => [c.id, c]));
  const used = new Set<string>();
  const out: Claim[] = [];
  for (const claim of claims) {
    const decision = byId.get(claim.id);
    if (!decision) {
      out.push(claim);
      continue;
    }
    used.add(decision.id);
    if (decision.action === 'drop') continue;
    // Only the fields the entry sets change; an absent field keeps the extracted value.
    const set = Object.fromEntries(Object.entries(decision.set ?? {}).filter(([, v]) => v !== undefined));
    out.push({ ...claim, ...set, curated: decision.reason });
  }
  return { claims: out, unused: curation.filter((c) => !used.has(c.id)) };
}
