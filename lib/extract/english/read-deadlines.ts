/**
 * English deadline sentences read with compromise's part-of-speech tags: the owner is the subject
 * noun phrase of an active obligation ("Ministries and localities must submit …") or the object of
 * a request ("requested provinces to …", "X is assigned to …"); the task is the verb phrase. A
 * passive subject ("Such payments must be made") is the task itself and names no owner. Each
 * predicate is tagged on its own and only up to MAX_PREDICATE characters, so the cost is linear.
 */
import { joinsList } from '../dates/find-dates';
import { clauseEnd, clauseStart, endsClause } from '../deadlines/clause';
import { skipFrames } from '../deadlines/frames';
import { labelledItem } from '../deadlines/labelled-items';
import { introducedOwners } from '../deadlines/list-intro';
import { FULL_NAME_BACK, splitMembers, splitOwners } from '../deadlines/owners';
import { alternation } from '../deadlines/phrases';
import { predicateOf, SENTENCE_BACK } from '../deadlines/predicate';
import { replacesDate } from '../deadlines/replaced-dates';
import { governingRow, type TableRow } from '../deadlines/tables';
import type { TaskReading } from '../deadlines/task-owners';
import { indexWithin, lastMatchBefore } from '../deadlines/text-walk';
import {
  bodyAt,
  headedByBodyEn,
  isBodyNounEn,
  LEADING_ARTICLE_EN_RE,
  namesBodyEn,
  nounCoreEn,
  verbAt,
} from '../deadlines/word-classes';
import { LIST_MARKER_BEFORE_RE, MODAL_EN_RE, TASK_VERBS_EN_SET } from '../deadlines/words';
import {
  BODY_NOUNS_EN,
  GRANTED_TIME_EN,
  INSTITUTION_KINDS_EN,
  OBLIGATION_MODALS_EN,
  PLAN_MODALS_EN,
  REQUEST_WORDS_EN,
  SPEECH_VERBS_EN,
  SUPPORT_PHRASES,
} from '../tables/task-words';
import type { DateMention, Span } from '../types';
import { englishNlp } from './nlp';

