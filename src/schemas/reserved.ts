// Topic ids with a fixed meaning everywhere, defined once. A taxonomy may describe them (label, cues),
// but claims under them are never votes on a topic: use cases say what a subject suits, facts state
// dates, people and numbers.

/** "X is ideal for small apps": what each subject suits, shown as recommendations, not scored. */
export const USE_CASES = 'use-cases';
/** "X was first released in 2010": checkable facts, shown as facts, never counted as a stance. */
export const FACTS = 'facts';

export const RESERVED_TOPICS: ReadonlySet<string> = new Set([USE_CASES, FACTS]);
