import { chooserModel } from '../analysis/chooser-model.ts';
import type { ChooserModel } from '../schemas/chooser-model.ts';
import { loadComparison } from '../content/load.ts';
import type { Question } from '../schemas/chooser.ts';
import { siteData } from './data.ts';
import { routes } from './url.ts';

/** The chooser's questions from `content/chooser.yaml`; a comparison without one has no chooser. */
export function chooserQuestions(): Question[] {
  return loadComparison().chooser;
}

let cached: Promise<ChooserModel> | undefined;

/** The scoring model the island fetches, computed once per build from consensus and claims. */
export function chooser(): Promise<ChooserModel> {
  cached ??= (async () => {
    const data = await siteData();
    return chooserModel({
      questions: chooserQuestions(),
      subjects: data.subjects,
      topics: data.topics,
      consensus: [...data.consensus.values()],
      claims: data.claims,
      sourceCount: data.sources.length,
      sourceLabel: (id) => data.source(id)?.label ?? id,
      claimHref: (c) => routes.article(c.article, c.anchor),
      topicHref: (t) => routes.topic(t),
    });
  })();
  return cached;
}