const MAX_PREDICATE = 600;
/** The request verbs of the word tables ("requested", "tasked", …), as compromise's terms spell them. */
const REQUEST_VERBS: ReadonlySet<string> = new Set(REQUEST_WORDS_EN);
/** "asked localities to review … from January 1 and submit …": a request whose bodies the joined task keeps. */
const REQUEST_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])${alternation(REQUEST_WORDS_EN)}\\s`, 'iu');
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'them', 'this', 'these', 'those', 'he', 'she', 'we']);
/** Verbs that frame the task's verb: "continue to review", "strive to complete", "need to submit". */
const FRAME_VERBS: ReadonlySet<string> = new Set(['continue', 'strive', 'need', 'needs', 'try', 'seek', 'have', 'has']);
/** Passive verbs of a plan before "to be completed": "is expected to", "is scheduled to". */
const PLAN_VERBS: ReadonlySet<string> = new Set(['expected', 'scheduled', 'planned', 'slated', 'set', 'due']);
const COMPLETED: ReadonlySet<string> = new Set(['completed', 'finished', 'finalised', 'finalized', 'done']);
/** Forms of "be" before a past participle make it passive ("due to be paid": compromise tags that "be" a noun). */
const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Verbs that open a list inside the subject: "agencies—including the Ministry of …, and …". */
const LIST_VERBS: ReadonlySet<string> = new Set(['including', 'include', 'includes']);
/**
 * Where a task stops: a purpose or manner tail ("…, ensuring completion", "…; to be completed", "…,
 * in coordination with the Provincial Police").
 */
const TASK_TAIL_RE =
  /[,;]\s*(?:ensuring|to\s+be\s+completed|in\s+order\s+to|so\s+as\s+to|as\s+soon\s+as\s+possible|in\s+coordination\s+with)\b|\s+as\s+soon\s+as\s+possible\b/i;
/** Bodies joined in a subject: "X (such as …) along with Y". */
const ALONG_WITH_RE = /[\s\u2013\u2014]+(?:along\s+with|together\s+with|as\s+well\s+as)\s+/gi;
/** "do not" left after a subject when compromise tags "do" a verb: "Suppliers … do not need to …". */
const DO_TAIL_RE = /\s+(?:(?:that|who|which)\s+)?(?:do|does|did)(?:\s+not)?$/i;
/** The role words after a subject: "Departments … are responsible for". */
const RESPONSIBLE_TAIL_RE = /\s+(?:is|are)\s+(?:responsible\s+for|in\s+charge\s+of)$/i;

interface Term {
  text: string;
  tags: string[];
  start: number;
  end: number;
}

/**
 * ", in coordination with the provincial departments,": supporting bodies set between a subject and
 * its verb. The tagger reads the words around them as if they were not there (blanked, so every
 * offset stays); the bodies are never owners.
 */
const SUPPORT_ASIDE_RE = new RegExp(`,\\s*${alternation(SUPPORT_PHRASES)}\\s+[^,;.:\\n]{1,120},`, 'giu');

/**
 * "The first report, covering 2026, is due by …": a participle's phrase set off by commas right
 * before the verb describes the subject ("including" names its members, and stays); blanked like the supporting bodies, so its "-ing" word is
 * not read as the main verb (the task's span still runs over it).
 */
const PARTICIPLE_ASIDE_RE =
  /,\s*(?!including\s|excluding\s)[a-z]{3,}ing\s[^,;.:\n]{1,80},(?=\s*(?:is|are|was|were|must|shall|should|will|has|have)(?:\s|$))/giu;

function termsOf(text: string, start: number, end: number): Term[] {
  const blank = (aside: string) => ' '.repeat(aside.length);
  const words = text.slice(start, end).replace(SUPPORT_ASIDE_RE, blank).replace(PARTICIPLE_ASIDE_RE, blank);
  const json = englishNlp()(words).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  return json.flatMap((sentence) =>
    sentence.terms.map((t) => ({
      text: t.text.toLowerCase(),
      tags: t.tags,
      start: start + t.offset.start,
      end: start + t.offset.start + t.offset.length,
    })),
  );
}

const has = (term: Term | undefined, tag: string) => Boolean(term?.tags.includes(tag));
const isAux = (t: Term | undefined) => has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula');
/** Back from term `i` over auxiliaries and adverbs ("is also tasked"), no further than `floor`. */
function backOverChain(terms: Term[], i: number, floor: number): number {
  let at = i;
  while (
    at > floor &&
    (isAux(terms[at - 1]) || has(terms[at - 1], 'Adverb') || CHAIN_ADVERBS.has(terms[at - 1]?.text ?? ''))
  )
    at--;
  return at;
}
/** Adverbs the tagger reads as something else inside a verb chain: "can now be paid" ("now": a conjunction). */
const CHAIN_ADVERBS: ReadonlySet<string> = new Set(['now', 'still', 'then', 'thus', 'therefore']);

function span(text: string, start: number, end: number): Span | null {
  let [s, e] = [start, end];
  while (s < e && /[\s,;:—–-]/.test(text[s] as string)) s++;
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1] as string)) e--;
  const to = /\s+to$/i.exec(text.slice(s, e));
  if (to) e -= to[0].length;
  const role = RESPONSIBLE_TAIL_RE.exec(text.slice(s, e)) ?? DO_TAIL_RE.exec(text.slice(s, e));
  if (role) e -= role[0].length;
  if (e <= s) return null;
  const article = LEADING_ARTICLE_EN_RE.exec(text.slice(s, e));
  if (article) s += article[0].length;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/** The task from term `from` (skipping "to", adverbs and auxiliaries) to `end`. */
function taskFrom(text: string, terms: Term[], from: number, end: number): Span | null {
  let i = from;
  for (;;) {
    const t = terms[i];
    if (t && (t.text === 'to' || has(t, 'Adverb') || isAux(t))) i++;
    else if (t && FRAME_VERBS.has(t.text) && terms[i + 1]?.text === 'to') i += 2;
    else break;
  }
  const first = terms[i];
  if (!first) return null;
  const tail = TASK_TAIL_RE.exec(text.slice(first.start, end));
  return span(text, first.start, tail ? first.start + tail.index : end);
}

/** A body named only by its kind: "The ministry (itself) must …", "the department". */
const KIND_ONLY_RE = new RegExp(`^(${INSTITUTION_KINDS_EN.join('|')})(?:\\s+itself)?$`, 'i');
/** What stands before a sentence's subject: its start, a stop, a line break, "The". */
const SENTENCE_OPENING_RE = /(?:^|[.!?]\s+|\n)(?:The\s+)?$/;
const POSSESSIVE_BEFORE_RE = /(?:^|\s)(?:its|their)\s+$/i;

/**
 * "The Ministry of Agriculture and Environment … The ministry itself must issue …": the last
 * full name before `owner` whose head is the kind the owner names, or the owner as it is.
 */
function namedInFull(text: string, owner: Span): Span {
  const kind = KIND_ONLY_RE.exec(owner.text);
  // "its board", "their department": a body of the subject's own, not one named before.
  if (!kind || POSSESSIVE_BEFORE_RE.test(text.slice(Math.max(0, owner.start - 7), owner.start))) return owner;
  const head = (kind[1] as string).replace(/^./, (c) => c.toUpperCase());
  const name = new RegExp(
    `(?:[A-Z][\\p{L}'’-]*\\s+){0,4}${head}(?:\\s+(?:of|for)\\s+[A-Z][\\p{L}'’-]*(?:\\s+(?:and\\s+)?[A-Z][\\p{L}'’-]*)*)?`,
    'gu',
  );
  // A name is more than its head: "Ministry" alone names no body in full. The last subject of a
  // sentence wins over a later object ("The Ministry of Health met the Ministry of Education …").
  const full = (m: RegExpExecArray) => m[0] !== head;
  const subject = (m: RegExpExecArray, before: string) =>
    full(m) && SENTENCE_OPENING_RE.test(before.slice(Math.max(0, m.index - 6), m.index));
  const last =
    lastMatchBefore(text, owner.start, FULL_NAME_BACK, name, subject) ??
    lastMatchBefore(text, owner.start, FULL_NAME_BACK, name, full);
  return last ? { text: last.text, start: last.start, end: last.start + last.text.length } : owner;
}

function ownersOf(text: string, subject: Span | null): Span[] {
  const owner = subject && namedInFull(text, subject);
  if (!owner || PRONOUNS.has(owner.text.toLowerCase())) return [];
  // "People's Committees of … Hanoi (such as …) along with communes in Hung Yen province (…)".
  const parts: Span[] = [];
  let from = owner.start;
  const body = owner.text;
  ALONG_WITH_RE.lastIndex = 0;
  for (let m = ALONG_WITH_RE.exec(body); m; m = ALONG_WITH_RE.exec(body)) {
    parts.push({ text: '', start: from, end: owner.start + m.index });
    from = owner.start + m.index + m[0].length;
  }
  parts.push({ text: '', start: from, end: owner.end });
  return parts.flatMap((part) => {
    // "Vietnam Electricity (EVN) and the National Power Transmission Corporation (EVNNPT)": an
    // abbreviation in brackets is kept when another body follows it; a trailing aside is left out.
    const open = indexWithin(text, '(', part.start, part.end);
    const close = open >= 0 ? indexWithin(text, ')', open, part.end) : -1;
    const more = close >= 0 && /^\s*(?:,|and\s)/.test(text.slice(close + 1, close + 6));
    // The subject's last term leaves its closing bracket out: take it back ("… (EVNNPT)").
    const shut = more && text[part.end] === ')' && (text.slice(close + 1, part.end).match(/\(/g)?.length ?? 0) > 0;
    const piece = span(text, part.start, open >= 0 && !more ? open : shut ? part.end + 1 : part.end);
    return piece && !PRONOUNS.has(piece.text.toLowerCase()) ? splitOwners(text, piece, true) : [];
  });
}

/**
 * Owner and task of one English predicate (`start`..`end` of `text`); `earlier`: the last owners
 * read before it; `resolve`: whether a pronoun subject may be read from the sentence before.
 */
function readEnglishPredicate(
  text: string,
  start: number,
  end: number,
  earlier: Span[] = [],
  resolve = true,
): TaskReading {
  const from = afterSpeech(text, skipFrames(text, start, end), end);
  // "… requested them to …", "… requests that they …": the bodies named before stand for the
  // pronoun: a list's members, else the subject of the sentence before, else the last owners read.
  const owners = (text: string, owner: Span | null, requestAt = owner?.start ?? from): Span[] => {
    // "The corporation is also required to …", "The two provinces must …": a body named by its kind
    // alone stands for the body the sentence before asks to act, as "it" or "they" would; else it is
    // read as any owner (`namedInFull`: the last body of that kind named in full, or as written).
    // The sentence before comes first: the last full name of the kind may be a body it only names
    // ("… assigned the Ministry of Construction to coordinate with the Ministry of Finance …").
    const kindOnly = owner ? kindOnlyPronoun(text, owner) : null;
    if (owner && kindOnly) {
      const antecedent = resolve ? previousSubject(text, from, kindOnly) : [];
      const named = antecedent.filter((body) => kindOnlyPronoun(text, body) === null);
      return named.length ? named : ownersOf(text, owner);
    }
    const word = owner?.text.toLowerCase() ?? '';
    if (!owner || !ANTECEDENT_PRONOUNS.has(word)) return ownersOf(text, owner);
    const members = REFERRING_PRONOUNS.has(word) ? membersBefore(text, from, requestAt) : null;
    if (members) return members;
    // "The ministry … It asked them to …": the requester is not the body asked.
    const requester = text.slice(from, requestAt);
    const antecedent = resolve && !REQUESTER_PRONOUN_RE.test(requester) ? previousSubject(text, from, word) : [];
    const asked = antecedent.filter((owner) => !requester.includes(owner.text));
    return asked.length || !REFERRING_PRONOUNS.has(word) ? asked : earlier;
  };
  if (end - from > MAX_PREDICATE || from >= end) return { task: null, owners: [] };
  const deadlineFor = readDeadlineFor(text, from, end);
  if (deadlineFor) return deadlineFor;
  const terms = termsOf(text, from, end);
  // "b) Direct investors to complete …" under "The ministries shall:": the item's own verb is a
  // request, made by the body its heading names; the whole item is the task.
  const opening = terms[0];
  if (opening && itemOpening(text, opening) && ITEM_REQUESTS.has(opening.text.toLowerCase()))
    return { task: taskFrom(text, terms, 0, end), owners: [] };
  // "requested ministries and localities to submit …", "X is assigned to guide …".
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as Term;
    if (!REQUEST_VERBS.has(term.text) || requestNoun(terms, i)) continue;
    if (terms[i + 1]?.text === 'that') {
      // "requests that they urgently complete …": the clause's own subject acts.
      const verb = terms.findIndex((t, j) => j > i + 1 && has(t, 'Verb') && !isAux(t) && !has(t, 'Adverb'));
      if (verb < 0) continue;
      let subjectEnd = verb;
      subjectEnd = backOverChain(terms, subjectEnd, i + 2);
      const subject =
        subjectEnd > i + 2 ? span(text, (terms[i + 2] as Term).start, (terms[subjectEnd - 1] as Term).end) : null;
      // "required that the transfer be completed by …": a passive asks for the thing; no body acts.
      const verbFrom = (terms[subjectEnd] as Term).start;
      if (PASSIVE_EN_RE.test(text.slice(verbFrom, Math.min(end, (terms[verb] as Term).end + 24))))
        return { task: subject, owners: [] };
      return { task: taskFrom(text, terms, verb, end), owners: owners(text, subject, term.start) };
    }
    // "The Government Office is also tasked with updating …": the subject acts; the gerund is the task.
    let subjectEnd = i;
    subjectEnd = backOverChain(terms, subjectEnd, 0);
    if (terms[i + 1]?.text === 'with' && subjectEnd < i && terms.slice(subjectEnd, i).some(isAux)) {
      const subject = subjectEnd > 0 ? span(text, from, (terms[subjectEnd - 1] as Term).end) : null;
      return { task: taskFrom(text, terms, i + 2, end), owners: owners(text, subject) };
    }
    const to = terms.findIndex((t, j) => j > i && t.text === 'to');
    if (to < 0) continue;
    if (has(term, 'Passive') || terms[to - 1] === term) {
      // "They are also required to …": back over the auxiliaries and adverbs to the subject.
      const subjectEnd = backOverChain(terms, i, 0);
      const subject = subjectEnd > 0 ? span(text, from, (terms[subjectEnd - 1] as Term).end) : null;
      return { task: taskFrom(text, terms, to, end), owners: owners(text, subject) };
    }
    const object = span(text, (terms[i + 1] as Term).start, (terms[to - 1] as Term).end);
    // "requires all dyke repair works to be completed": what is asked for is the task; no body acts.
    if (terms[to + 1]?.text === 'be') return { task: object, owners: [] };
    return { task: taskFrom(text, terms, to, end), owners: owners(text, object) };
  }
  // "Review and propose arrangements …" (under a heading that names the body): an imperative
  // states no subject; the item's heading or introduction names the owner.
  if (imperativeAt(text, terms)) return { task: taskFrom(text, terms, 0, end), owners: [] };
  // The main verb: the first verb that is not an auxiliary, after a relative clause in the subject
  // ("Enterprises that have not yet registered … must complete …": the verb after its modal).
  // A "verb" right before a modal is the subject's noun mis-tagged ("Such refunds must be paid").
  // "including" opens a member list of the subject, and names ("Training") are no verbs.
  const after = afterRelativeClause(terms);
  const verb = terms.findIndex(
    (t, i) =>
      i >= after &&
      has(t, 'Verb') &&
      !isAux(t) &&
      // "can now be paid": "be" before a participle is the passive's auxiliary, however it is tagged.
      !(BE.has(t.text) && has(terms[i + 1], 'PastTense')) &&
      // "Kindergartens and general education schools must …": a plural noun the tagger read as a verb
      // opens a subject joined by "and" before a modal (an imperative "Review and propose …" has none).
      !(i === 0 && (terms[1]?.text === 'and' || terms[1]?.text === 'or') && terms.some((u) => has(u, 'Modal'))) &&
      !has(terms[i + 1], 'Modal') &&
      !gerundSubject(text, terms, i) &&
      !LIST_VERBS.has(t.text) &&
      !has(t, 'ProperNoun') &&
      !(isBodyNounEn(t.text) && (i === 0 || isAux(terms[i + 1]) || has(terms[i + 1], 'Verb'))) &&
      !(AFTER_PREPOSITION.has(terms[i - 1]?.text ?? '') && !has(t, 'Gerund')) &&
      !reducedRelative(terms, i) &&
      !nounModifier(terms, i),
  );
  if (verb < 0) {
    // "The registration is due on …": the words before the first auxiliary are the subject.
    const aux = terms.findIndex(isAux);
    const duty = resolve && aux > 0 ? dutyBefore(text, terms.slice(0, aux), from) : null;
    return duty ?? { task: span(text, from, end), owners: [] };
  }
  let chainStart = verb;
  // "The State Bank is to issue …": "is to" is a modal like "must".
  const chainWord = (t: Term | undefined, before: Term | undefined) =>
    isAux(t) ||
    has(t, 'Adverb') ||
    CHAIN_ADVERBS.has(t?.text ?? '') ||
    BE.has(t?.text ?? '') ||
    (t?.text === 'to' && BE.has(before?.text ?? ''));
  while (chainStart > 0 && chainWord(terms[chainStart - 1], terms[chainStart - 2])) chainStart--;
  const chain = terms.slice(chainStart, verb);
  // "Pending applications will continue to be processed until …": a passive infinitive after the verb.
  const infinitivePassive =
    !PLAN_VERBS.has((terms[verb] as Term).text) &&
    terms[verb + 1]?.text === 'to' &&
    terms[verb + 2]?.text === 'be' &&
    terms[verb + 3] !== undefined &&
    PASSIVE_EN_RE.test(text.slice((terms[verb + 2] as Term).start, (terms[verb + 3] as Term).end));
  const passive =
    infinitivePassive ||
    has(terms[verb], 'Passive') ||
    ((chain.some((t) => BE.has(t.text)) || BE.has(terms[verb - 1]?.text ?? '')) && has(terms[verb], 'PastTense')) ||
    // "must be put up for auction": a participle spelled like its base form, right after "be".
    (BE.has(terms[verb - 1]?.text ?? '') &&
      PASSIVE_EN_RE.test(text.slice((terms[verb - 1] as Term).start, (terms[verb] as Term).end)));
  const subjectTerms = terms.slice(0, chainStart);
  const nounSubject = subjectTerms.some((t) => (has(t, 'Noun') || has(t, 'Verb')) && !has(t, 'Pronoun'));
  // "The National Wage Council is expected to finalise its recommendation by …": a plan's frame
  // before an active infinitive; the subject acts and the infinitive is the task.
  const planFrame = PLAN_VERBS.has((terms[verb] as Term).text) && terms[verb + 1]?.text === 'to';
  if (planFrame && terms[verb + 2] && terms[verb + 2]?.text !== 'be' && nounSubject && chainStart > 0) {
    const subject = span(text, from, (terms[chainStart - 1] as Term).end);
    return { task: taskFrom(text, terms, verb + 2, end), owners: owners(text, subject) };
  }
  // "The tables … remain valid until …": a state, not an obligation; nobody is asked to act.
  const state = STATE_VERBS.has((terms[verb] as Term).text);
  // "It must finish …": a pronoun alone before an active verb stands for a body named before.
  const pronoun = subjectTerms.length === 1 ? (subjectTerms[0] as Term) : undefined;
  if (pronoun && ANTECEDENT_PRONOUNS.has(pronoun.text) && !passive && !state)
    return { task: taskFrom(text, terms, verb, end), owners: owners(text, span(text, from, pronoun.end)) };
  if (passive || !nounSubject || state) {
    // "Such payments must be made", "Land acquisition and clearance must be completed": the
    // subject is what must be done.
    // "The project is expected to be completed in …": a plan's verb frames the completion; the
    // subject alone is the task.
    const planned =
      PLAN_VERBS.has((terms[verb] as Term).text) &&
      terms[verb + 1]?.text === 'to' &&
      terms[verb + 2]?.text === 'be' &&
      COMPLETED.has(terms[verb + 3]?.text ?? '');
    // "Resettlement sites must be completed": a completion verb adds nothing to its subject.
    const completion = passive && COMPLETED.has((terms[verb] as Term).text) && chainStart > 0;
    // "The amended law is expected to be passed within …": the plan's frame and its participle.
    const plannedDone =
      !planned && planFrame && terms[verb + 2]?.text === 'be' && terms[verb + 3] !== undefined && nounSubject;
    const subjectEnd =
      planned || state || completion
        ? (terms[chainStart - 1] as Term).end
        : plannedDone || infinitivePassive
          ? (terms[verb + 3] as Term).end
          : (terms[verb] as Term).end;
    const task = nounSubject ? span(text, from, subjectEnd) : taskFrom(text, terms, verb, end);
    // "Guidance must be issued by the Ministry of Finance": the agent after "by" acts.
    const agent = passive ? agentAfter(text, (terms[infinitivePassive ? verb + 3 : verb] as Term).end, end) : null;
    const duty = agent || !nounSubject || !resolve ? null : dutyBefore(text, subjectTerms, from);
    if (duty) return duty;
    return {
      task: task && /^(?:completed?|finished|done)$/i.test(task.text) ? null : task,
      owners: agent ? ownersOf(text, agent) : [],
    };
  }
  const subject = span(text, from, (subjectTerms[subjectTerms.length - 1] as Term).end);
  return { task: taskFrom(text, terms, verb, end), owners: owners(text, speakerOf(text, subject) ?? subject) };
}

/** "The ministry said it would …": the pronoun after a speaker's verb is the speaker. */
const SPEAKER_PRONOUN_RE = new RegExp(`\\s+${alternation(SPEECH_VERBS_EN)}\\s+(?:that\\s+)?(?:it|they)$`, 'i');

function speakerOf(text: string, subject: Span | null): Span | null {
  const speech = subject ? SPEAKER_PRONOUN_RE.exec(subject.text) : null;
  return subject && speech ? span(text, subject.start, subject.start + speech.index) : null;
}

/**
 * "Work orders for the dyke repairs …", "The request was …": a request word used as a noun. A
 * headline's "PM orders ministries to …" is tagged a noun too, but a name stands before it.
 */
function requestNoun(terms: Term[], i: number): boolean {
  const term = terms[i] as Term;
  if (!NOUN_LIKE_REQUESTS.has(term.text) || has(term, 'Verb')) return false;
  const before = terms[i - 1];
  return !before || !(has(before, 'Acronym') || has(before, 'ProperNoun'));
}
const NOUN_LIKE_REQUESTS: ReadonlySet<string> = new Set(['orders', 'order', 'request', 'requests']);

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose']);
/** Pronouns that a relative clause makes a group of people: "Those who wish to attend must …". */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['those', 'anyone', 'everyone', 'all']);
const CLAUSE_MODALS: ReadonlySet<string> = new Set(['must', 'shall', 'should', 'will']);

