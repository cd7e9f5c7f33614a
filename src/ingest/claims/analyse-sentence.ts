import type { SubjectMatcher } from '../../text/match.ts';
import { readFileSync } from 'node:fs';
import { RESERVED_TOPICS, USE_CASES } from '../../schemas/reserved.ts';
import { predictDirection, type DirectionModel } from './direction-model.ts';
import { evaluate, judgeCell } from './evaluative.ts';
import { openSizeCompounds } from './metrics.ts';
import type { Hit, Lexicon } from './lexicon.ts';

/** What a sentence says: for each subject and topic, which way it leans and the phrase that decided. */
export interface Statement {
  subject: string;
  topic: string;
  polarity: -1 | 0 | 1;
  cue: string;
  /** The rival subject when the sentence compares the two ("than", "compared to"). */
  versus?: string;
}

/** Where the sentence sits: what its heading or list lead-in already said. */
export interface SentenceContext {
  /** Subject the section or list is about, used when the sentence names none. */
  subject?: string | undefined;
  /** Subject of the previous sentence, for "It ..." and "Its ..." openings. */
  previous?: string | undefined;
  /** +1 under "Pros"/"Advantages", -1 under "Cons"/"Disadvantages". */
  polarity?: -1 | 0 | 1;
  /** Topic the row or section is about (table rows such as "Learning Curve | ... | ..."). */
  topic?: string | undefined;
  /** The row's label, when the text is a table cell ("Speed" in "Speed | Fast | Slow"). */
  rowLabel?: string | undefined;
}

/** Topic id for judgements with no aspect (default taxonomy). */
const OVERALL = 'overall';

// Grammar words, not subject matter: these hold for any pair of technologies.
const CLAUSE_BREAK = /,\s+(?=which\b|whereas\b|while\b|but\b|yet\b|however\b)|;\s+|\s+whereas\s+|,?\s+on the other hand,?\s+/gi;
const PRONOUN_START = /^\s*(it|its|it's|this framework|the framework|this|they|their)\b/i;
// Words after which a named subject is the yardstick, not the one described ("may not match X's size").
const COMPARATIVE = /\b(than|compared to|compared with|in comparison to|unlike|versus|vs\.?|match|matches|rival|rivals|(?<=\bas\s+\w+\s+)as)\b/i;
// "n't" hangs on its verb ("isn't as fast"), so it needs no word boundary before it.
const NEGATION = /(?:\b(?:not|no|never|without|lacks?|lacking|hardly)|n['’]t)\s+(\w+\s+){0,2}$/i;
// "I prefer X to Y (for the productivity)": X is favoured and Y is not, on the clause's topics.
const PREFER = /\bprefer(?:s|red|ring)?\b/i;
// "We switched from X to Y", "migrating from X to Y", "moved away from X to Y": Y was chosen over X.
const MOVE = /\b(?:switch|migrat|mov|port|transition|upgrad)(?:e|es|ed|ing|ion|ions)?\s+(?:\w+\s+){0,3}?from\b/i;

interface Clause {
  text: string;
  start: number;
}

// "While X ..., Y ...": the opening concession ends at its first comma, so Y's clause is read on its own.
const CONCESSION = /^\s*(?:while|whereas|although|though|even though)\b[^,]*,\s+/i;
// Verbs of praise that name the aspect they praise after them ("excels in", "shines at").
const PRAISE_VERB = /^(excels?|excelling|shines?|shining|stands? out)$/i;
// "Unlike X, Y is ...": X is the yardstick of the clause that follows the comma.
const UNLIKE = /^\s*unlike\b([^,]*),\s+/i;

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  const concession = CONCESSION.exec(text);
  if (concession) {
    out.push({ text: text.slice(0, concession[0].length), start: 0 });
    last = concession[0].length;
  }
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < last) continue;
    out.push({ text: text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), start: last });
  return out.filter((c) => c.text.trim());
}

