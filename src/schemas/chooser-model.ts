// The chooser's scoring model: computed at build time (src/analysis/chooser-model.ts), fetched as JSON
// and scored in the browser by the island (src/islands/chooser/score.ts). Types only.

export interface ChooserCitation {
  quote: string;
  source: string;
  href: string;
}

/** What one answer gives one subject, and the evidence for it. */
export interface Contribution {
  subject: string;
  points: number;
  /** "Learning curve: 5 of 5 sources favour X". */
  basis: string;
  href: string;
  citations: ChooserCitation[];
}

export interface ModelAnswer {
  id: string;
  label: string;
  condition: string;
  contributions: Contribution[];
}

export interface ModelQuestion {
  id: string;
  question: string;
  help: string;
  answers: ModelAnswer[];
}

export interface ChooserModel {
  subjects: Array<{ id: string; name: string }>;
  questions: ModelQuestion[];
}

export type Answers = Record<string, string>;

export interface Reason extends Contribution {
  question: string;
  answer: string;
}

export interface Flip {
  question: string;
  condition: string;
  subject: string;
}

export interface Result {
  totals: Record<string, number>;
  /** The recommended subject, or null when nothing is answered or the scores are close ("either fits"). */
  leader: string | null;
  answered: number;
  reasons: Reason[];
  flips: Flip[];
}
