declare namespace App {
  interface Locals {
    /** Set by the article page for SectionHeading, which MDX renders without extra props. */
    sections?: import('./schemas/article.ts').Section[];
    topicLabel?: (id: string) => string;
  }
}
