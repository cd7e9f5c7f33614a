import { z } from 'zod';

/** `content/site.yaml`: what this comparison site is called and asks. */
export const siteSchema = z.object({
  /** Site name shown in the header and in titles. */
  title: z.string().min(1),
  /** The reader's question the home page answers. */
  question: z.string().min(1),
  /** Meta description for the home page. */
  description: z.string().min(1),
});
export type SiteInfo = z.infer<typeof siteSchema>;
