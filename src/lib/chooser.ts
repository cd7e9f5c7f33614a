import { chooserModel } from '../analysis/chooser-model.ts';
import type { ChooserModel } from '../islands/chooser/score.ts';
import { chooserFileSchema, type Question } from '../schemas/chooser.ts';
import { siteData } from './data.ts';
import { optionalContentYaml } from './site-info.ts';
import { routes } from './url.ts';

/** The chooser's questions from `content/chooser.yaml`; a comparison without one has no chooser. */
export function chooserQuestions(): Question[] {
  const file = optionalContentYaml('chooser.yaml');
  if (!file) return [];
  const parsed = chooserFileSchema.safeParse(file.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file.path}: ${issue.path.join('.')}: ${issue.message}. See src/schemas/chooser.ts.`);
  }
  return parsed.data;
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
