import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { subjectSchema } from './schemas/subject.ts';
import { topicSchema } from './schemas/topic.ts';

import { articlesLoader } from './content/articles-loader.ts';
import { contentDir, loadComparison } from './content/load.ts';

// CONTENT_DIR lets one codebase build any comparison.
const dir = contentDir();

export const collections = {
  // Ingest's MDX, rendered once per changed file (src/content/articles-loader.ts says why not as modules).
  articles: defineCollection({
    loader: articlesLoader(`${dir}/articles`),
    schema: articleSchema,
  }),
  // The default taxonomy merged with the folder's optional topics.yaml (src/content/load.ts).
  topics: defineCollection({ loader: () => loadComparison(dir).topics, schema: topicSchema }),
  subjects: defineCollection({ loader: file(`${dir}/subjects.yaml`), schema: subjectSchema }),
  // Claims are not a collection: src/content/claims.ts reads claims.json (and says why).
};