/**
 * Where the main clause's verb chain starts when the subject holds a relative clause or a
 * participle ("Firms that … must file …", "Companies sponsoring … must register …"): the first
 * "must / shall / should / will" after it. 0 when there is none, or when a modal or an auxiliary
 * comes before it (then the clause is the object's).
 */
function afterRelativeClause(terms: Term[]): number {
  // "Enterprises wishing to keep …", "Companies sponsoring …": a participle after the noun opens it too.
  const relative = terms.findIndex(
    (t, i) =>
      i > 0 &&
      (RELATIVE_PRONOUNS.has(t.text) ||
        (/ing$/.test(t.text) && (has(t, 'Verb') || has(t, 'Gerund') || has(terms[i - 1], 'Plural')))) &&
      // "Firms choosing …": a body noun the tagger reads as a verb ("firms up") is still the noun.
      (has(terms[i - 1], 'Noun') ||
        isBodyNounEn(terms[i - 1]?.text ?? '') ||
        GROUP_PRONOUNS.has(terms[i - 1]?.text ?? '')),
  );
  // Only in the subject: a modal or an auxiliary before it means the relative clause is the object's.
  if (relative < 0 || terms.slice(0, relative).some((t) => isAux(t))) return 0;
  const modal = terms.findIndex((t, i) => i > relative + 1 && CLAUSE_MODALS.has(t.text));
  return modal < 0 ? 0 : modal;
}

