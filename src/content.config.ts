import { defineCollection } from 'astro/content/config';
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
  // The default taxonomy merged with the folder's optional topics.yaml, and the subjects, both from
  // src/content/load.ts (validated and cross-checked there). Nothing here is imported from
  // `astro:content` or `astro/loaders`: each drags Astro's render runtime or its image code through the
  // temporary Vite server that loads this file on every build (132 modules; now 23), about 1 s of a
  // rebuild (issue 14).
  topics: defineCollection({ loader: () => loadComparison(dir).topics, schema: topicSchema }),
  subjects: defineCollection({ loader: () => loadComparison(dir).subjects, schema: subjectSchema }),
  // Claims are not a collection: src/content/claims.ts reads claims.json (and says why).
};
