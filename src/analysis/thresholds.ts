// Every number that decides how sure the site sounds, in one place. /methodology/ prints these values
// (src/pages/methodology/index.astro reads them from here), so the page and the verdicts cannot drift.

/** A quote shorter than this many words ("Lightweight", "Flexible") is a fragment: shown, never counted or ranked first. */
export const MIN_EVIDENCE_WORDS = 3;

export const STRENGTH = {
  /** Fewer sources than this taking a side: too little evidence, no winner named. */
  minSources: 2,
  /** The leader's share of the sources that argue the topic, below which the topic is split (no winner named). */
  leanShare: 0.65,
  /** Share at or above which, with at least `strongSources` sources agreeing, the verdict is strong. */
  strongShare: 0.8,
  /** Sources that must agree for a strong verdict. */
  strongSources: 3,
} as const;

/**
 * Share of an answer's weight a topic verdict gives the chooser, by strength. Only the winner the
 * strength names gets it; split and too-little name none, so they give nobody anything (the chooser
 * lists them as giving no lean).
 */
export const CHOOSER_SHARE = { strong: 1, leans: 0.5 } as const;