/**
 * An item that opens with a task verb in its base form: capitalised ("Review and propose …"), or
 * right after a list marker ("(b) connect cash registers …").
 */
/** Requests in the imperative that open an item: "b) Direct investors to …", "Request units to …". */
const ITEM_REQUESTS: ReadonlySet<string> = new Set([
  'direct',
  'ask',
  'instruct',
  'urge',
  'request',
  'require',
  'assign',
]);

/** A capitalised word right after a list marker: "b) Direct …", "3. Request …". */
function itemOpening(text: string, term: Term): boolean {
  return (
    /^[A-Z][a-z]+$/.test(text.slice(term.start, term.end)) &&
    LIST_MARKER_BEFORE_RE.test(text.slice(Math.max(0, term.start - 8), term.start))
  );
}

function imperativeAt(text: string, terms: Term[]): boolean {
  const first = terms[0];
  // A modal in the clause has a subject before it: "Tax offices must finish …".
  if (!first || has(first, 'Plural') || terms.some((t) => has(t, 'Modal'))) return false;
  const word = text.slice(first.start, first.end);
  // A capitalised word may be a name ("Party committees …"): only a verb of the tables counts.
  if (/^[A-Z][a-z]+$/.test(word)) return TASK_VERBS_EN_SET.matchAt(text, first.start) === word.length;
  const verb = has(first, 'Infinitive') || has(first, 'Imperative');
  return (
    verb && /^[a-z]+$/.test(word) && LIST_MARKER_BEFORE_RE.test(text.slice(Math.max(0, first.start - 8), first.start))
  );
}

/** Verbs of a state that lasts until the date: its subject is no owner. */
const STATE_VERBS: ReadonlySet<string> = new Set(['remain', 'remains', 'stay', 'stays', 'expire', 'expires', 'lapse']);

/** A modal or a present-tense verb within the next few terms: the main verb is still to come. */
const mainVerbAhead = (terms: Term[], i: number) =>
  terms.slice(i + 1, i + 12).some((t) => has(t, 'Modal') || (has(t, 'Verb') && has(t, 'PresentTense')));

/** "dossiers prepared under the old decree must be updated": a participle after its noun, before the main verb. */
function reducedRelative(terms: Term[], i: number): boolean {
  return has(terms[i], 'PastTense') && has(terms[i - 1], 'Noun') && !isAux(terms[i - 1]) && mainVerbAhead(terms, i);
}

/** "Tax departments must …", "Drafting agencies must …": a sentence's first word that modifies its noun. */
const MODIFIER_BEFORE: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'a', 'an']);
/** "Investors of projects under …": a word right after a preposition is a noun (a gerund aside), never the main verb. */
const AFTER_PREPOSITION: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'under', 'with', 'from', 'by', 'at']);
function nounModifier(terms: Term[], i: number): boolean {
  // "Grassroots trade unions must …": also a second or third word after nouns and adjectives.
  // "… return and supporting documents must …": after "and", "or", "of" or an article too.
  const inSubject =
    i === 0 ||
    (i <= 2 && terms.slice(0, i).every((t) => has(t, 'Noun') || has(t, 'Adjective'))) ||
    MODIFIER_BEFORE.has(terms[i - 1]?.text ?? '');
  return inSubject && has(terms[i + 1], 'Noun') && !has(terms[i + 1], 'Verb') && mainVerbAhead(terms, i);
}

/**
 * Where an agent's phrase gives way to how it acts or to whom ("by importers through the portal",
 * "by enterprises to the Legal Department"); "on", "at", "in" stay ("Committee on Economic
 * Affairs", "authorities in Hanoi").
 */
const AGENT_MEANS_RE = /\s+(?:through|via|using|to)\s/i;

