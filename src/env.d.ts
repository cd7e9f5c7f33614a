declare namespace App {
  interface Locals {
    /** Set by the article page for SectionHeading, which MDX renders without extra props. */
    sections?: import('./schemas/article.ts').Section[];
    /** Outline level per heading id, so sources that skip levels still give a valid outline. */
    levels?: Map<string, number>;
    topicLabel?: (id: string) => string;
  }
}