/** "prefer X to Y" / "prefer X over Y": which subject is preferred to which, if the clause says so. */
function preferenceIn(text: string, mentions: ReadonlyArray<{ id: string; index: number }>): { preferred: string; other: string; move?: boolean } | undefined {
  const move = MOVE.exec(text);
  if (move) {
    // "switching from X to Y": Y is the one chosen.
    const from = mentions.find((m) => m.index > move.index);
    const to = mentions.find((m) => from && m.index > from.index && m.id !== from.id);
    if (from && to && /\b(to|onto|over to|for|with)\s+(?:\S+\s+){0,2}$/i.test(text.slice(0, to.index))) return { preferred: to.id, other: from.id, move: true };
  }
  const verb = PREFER.exec(text);
  if (!verb) return undefined;
  const after = mentions.filter((m) => m.index > verb.index);
  const preferred = after[0];
  const other = after.find((m) => m.id !== preferred?.id);
  if (!preferred || !other) return undefined;
  const between = text.slice(preferred.index, other.index);
  return /\b(to|over|rather than|instead of)\b/i.test(between) ? { preferred: preferred.id, other: other.id } : undefined;
}

// "I'd recommend X", "I am going to stick with X", "go with X": a choice of X, with no aspect named.
const RECOMMEND = /\b(recommend(?:s|ed)?|suggest(?:s|ed)?|stick(?:s|ing)? with|go(?:ing)? with|go(?:ing)? for|opt(?:s|ed)? for|settle(?:d)? on|choose|chose|pick)\s+(?:(?:using|with|the)\s+)?$/i;
const REFUSED = /\b(not|never|n't|avoid|against)\b[^,;.]*$/i;
// "choose X when/if/for ...": the choice is tied to a kind of project, which is a use case.
const CONDITION = /^\W*(?:\w+\s+){0,2}?(when|if|for|to build|to write)\b/i;

/** A recommendation of one subject in the clause: whom, which way, and whether it is tied to a use. */
function recommendationIn(text: string, mentions: ReadonlyArray<{ id: string; index: number; length: number }>): { subject: string; polarity: 1 | -1; useCase: boolean; cue: string } | undefined {
  for (const m of mentions) {
    const before = text.slice(0, m.index);
    const verb = RECOMMEND.exec(before);
    if (!verb) continue;
    const lead = before.slice(0, verb.index);
    const polarity = REFUSED.test(lead) ? -1 : 1;
    // "cases where I would choose X" ties the choice to a kind of project as much as "choose X when" does.
    const useCase = CONDITION.test(text.slice(m.index + m.length)) || /\b(when|where|if)\b/i.test(lead);
    return { subject: m.id, polarity, useCase, cue: `${polarity < 0 ? 'not ' : ''}${verb[1]!.toLowerCase()}` };
  }
  return undefined;
}

/** The subject named in a possessive ("Name's", "Name’s") that ends right before `at`, if any. */
function possessiveOwner(text: string, at: number, mentions: ReadonlyArray<{ id: string; index: number }>): string | undefined {
  const before = text.slice(0, at);
  const m = /(\S+)['’]s\s+(?:\w+\s+)?$/.exec(before);
  if (!m) return undefined;
  return mentions.find((x) => x.index === m.index)?.id;
}

function flip(h: Hit, text: string): -1 | 0 | 1 {
  if (h.polarity === 0) return 0;
  const before = text.slice(Math.max(0, h.start - 30), h.start);
  // "does not scale" is in the lexicon whole; only flip where the negation is outside the phrase.
  return NEGATION.test(before) && !/\b(not|no|n't|without|lack)/i.test(h.phrase) ? (-h.polarity as -1 | 1) : h.polarity;
}

/**
 * Reads one sentence: splits it into clauses, finds each clause's subject (named, carried over from
 * "which"/"It", or given by the context) and the stance phrases of the topic lexicons in it.
 */
export function analyseSentence(text: string, ctx: SentenceContext, subjects: SubjectMatcher, lexicon: Lexicon): { statements: Statement[]; subject?: string } {
  const statements: Statement[] = [];
  const named = subjects.positions(text);
  // "It is faster than Y": a sentence that opens with a pronoun speaks of the previous subject, even
  // when it names another one later as the yardstick.
  const opensWithPronoun = PRONOUN_START.test(text) && (named.length === 0 || named[0]!.index > text.search(/\S/));
  // A sentence that names no subject at all continues the paragraph's subject ("X has row-level locks.
  // Updates stay fast as the data grows."); ctx.previous never crosses a paragraph or a table cell.
  let carried: string | undefined = opensWithPronoun || named.length === 0 ? (ctx.previous ?? ctx.subject) : ctx.subject;
  let lastMention: string | undefined;
  let sentenceSubject: string | undefined;

  for (const clause of clauses(text)) {
    const inClause = subjects.positions(clause.text);
    const unlike = UNLIKE.exec(clause.text);
    // "Unlike X, Y ...": read from the comma on, with X as the yardstick.
    const yard = unlike ? inClause.filter((m) => m.index < unlike[0].length) : [];
    const rest = unlike ? inClause.filter((m) => m.index >= unlike[0].length) : inClause;
    const compareAt = unlike ? -1 : clause.text.search(COMPARATIVE);
    const before = compareAt >= 0 ? rest.filter((m) => m.index < compareAt) : rest;
    const after = compareAt >= 0 ? rest.filter((m) => m.index > compareAt) : yard;
    let owners: string[];
    if (before.length > 0) {
      // "Both X and Y have ..." speaks of both; otherwise the first subject named is the one described.
      const ids = [...new Set(before.map((m) => m.id))];
      owners = /\bboth\b/i.test(clause.text) ? ids : [ids[0]!];
    } else if (/^\s*which\b/i.test(clause.text) && lastMention) owners = [lastMention];
    else if (/\bboth\b/i.test(clause.text) && named.length) owners = [...new Set(named.map((m) => m.id))];
    else owners = carried ? [carried] : [];
    let rivals = [...new Set(after.map((m) => m.id))].filter((id) => !owners.includes(id));
    // "prefer X to Y": the preferred one is named after the verb, the other after "to" or "over".
    const preference = preferenceIn(clause.text, inClause);
    if (preference) {
      owners = [preference.preferred];
      rivals = [preference.other];
    }
    if (inClause.length) lastMention = inClause.at(-1)!.id;
    if (owners.length === 1) carried = owners[0];
    sentenceSubject ??= owners[0];

    // Positions found in the opened text hold in the original; the phrase is quoted as written.
    const hits = lexicon.hits(openSizeCompounds(clause.text)).map((h) => ({ ...h, phrase: clause.text.slice(h.start, h.end) }));
    const topics = new Map<string, Hit & { final: -1 | 0 | 1 }>();
    for (const h of hits) {
      const final = flip(h, clause.text);
      const seen = topics.get(h.topic);
      // A stance phrase outranks a bare cue for the same topic; the first stance phrase decides.
      if (!seen || (seen.final === 0 && final !== 0)) topics.set(h.topic, { ...h, final });
    }
    // "X excels in ecosystem support": praise of the aspect named after the verb, not a use case.
    const praise = topics.get(USE_CASES);
    if (praise && PRAISE_VERB.test(praise.phrase)) {
      const aspect = [...topics.values()].find((h) => h.topic !== USE_CASES && h.start > praise.start);
      if (aspect) {
        if (aspect.final === 0) topics.set(aspect.topic, { ...aspect, final: 1, phrase: `${praise.phrase} … ${aspect.phrase}` });
        topics.delete(USE_CASES);
      }
    }
    // "I'd recommend X" with no stance on any aspect in the clause: X is chosen overall (or for a use).
    // A question ("Should you stick with X?") recommends nothing. Aspects the clause names are still read.
    const recommended = preference || /\?\s*$/.test(text) ? undefined : recommendationIn(clause.text, inClause);
    if (recommended && ![...topics.values()].some((h) => h.final !== 0)) {
      const topic = recommended.useCase ? USE_CASES : OVERALL;
      if (!topics.has(topic)) topics.set(topic, { topic, polarity: recommended.polarity, start: 0, end: 0, phrase: recommended.cue, final: recommended.polarity });
      owners = [recommended.subject];
      rivals = [];
    }
    // A move says which one was chosen, not why: the aspects it names without a stance are not its reason.
    if (preference?.move) for (const [topic, h] of topics) if (h.final === 0) topics.delete(topic);
    // A preference on no named aspect ("I prefer X to Y", "we switched from X to Y") is an overall one.
    if (preference && topics.size === 0) topics.set(OVERALL, { topic: OVERALL, polarity: 0, start: 0, end: 0, phrase: '', final: 0 });
    if (ctx.topic && !topics.has(ctx.topic) && ctx.polarity) topics.set(ctx.topic, { topic: ctx.topic, polarity: 0, start: 0, end: 0, phrase: '', final: 0 });
    else if (ctx.topic && ctx.rowLabel && !topics.has(ctx.topic)) {
      // A short cell that does not name its row's topic answers its row: "Fast" in the "Speed" row, "Very
      // low (good for real-time tasks)" in the "Latency" row (its use case is read as well).
      const e = judgeCell(clause.text, ctx.rowLabel);
      if (e.polarity) topics.set(ctx.topic, { topic: ctx.topic, polarity: e.polarity, start: 0, end: 0, phrase: `${e.cue} (in the "${ctx.rowLabel.trim()}" row)`, final: e.polarity });
    }
    for (const [topic, h] of topics) {
      let polarity = h.final;
      let cue = h.phrase;
      if (polarity === 0 && preference) {
        polarity = 1;
        cue = `${h.phrase || topic} (preferred)`;
      } else if (polarity === 0 && ctx.polarity) {
        polarity = ctx.polarity;
        cue = `${h.phrase || topic} (under a ${ctx.polarity > 0 ? 'pros' : 'cons'} heading)`;
      } else if (polarity === 0 && h.phrase && !RESERVED_TOPICS.has(topic)) {
        // The topic is named without one of its stance phrases: an adjective on the cue word, or
        // having or lacking it, may still say which way the clause leans.
        const e = evaluate(clause.text, h.start, h.end);
        if (e.polarity) {
          polarity = e.polarity;
          cue = `${h.phrase} (${e.cue})`;
        }
      }
      // "Y's community is active": a possessive right before the cue names whose topic it is.
      const possessor = h.phrase ? possessiveOwner(clause.text, h.start, inClause) : undefined;
      // "X needs more setup compared to Y's out-of-the-box solution": the phrase belongs to the
      // yardstick, so the yardstick gets its stance and the subject the opposite.
      const yardstick = possessor !== undefined && rivals.includes(possessor);
      const speaksOf = possessor && !yardstick ? [possessor] : yardstick ? [possessor] : owners;
      const against = yardstick ? owners : rivals;
      for (const subject of speaksOf) {
        statements.push({ subject, topic, polarity, cue, ...(against[0] ? { versus: against[0] } : {}) });
        // "X is faster than Y": Y is slower, and the sentence says so.
        for (const rival of against) if (polarity !== 0 && rival !== subject) statements.push({ subject: rival, topic, polarity: -polarity as -1 | 1, cue: `${cue} (than)`, versus: subject });
      }
    }
  }
  // A sentence that compares the two subjects on no aspect of the taxonomy ("I prefer X to Y", "X is
  // better than Y"): the direction model, trained on CompSent-19, says which way, when it is sure.
  // When the sentence names aspects without a stance phrase ("X's performance is far ahead of Y's"), the
  // direction is about those aspects rather than overall.
  if (!statements.some((st) => st.polarity !== 0)) {
    const aspects = [...new Set(statements.filter((st) => !RESERVED_TOPICS.has(st.topic) && st.topic !== OVERALL).map((st) => st.topic))];
    const directed = comparison(text, named, aspects.length ? aspects : [OVERALL]);
    if (directed.length) return { statements: [...statements.filter((st) => !aspects.includes(st.topic)), ...directed], ...(sentenceSubject ? { subject: sentenceSubject } : {}) };
  }
  return sentenceSubject ? { statements, subject: sentenceSubject } : { statements };
}

const MODEL = JSON.parse(readFileSync(new URL('./direction-model.json', import.meta.url), 'utf8')) as DirectionModel;
// Below this probability the model's BETTER or WORSE is not trusted: an unsure "overall" is noise.
const SURE = 0.7;

function comparison(text: string, named: ReadonlyArray<{ id: string; index: number; length: number }>, topics: readonly string[]): Statement[] {
  const first = named[0];
  const second = named.find((m) => m.id !== first?.id);
  if (!first || !second) return [];
  const a = text.slice(first.index, first.index + first.length);
  const b = text.slice(second.index, second.index + second.length);
  const p = predictDirection(MODEL, text, a, b);
  if (p.label === 'NONE' || p.scores[p.label] < SURE) return [];
  const polarity = p.label === 'BETTER' ? 1 : -1;
  const cue = `comparison (direction model, ${Math.round(100 * p.scores[p.label])}%)`;
  return topics.flatMap((topic) => [
    { subject: first.id, topic, polarity, cue, versus: second.id },
    { subject: second.id, topic, polarity: -polarity as -1 | 1, cue, versus: first.id },
  ]);
}