/** The body after "by" right after a passive verb, up to the end of the predicate, or null. */
function agentAfter(text: string, verbEnd: number, end: number): Span | null {
  // "must be submitted to the National Assembly by the Ministry of Construction": a short
  // complement may stand between the verb (and its particle: "handed over", or a second
  // participle: "listed and reported") and its agent.
  const by =
    /^(?:\s+(?:over|out|up|back|down))?(?:\s+(?:and|or)\s+[a-z]+(?:ed|en|t))?(?:\s+(?:to|with|for|on|in|into|at)\s+(?:the\s+)?[\p{L}'’ -]{1,60}?)?\s+by\s+/iu.exec(
      text.slice(verbEnd, Math.min(end, verbEnd + 90)),
    );
  if (!by) return null;
  const at = verbEnd + by[0].length;
  // A phrase headed by a body: "by the Ministry of Finance", "by provincial People's Committees",
  // "by ward authorities", "by their employers" (not "by bank transfer to the school").
  // "by producers and importers through the national portal": the agent ends before its means.
  const means = AGENT_MEANS_RE.exec(text.slice(at, end));
  const agent = span(text, at, means ? at + means.index : end);
  return agent && headedByBodyEn(agent.text) ? agent : null;
}

/**
 * "Relabelling of packaging … must be completed by producers": a gerund that opens the clause
 * with a modal later on is the subject's noun, not the main verb.
 */
function gerundSubject(text: string, terms: Term[], i: number): boolean {
  if (i !== 0 || !has(terms[0], 'Gerund')) return false;
  const modal = terms.find((t, j) => j > 1 && has(t, 'Modal'));
  // "Building on last year's results, the ministry must …": a participle's frame ends at its comma.
  return modal !== undefined && !text.slice((terms[0] as Term).start, modal.start).includes(',');
}

/** A speaker's verb before reported speech: "X said (that) …", "…, adding that …". */
const SPEECH_RE = new RegExp(`\\b${alternation([...SPEECH_VERBS_EN, 'adding'])}\\s+(?:that\\s+)?`, 'gi');

/**
 * A clause of its own inside the sentence: "…, while the Ministry of … must …", "… whereas …",
 * "…, and that the Department … would …" (a second piece of reported speech), "…, meaning the
 * Government has to …" (a consequence with a subject of its own).
 */
const CLAUSE_JOIN_RE = /(?:^|,\s*|\s)(?:while|whereas)\s+|,\s*and\s+that\s+|,\s*meaning\s+(?:that\s+)?/gi;
/** A short subject and its modal: "commercial banks must …", "local tax offices are to …". */
const MODAL_SUBJECT_RE =
  /^(?:[\p{L}\p{N}'’.-]+\s+){1,10}(?:must|shall|should|will|would|are\s+to|is\s+to|needs?\s+to|ha(?:ve|s)\s+to)\b/u;
/** How much of the reported clause MODAL_SUBJECT_RE reads ("site clearance on the remaining 1.8km in … must"). */
const MODAL_SUBJECT_REACH = 100;

/**
 * Where the deadline's own clause starts, when a body follows a speaker's verb or a joining
 * "while" / "and that": the speaker and the other clause's subject are no owners.
 */
function afterSpeech(text: string, from: number, end: number): number {
  const stretch = text.slice(from, end);
  let at = from;
  for (const re of [SPEECH_RE, CLAUSE_JOIN_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
      const next = from + m.index + m[0].length;
      // After a speaker's verb a determiner will do; after "while" a body or a subject with its modal.
      const subject =
        bodyAt(text, next, true) ||
        (re === SPEECH_RE && /^(?:the|all|these|those)\s/i.test(text.slice(next, next + 6))) ||
        MODAL_SUBJECT_RE.test(text.slice(next, next + MODAL_SUBJECT_REACH));
      // "… announced that they will …": the pronoun is the speaker, read with the subject (speakerOf).
      const speaker = re === SPEECH_RE && /^(?:it|they)\s/i.test(text.slice(next, next + 5));
      if (next > at && subject && !speaker) at = next;
    }
  }
  return at;
}

/** The body a deadline is set for (group 1), not an article's noun ("for a review", "for its members"). */
/** The body a deadline is for, after an optional "the" and not a determiner: group 1, of `chars` characters. */
const bodyADeadlineIsFor = (chars: string) =>
  String.raw`(?:the\s+)?((?!(?:a|an|this|that|these|its|their)\b)${chars}?)`;
const BODY_A_DEADLINE_IS_FOR = bodyADeadlineIsFor(String.raw`[^,.;:\n]{2,90}`);
/** The same, a list of bodies allowed: "the deadline for commercial banks, foreign bank branches and … to". */
const BODIES_A_DEADLINE_IS_FOR = bodyADeadlineIsFor(
  String.raw`(?:(?!,\s*(?:which|who|whose|that|especially|originally|previously)\b)[^.;:\n]){2,120}`,
);

/**
 * "set a deadline for the province to complete …", "A deadline of December 31 has been set for
 * the Department of … to launch …" (the clause after the date opens with "has been set"), "The
 * legal deadline for individuals is …": the body the deadline is for, before its infinitive (the
 * task) or its "is".
 */
const DEADLINE_FOR_RE = new RegExp(
  String.raw`(?:\bdeadlines?\b(?:(?!\sto\s)[^.;:\n]){0,60}?|\b(?:(?:has|have|had)\s+(?:also\s+)?been|was|were|is|are)\s+(?:also\s+)?set\s+)for\s+${BODIES_A_DEADLINE_IS_FOR}\s+(?:(to)\s+(?!be\b)(?=[a-z])|(?:is|was|falls|will|moves|moved|shifts|shifted)\b)`,
  'du',
);

/** Where the bodies are, after them: "hospitals nationwide" are hospitals. */
const SCOPE_TAIL_EN_RE = /\s+(?:nationwide|countrywide|across\s+the\s+country)$/i;

/** The start of a moved deadline's range at a task's end: "from", "from March 31 to". */
const MOVED_RANGE_TAIL_RE = /\s+from(?:\s+[^\s.;]+){0,3}?(?:\s+to)?\s*$/;

/** How far before the predicate "deadline for" may stand (the cue reader may have taken it as its cue). */
const DEADLINE_FOR_BACK = 30;

function readDeadlineFor(text: string, predicateStart: number, end: number): TaskReading | null {
  // Back from the predicate to the nearest stop, colon or line break within DEADLINE_FOR_BACK.
  const lead = text.slice(Math.max(0, predicateStart - DEADLINE_FOR_BACK), predicateStart);
  const from = predicateStart - lead.length + Math.max(-1, ...[...'.;:\n'].map((c) => lead.lastIndexOf(c))) + 1;
  const m = DEADLINE_FOR_RE.exec(text.slice(from, end));
  if (!m) return null;
  const [bodyStart, bodyEnd] = m.indices?.[1] ?? [0, 0];
  const scope = SCOPE_TAIL_EN_RE.exec(text.slice(from + bodyStart, from + bodyEnd));
  const owner = span(text, from + bodyStart, from + bodyEnd - (scope?.[0].length ?? 0));
  // "The deadline for digitising paper dossiers is …": what is due, done by nobody named.
  if (owner && !m[2] && /^[a-z]+ing\b/.test(owner.text)) return { task: owner, owners: [] };
  if (!owner || !headedByBodyEn(owner.text)) return null;
  const after = from + m.index + m[0].length;
  // "The deadline for employers to re-register … is 31 December": the copula before the date is no task.
  const copula = /\s+(?:is|was|will\s+be|falls\s+on)$/.exec(text.slice(after, end));
  // "… to complete … from March 31 to June 30": the range the deadline moves over is no task.
  const moved = copula ?? MOVED_RANGE_TAIL_RE.exec(text.slice(after, end));
  return {
    task: m[2] ? span(text, after, moved ? end - moved[0].length : end) : null,
    owners: ownersOf(text, owner),
  };
}

/**
 * A body named by its kind alone after "the" ("The corporation", "the ministry", "The two
 * provinces": a body noun of the table, with a number or not): the pronoun it stands for, or null.
 */
function kindOnlyPronoun(text: string, owner: Span): 'it' | 'they' | null {
  if (!THE_BEFORE_RE.test(text.slice(Math.max(0, owner.start - 5), owner.start))) return null;
  const m = KIND_WITH_NUMBER_RE.exec(owner.text);
  const kind = m?.[2];
  if (!m || !kind || !isBodyNounEn(kind)) return null;
  return m[1] || !BODY_NOUNS_EN.includes(kind.toLowerCase()) ? 'they' : 'it';
}
const THE_BEFORE_RE = /(?:^|[^\p{L}])the\s+$/iu;
const KIND_WITH_NUMBER_RE = /^(?:(two|three|four|both)\s+)?([\p{L}-]+)$/iu;

/** Plural pronouns that stand for bodies named earlier. */
const REFERRING_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them']);
/** Pronouns that may stand for the subject of the sentence before ("It must …", "They have to …"). */
const ANTECEDENT_PRONOUNS: ReadonlySet<string> = new Set(['it', ...REFERRING_PRONOUNS]);
/** A requester that is itself a pronoun: the sentence before named it, not the bodies it asks. */
const REQUESTER_PRONOUN_RE = /^\s*(?:it|they)\b/i;

/**
 * "The Department of Construction is tasked with appraising …. It must finish …": the owners of
 * the sentence right before the one holding `from`, in the same paragraph, read as its subject.
 * None when that sentence names no body acting (a passive, a pronoun of its own, a thing).
 */
function previousSubject(text: string, from: number, pronoun: string): Span[] {
  const before = sentenceBefore(text, from);
  if (!before) return [];
  const subject = readEnglishPredicate(text, before.start, before.end, [], false).owners;
  if (subject.length === 0 || !subject.every((owner) => namesBodyEn(owner.text))) return [];
  // "It" stands for one body, "they" and "them" for several: "The Ministry of Health published a
  // list of hospitals. They must …" are the hospitals, not the ministry.
  const plural = subject.length > 1 || pluralPhrase((subject[0] as Span).text);
  return plural === (pronoun !== 'it') ? subject : [];
}

/**
 * The words that give the subject of a sentence a duty: a modal of obligation, "is responsible
 * for", "is tasked with", or work in progress on something it makes ("is drafting a circular").
 * Not "will" or any "is …ing": a plan or a state gives nobody a duty.
 */
const DUTY_EN_RE =
  /\b(?:must|shall|has\s+to|have\s+to|(?:is|are)\s+(?:to|responsible|tasked|assigned|in\s+charge|required|drafting|preparing|developing|compiling|building))\b/i;
/** A determiner that points back to a thing already named: "The survey", "This work". */
const DEFINITE_EN: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/** Nouns that stand for whatever duty was just given: "The work must be completed …". */
const WORK_NOUNS_EN: ReadonlySet<string> = new Set(['work', 'task', 'job', 'exercise', 'process']);
/** Verbs whose object is the thing the duty makes: "drafting a circular" → "The circular". */
const MAKING_VERBS_EN: ReadonlySet<string> = new Set(
  ['draft', 'prepare', 'develop', 'compile', 'build', 'write'].flatMap((verb) => [
    verb,
    `${verb}s`,
    `${verb.replace(/e$/, '')}ing`,
  ]),
);
/** A verb and its nominalisation share their first six letters: "connecting" and "connection". */
const stemOf = (word: string) => word.toLowerCase().slice(0, 6);

/**
 * "The Ministry of Public Security is tasked with connecting the databases. The connection is
 * expected to be completed in …": a bare definite noun ("The connection", "The work"; no words
 * after it) with no agent names the duty the sentence before, in the same paragraph, gave its
 * subject: the noun is the duty's verb made a noun, what the duty makes ("is drafting a circular"
 * → "The circular"), or a noun of work. The duty's body owns it and the duty is the task. Null
 * when that is not so. The sentence before is read without borrowing in its turn.
 */
function dutyBefore(text: string, subjectTerms: Term[], from: number): TaskReading | null {
  const [article, noun] = subjectTerms;
  if (subjectTerms.length !== 2 || !article || !noun || !DEFINITE_EN.has(article.text)) return null;
  if (headedByBodyEn(text.slice(article.start, noun.end))) return null;
  const before = sentenceBefore(text, from);
  if (!before || !DUTY_EN_RE.test(text.slice(before.start, before.end))) return null;
  const duty = readEnglishPredicate(text, before.start, before.end, [], false);
  const [verb, ...rest] = (duty.task?.text ?? '').toLowerCase().split(/\s+/);
  const stem = stemOf(noun.text);
  const named =
    WORK_NOUNS_EN.has(noun.text) ||
    (verb !== undefined && stemOf(verb) === stem) ||
    (verb !== undefined && MAKING_VERBS_EN.has(verb) && rest.slice(0, 3).some((word) => stemOf(word) === stem));
  if (!named) return null;
  return duty.owners.length > 0 && duty.owners.every((owner) => namesBodyEn(owner.text)) ? duty : null;
}

/**
 * The sentence right before the one holding `from`, without its full stop, when it ends with one
 * just before (the same paragraph); null otherwise.
 */
function sentenceBefore(text: string, from: number): { start: number; end: number } | null {
  const sentence = clauseStart(text, from, SENTENCE_BACK, false);
  if (text[sentence - 1] !== '.') return null;
  return { start: clauseStart(text, sentence - 1, SENTENCE_BACK, false), end: sentence - 1 };
}

/** A plural noun: "Employers", "Committees", "authorities" (not "Business", "Vietnam Social Security"). */
const PLURAL_WORD_RE = /^\p{L}+[^su'’]s$/iu;
/** Whether a noun phrase names several: a plural word before its first preposition ("Suppliers already on …"). */
function pluralPhrase(phrase: string): boolean {
  return nounCoreEn(phrase)
    .split(/\s+/)
    .some((word) => PLURAL_WORD_RE.test(word));
}
/** A member list: "including: Hanoi, Hue, …", "such as …". */
const LIST_OPENER_RE = /\b(?:including|such\s+as)\s*:?\s*/i;
/** How far back the owners of an earlier deadline may stand for a pronoun. */
const PRONOUN_BACK = 1_500;

/**
 * "…, including: Hanoi, Hue, Cao Bang, the Steering Committee requests that they …": the members
 * of a list before the request, up to the comma before the requester.
 */
function membersBefore(text: string, from: number, requestAt: number): Span[] | null {
  const opener = LIST_OPENER_RE.exec(text.slice(from, requestAt));
  if (!opener) return null;
  const listStart = from + opener.index + opener[0].length;
  const lastComma = text.slice(listStart, requestAt).lastIndexOf(',');
  const listEnd = lastComma >= 0 ? listStart + lastComma : requestAt;
  const list = span(text, listStart, listEnd);
  if (!list) return null;
  const members = splitMembers(text, list.start, list.end, true);
  return members.length > 1 ? members : null;
}

/** A passive: "be completed", "been issued", "be made" (not "be responsible for"). */
const PASSIVE_EN_RE =
  /\b(?:be|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|sent|held|paid|built|done|set|put|kept|spent|sold|brought|bought|cut|shut|run|won|laid|met|read|found|given|taken|shown|known)\b/i;

/** What opens a predicate that goes on from an earlier deadline: ", and to disburse …", " and energise …". */
const JOINED_LEAD_RE = /^[\s,]*and\s+(?:to\s+)?/i;
const COMMA_LEAD_RE = /^\s*,\s*(?:to\s+)?(?=[a-z])/;
/** "complete … in the first half of 2027, and to settle …": a task with its own time, then this one. */
const TIMED_THEN_RE =
  /\b(?:in|by|before|until|within)\s+(?:the\s+)?(?:\d{4}|first|second|third|fourth|last|end|early|Lunar|Tet|[A-Z][a-z]+\s+\d)[^,;]*?,?\s+and\s+to\s+/;

/**
 * What follows "<date> deadline for" ("Firms reminded of March 31 deadline for 2025 tax finalisation",
 * "set a March 15 deadline for provinces to finalise …") or "the deadline of <date> for" ("… for
 * People's Councils to adopt the tables …"): a body before its infinitive gives the owner and the
 * task; else, after "deadline for", what is due is the task and no owner is named. Null when no
 * such words follow the date.
 */
function readDeadlineForAfter(text: string, date: { start: number; end: number }): TaskReading | null {
  const after = text.slice(date.end, date.end + MAX_PREDICATE);
  const named = DEADLINE_FOR_AFTER_RE.exec(after);
  const lead =
    named ??
    (DEADLINE_OF_BEFORE_RE.test(text.slice(Math.max(0, date.start - 20), date.start))
      ? FOR_AFTER_RE.exec(after)
      : null);
  if (!lead) return null;
  const from = date.end + lead[0].length;
  const m = BODY_TO_RE.exec(text.slice(from, from + MAX_PREDICATE));
  const owner = m?.indices?.[1] ? span(text, from + m.indices[1][0], from + m.indices[1][1]) : null;
  if (m && owner && headedByBodyEn(owner.text)) {
    return { task: taskUpToVerb(text, from + m[0].length), owners: ownersOf(text, owner) };
  }
  return named ? { task: taskUpToVerb(text, from), owners: [] } : null;
}
/** The task from `from` to its clause's end, or where the sentence's own verb begins ("… will not be extended"). */
function taskUpToVerb(text: string, from: number): Span | null {
  const stop = TASK_AFTER_FOR_END_RE.exec(text.slice(from, from + MAX_PREDICATE));
  return span(text, from, stop ? from + stop.index : Math.min(text.length, from + MAX_PREDICATE));
}
const DEADLINE_FOR_AFTER_RE = /^\s+deadline\s+for\s+/i;
/**
 * "the deadline to submit a draft … is September 30": the infinitive is the task; the owner is the
 * body of a "For <body>," that opens the sentence, else none.
 */
function deadlineToReading(text: string, dateStart: number): TaskReading | null {
  const from = Math.max(0, dateStart - MAX_PREDICATE);
  const m = DEADLINE_TO_RE.exec(text.slice(from, dateStart));
  if (!m?.indices?.[1]) return null;
  const task = span(text, from + m.indices[1][0], from + m.indices[1][1]);
  const deadlineAt = from + m.index;
  const sentence = clauseStart(text, deadlineAt, SENTENCE_BACK, false);
  const opening = FOR_BODY_OPENING_RE.exec(text.slice(sentence, deadlineAt))?.indices?.[1];
  const owner = opening ? span(text, sentence + opening[0], sentence + opening[1]) : null;
  return { task, owners: owner && headedByBodyEn(owner.text) ? ownersOf(text, owner) : [] };
}
const DEADLINE_TO_RE =
  /\bdeadline\s+to\s+((?!be\b)[a-z][^.;:\n]{1,200}?)\s+(?:is|was|will\s+be|remains|falls\s+on)\s+(?:on\s+)?$/diu;
/** "For the Ministry of Finance, " right before "the deadline to …". */
const FOR_BODY_OPENING_RE = /^\s*[Ff]or\s+(?:the\s+)?(\p{Lu}[^,.;:\n]{2,80}),\s+(?:[Tt]he\s+)?$/du;

/** "The deadline of <date>", "a deadline, <date>,": the date is the deadline's, and "for" names who owes it. */
const DEADLINE_OF_BEFORE_RE = /\bdeadline\s+(?:of|is|was)\s+$/i;
const FOR_AFTER_RE = /^,?\s+for\s+/i;
/** The body before its infinitive: "provinces to finalise", "the two ministries to submit". */
const BODY_TO_RE = new RegExp(String.raw`^${BODY_A_DEADLINE_IS_FOR}\s+to\s+(?!be\b)(?=[a-z])`, 'du');
/** Where the infinitive's task ends: its clause, or the sentence's own verb ("… will not be extended"). */
const TASK_AFTER_FOR_END_RE = /[.;!?\n]|,\s|\s(?=(?:must|should|shall|will|would|has|have|had|are|is|were|was)\s)/;

/** "… and must announce …", ", and will publish …": a second predicate with a modal of its own (OBLIGATION/PLAN_MODALS_EN). */
const SECOND_PREDICATE = String.raw`,?\s+and\s+${alternation([...OBLIGATION_MODALS_EN, ...PLAN_MODALS_EN])}\s+(?:also\s+)?`;
/** Where a task read after its date ends: its sentence, or a second predicate. */
const TASK_AFTER_DATE_END_RE = new RegExp(`[.;\\n]|${SECOND_PREDICATE}`);

/**
 * ", and to complete …", "… and must announce …": a second infinitive set apart by its comma, or a
 * second predicate with a modal of its own; the date governs the one it follows.
 */
const SEPARATE_INFINITIVE_RE = new RegExp(`,\\s+and\\s+to\\s+(?=[a-z])|${SECOND_PREDICATE}(?=[a-z])`, 'g');

/**
 * The task without an earlier task that has a time of its own ("… in 2026, and to settle …" →
 * "settle …"), or that is set apart by a comma ("to spend 3 per cent …, and to complete … by
 * December 31" → "complete …": the date governs the infinitive it follows).
 */
function withoutEarlierTimedTask(text: string, task: Span | null | undefined, dateStart: number): Span | null {
  if (!task) return task ?? null;
  const m = TIMED_THEN_RE.exec(task.text);
  let cut = m ? m.index + m[0].length : -1;
  // Only a task before its date: one read after it ("have until June 30 to finish …, and must pay …") opens there.
  if (task.end <= dateStart)
    for (const separate of task.text.matchAll(SEPARATE_INFINITIVE_RE))
      cut = Math.max(cut, separate.index + separate[0].length);
  if (cut < 0) return task;
  const start = task.start + cut;
  return start < task.end ? { text: text.slice(start, task.end), start, end: task.end } : task;
}

/**
 * A task without the words that only lead to its due date: "the report is" (due on …), "upgrade
 * the system, with the work" (due in …).
 */
function withoutDueTail(text: string, task: Span | null): Span | null {
  const tail = task ? DUE_TAIL_RE.exec(task.text) : null;
  if (!task || !tail || tail.index === 0) return task;
  return span(text, task.start, task.start + tail.index);
}
const DUE_TAIL_RE = /(?:\s+(?:is|are|was|were|will\s+be)|,\s+with\s+(?:the|its|their|all)(?:\s+[a-z-]+){1,2})$/;

/** A purpose clause that opens the sentence: "In order to complete …", "To finish …". */
const PURPOSE_OPENING_RE = /^(?:in\s+order\s+to|so\s+as\s+to|to)\s+(?!be\b)[a-z]/i;
/** The comma that closes the purpose clause soon after its date. */
const PURPOSE_CLOSE_RE = /^[^,.;:\n]{0,40}?,\s*/;

/**
 * "In order to complete the cleaning of population data in the first quarter of 2027, the
 * Ministry of Health and the Ministry of Construction must connect …": the date sits in a purpose
 * clause, and the bodies that act are the subject of the main clause after it.
 */
function purposeOwners(text: string, predicateStart: number, dateEnd: number): Span[] {
  const opening = skipFrames(text, predicateStart, dateEnd);
  if (!PURPOSE_OPENING_RE.test(text.slice(opening, opening + 20))) return [];
  const close = PURPOSE_CLOSE_RE.exec(text.slice(dateEnd, dateEnd + 60));
  if (!close) return [];
  const main = dateEnd + close[0].length;
  const reading = readEnglishPredicate(text, main, clauseEnd(text, main, MAX_PREDICATE), [], false);
  return reading.owners.every((owner) => namesBodyEn(owner.text)) ? reading.owners : [];
}

/** "…, to pay their taxes" right after the date: the task is the infinitive. */
const INFINITIVE_AFTER_RE = /^,?\s+to\s+/i;
const INFINITIVE_FORWARD = 300;
const INFINITIVE_VERB_RE = /^(?!(?:the|a|an|be|this|that|its|their)\b)(?:[a-z]{3,}|[a-z]+-[a-z]{2,})\b/;
/**
 * A verb that gives time to the bodies after it, up to an "until" before the date: the last one
 * in the clause, active ("has given districts until …"); "Given the delays," and "was given" are not.
 */
const GIVES_TIME_RE =
  /(?<![\p{L}])(?<!(?:was|were|is|are|been|be)\s+)(?:give|gives|gave|given|grant|grants|granted|granting|giving)\s+(?=\S)/giu;
const UNTIL_NEXT_RE = /^\s*(?:until|till)\s/i;
/** "Households are eligible for an extension": the subject before the words of granted time. */
const GRANTED_TIME_RE = new RegExp(`^(.{2,120}?)\\s+${alternation(GRANTED_TIME_EN)}\\b`, 'i');

/** The last giving verb of `before` (GIVES_TIME_RE), or null. */
function lastGiver(before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  GIVES_TIME_RE.lastIndex = 0;
  for (let m = GIVES_TIME_RE.exec(before); m; m = GIVES_TIME_RE.exec(before)) last = m;
  // "Given the delays, the contractor has until …": a participle that opens the clause gives nothing.
  return last && !(last.index === 0 && /^G/.test(last[0])) ? last : null;
}

/**
 * "Households are eligible for an extension until May 30, to pay …": a subject granted time until
 * the date, and what it must do in an infinitive after it. Null when the text is not of that form.
 */
function readGrantedTime(text: string, predicate: { start: number; end: number }, dateEnd: number): TaskReading | null {
  const to = INFINITIVE_AFTER_RE.exec(text.slice(dateEnd, dateEnd + 8));
  if (!to) return null;
  const verb = dateEnd + to[0].length;
  // A verb of the tables, or a lower-case word that is no article, "be" or possessive ("to verify …").
  if (TASK_VERBS_EN_SET.matchAt(text, verb) === 0 && !INFINITIVE_VERB_RE.test(text.slice(verb, verb + 16))) return null;
  const ceiling = Math.min(text.length, verb + INFINITIVE_FORWARD);
  // The task ends with its sentence, or before a second predicate with a modal of its own
  // ("… to finish the audits, and must publish …").
  const stop = TASK_AFTER_DATE_END_RE.exec(text.slice(verb, ceiling));
  const task = span(text, verb, stop ? verb + stop.index : ceiling);
  const before = text.slice(predicate.start, predicate.end);
  // "The city gave wards and communes until June 30 to settle …": those given the time act.
  // The predicate stops before the cue: "until" stands between it and the date.
  const giver = UNTIL_NEXT_RE.test(text.slice(predicate.end, dateEnd)) ? lastGiver(before) : null;
  const given = giver ? span(text, predicate.start + giver.index + giver[0].length, predicate.end) : null;
  if (given && headedByBodyEn(given.text)) return { task, owners: ownersOf(text, given) };
  const granted = GRANTED_TIME_RE.exec(before);
  if (!granted) return null;
  const subject = span(text, predicate.start, predicate.start + (granted[1] as string).length);
  // "It has until September 30 to submit …": the body the sentence before names.
  const pronoun = subject !== null && ANTECEDENT_PRONOUNS.has(subject.text.toLowerCase());
  return {
    task,
    owners: pronoun ? previousSubject(text, subject.start, subject.text.toLowerCase()) : ownersOf(text, subject),
  };
}

/**
 * Re-reads the owners and task of every English deadline in `dates` (in place, document order),
 * except those read from a table row (`rows`): a row's task and owner cells say it better.
 */
export function readEnglishDeadlines(text: string, dates: DateMention[], rows: TableRow[] = []): void {
  let previousEnd = -1;
  let previousStart = -1;
  let earlier: { owners: Span[]; end: number } = { owners: [], end: -1 };
  let previous: DateMention | undefined;
  for (const date of dates) {
    // "1. Completing …" / "- Lead agency: …" / "- Completion time: before …": the item's fields.
    const governed = date.kind === 'deadline' && governingRow(rows, date.start) !== undefined;
    const item = date.kind === 'deadline' && !governed ? labelledItem(text, date) : null;
    const moved = date.kind === 'deadline' && !governed && !date.relative ? movedDeadline(text, date.start) : null;
    if (moved) {
      // "… must file their returns by the last day of …. Because …, this deadline moves to Tuesday,
      // 4 May 2027.": the deadline moved is the duty the sentence before states.
      date.task = moved.task;
      date.owners = moved.owners;
    } else if (
      date.kind === 'deadline' &&
      previous?.kind === 'deadline' &&
      (replacesDate(text, previous, date) || joinsList(text, previous, date))
    ) {
      // "… by 20 September 2026 instead of 20 April 2026": the replaced due date is the same task's;
      // so is each member of a list ("before December 10, 2026 and December 10, 2027").
      date.task = previous.task;
      date.owners = previous.owners;
    } else if (item) {
      date.task = item.task;
      date.owners = item.owner ? splitOwners(text, item.owner, true) : [];
    } else if (date.kind === 'deadline' && !date.relative && !governed) {
      const predicate = predicateOf(text, date, previousEnd, true);
      if (predicate) {
        const near = predicate.start - earlier.end <= PRONOUN_BACK ? earlier.owners : [];
        const reading =
          readGrantedTime(text, predicate, date.end) ??
          readEnglishPredicate(text, predicate.start, predicate.end, near);
        date.task = reading.task;
        date.owners = reading.owners;
        // "asked EVN to complete … in October 2026 and energise the line before June 30, 2027": a
        // second task joined to the first in one sentence is asked of the same bodies.
        const joinedAt = (end: number) => {
          // "… by October 31, submit them … no later than November 30": a comma and a task verb join too.
          const comma = COMMA_LEAD_RE.exec(text.slice(end, predicate.end));
          const verbJoined = comma !== null && TASK_VERBS_EN_SET.matchAt(text, end + comma[0].length) > 0;
          const lead = verbJoined ? comma : JOINED_LEAD_RE.exec(text.slice(end, predicate.end));
          return (
            predicate.cutFrom !== undefined &&
            end >= predicate.cutFrom &&
            lead !== null &&
            end + lead[0].length >= predicate.start
          );
        };
        // A passive joined to it ("…, and required that the transfer be completed by …") is not asked of its bodies.
        const passive = PASSIVE_EN_RE.test(text.slice(predicate.start, predicate.end));
        if (reading.owners.length === 0 && !passive && joinedAt(earlier.end)) date.owners = earlier.owners;
        // "… shall organise a course from 8 to 10 April and publish guidance by 25 March": joined to
        // a date that is no deadline, the subject of that date's clause (none when it opens with its verb).
        else if (reading.owners.length === 0) {
          const cutFrom = predicate.cutFrom;
          const subjectAt = cutFrom === undefined ? -1 : skipFrames(text, cutFrom, previousStart);
          const subject =
            cutFrom !== undefined &&
            joinedAt(previousEnd) &&
            !verbAt(text, subjectAt, true, true) &&
            (MODAL_EN_RE.test(text.slice(subjectAt, previousStart)) ||
              (!passive && REQUEST_BEFORE_RE.test(text.slice(subjectAt, previousStart))))
              ? readEnglishPredicate(text, cutFrom, previousStart).owners
              : [];
          // "Enterprises must:" above "• register … no later than …": the introduction's body.
          date.owners = subject.length ? subject : introducedOwners(text, date.start, true);
          // "In order to complete … in the first quarter of 2027, the Ministry of Health must …".
          if (date.owners.length === 0) date.owners = purposeOwners(text, predicate.start, date.end);
        }
        date.task = withoutDueTail(text, withoutEarlierTimedTask(text, date.task, date.start));
      }
      // "… March 31 deadline for 2025 tax finalisation", "a March 15 deadline for provinces to
      // finalise …": what is due, and any body it is set for, follow the date.
      const forAfter = readDeadlineForAfter(text, date);
      if (forAfter && (forAfter.owners.length > 0 || predicate)) date.task = forAfter.task;
      if (forAfter?.owners.length) date.owners = forAfter.owners;
      // "For the Ministry of …, the deadline to submit … is September 30": the task is the infinitive.
      const deadlineTo = forAfter ? null : deadlineToReading(text, date.start);
      if (deadlineTo) [date.task, date.owners] = [deadlineTo.task, deadlineTo.owners];
      if (date.owners?.length) earlier = { owners: date.owners, end: date.end };
    }
    if (endsClause(date, text)) [previousStart, previousEnd] = [date.start, date.end];
    previous = date;
  }
}

/** "this deadline moves to Tuesday,", "the deadline is extended to": a due date moved, right before the new date. */
const MOVED_DEADLINE_RE =
  /\b(?:this|that|the|such\s+a)\s+deadline\s+(?:will\s+)?(?:moves?|shifts?|is\s+(?:moved|shifted|extended|pushed\s+back|postponed))\s+(?:back\s+)?to\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$/;
/** Where the duty's own time starts in the sentence before: its task ends there. */
const DUTY_TIME_RE = /\s(?:by|before|no\s+later\s+than|within|until)\s/;

/** The task and owners of the duty whose deadline moves to the date at `dateStart`, or null. */
function movedDeadline(text: string, dateStart: number): TaskReading | null {
  if (!MOVED_DEADLINE_RE.test(text.slice(Math.max(0, dateStart - 60), dateStart))) return null;
  const before = sentenceBefore(text, dateStart);
  if (!before || !DUTY_EN_RE.test(text.slice(before.start, before.end))) return null;
  const reading = readEnglishPredicate(text, before.start, before.end);
  const task = reading.task;
  const cut = task ? DUTY_TIME_RE.exec(task.text) : null;
  return { task: task && cut ? span(text, task.start, task.start + cut.index) : task, owners: reading.owners };
}
