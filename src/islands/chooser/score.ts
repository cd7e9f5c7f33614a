// Pure scoring for the chooser. Shipped to the browser inside the island, so: types only, no big helpers.

import type { Answers, ChooserModel, Flip, Reason, Result } from '../../schemas/chooser-model.ts';

export type { Answers, ChooserModel, Result };

/** Below this share of the points between first and second, the honest answer is "either fits". */
export const CLOSE = 0.15;

function totalsFor(model: ChooserModel, answers: Answers): { totals: Record<string, number>; reasons: Reason[]; answered: number } {
  const totals: Record<string, number> = {};
  for (const s of model.subjects) totals[s.id] = 0;
  const reasons: Reason[] = [];
  let answered = 0;
  for (const q of model.questions) {
    const a = q.answers.find((x) => x.id === answers[q.id]);
    if (!a) continue;
    answered++;
    for (const c of a.contributions) {
      totals[c.subject] = (totals[c.subject] ?? 0) + c.points;
      reasons.push({ ...c, question: q.question, answer: a.label });
    }
  }
  return { totals, reasons, answered };
}

function leaderOf(totals: Record<string, number>): string | null {
  const ranked = Object.entries(totals).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] <= 0) return null;
  const rest = second?.[1] ?? 0;
  return (first[1] - rest) / (first[1] + rest) >= CLOSE ? first[0] : null;
}

export function score(model: ChooserModel, answers: Answers): Result {
  const { totals, reasons, answered } = totalsFor(model, answers);
  const leader = leaderOf(totals);
  // What would change the outcome: one answer different (or added), everything else the same.
  const flips: Flip[] = [];
  for (const q of model.questions) {
    for (const a of q.answers) {
      if (a.id === answers[q.id]) continue;
      const other = leaderOf(totalsFor(model, { ...answers, [q.id]: a.id }).totals);
      if (other && other !== leader && !flips.some((f) => f.question === q.id && f.subject === other)) flips.push({ question: q.id, condition: a.condition, subject: other });
    }
  }
  reasons.sort((a, b) => b.points - a.points);
  return { totals, leader, answered, reasons, flips };
}
