// Date expressions in a sentence, resolved against the report's coverage year: "In April" in a
// report on 2023 is 2023-04; "in late March" keeps "late"; "at year's end" is the coverage year.
// Ranges, durations, deadlines ("by 2029") and standing states ("as of September") are found
// but marked as not dating an occurrence.
import { WORD_START } from '../common/words.ts';

export type DatePrecision = 'year' | 'month' | 'day';
export type Qualifier = 'early' | 'mid' | 'late';

export interface DateMention {
  /** ISO date at the precision the text gives: `2023`, `2023-04`, `2023-04-12`. */
  date: string;
  precision: DatePrecision;
  qualifier: Qualifier | null;
  /** The words the date was read from, as written. */
  text: string;
  start: number;
  end: number;
  /** False for ranges, durations, deadlines, "since" and "as of": they date no occurrence. */
  occurrence: boolean;
  /** "that same month", "a year later": dated from the occurrence before. */
  relative: 'same_month' | 'same_day' | 'next_day' | 'day_before' | 'days_before' | 'same_year' | 'year_later' | 'year_before' | 'month_before' | 'months_later' | 'that_month' | 'hours_later' | 'days_later' | 'near_last' | null;
  /** A month or day written without its year, given the coverage year here ("in March"). */
  yearless: boolean;
  /** The date names a past happening the sentence only refers to ("the January 2022 protests"). */
  background: boolean;
  /** A year or a day used as an adjective ("2022 Facebook posts", "the January 6 attack"). */
  adjectival: boolean;
  /** Used as an adjective, or a month and its year after a determiner ("the May 2020 killing"): the date is its noun's. */
  qualifiesNoun: boolean;
  /** The preposition that introduces the date ("during", "after", "in"), lower case. */
  preposition: string | null;
  /** The taking of an office ("president since 2012", "in power since 2010"): an occurrence whatever the tense ("has been"). */
  office: boolean;
  /** The start of a detention ("in detention since February 2020", "held incommunicado since 2001"): an occurrence whatever the tense. */
  custody: boolean;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '((?:19|20)\\d{2})';
// A day of the month, with or without its ordinal ("12", "12th"), and the end of a span of days
// after it ("5–6", "3 and 4", "3 to 5"): a span is dated by its first day.
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TO_DAY = '(?:(?:\\s?[\\u2013-]\\s?|\\s(?:and|to)\\s)\\d{1,2}(?:st|nd|rd|th)?)?';
// The end of a span of months ("January–February 2021"): dated by its first month.
const TO_MONTH = `(?:\\s?[\\u2013-]\\s?${MONTH.replace('(', '(?:')})?`;
// A short while, counted: "a few days", "two weeks".
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const FEW = `(?:a few|several|a couple of|\\d+|${NUMBER_WORDS.join('|')})`;
// The words of a relative date that count back from the occurrence before ("the previous year", "two months earlier").
export const BACKWARD = /\b(?:earlier|before|previous|preceding)\b/i;

/** How many a count written before a noun says: "two" (2), "12", "a" or "the following" (1); "a few" or "several", null. */
export function countOf(text: string): number | null {
  const word = text.split(/\s+/)[0].toLowerCase();
  if (word === 'the' || (word === 'a' && !/^a (?:few|couple)\b/i.test(text))) return 1;
  const spelled = NUMBER_WORDS.indexOf(word) + 1;
  return /^\d+$/.test(word) ? Number(word) : spelled || null;
}
const VOTE_NOUN = '(?:vote|votes|elections?|polls?|referendum|runoff)';
// Occurrences a later one is counted from ("a week after his arrest", "three months after the ruling").
const EARLIER_OCCURRENCE = '(?:arrest|detention|ruling|verdict|conviction|sentencing|release|trial|coup|attack|killing|death|resignation|dismissal|appointment|inauguration)';
// The occurrence named after "before", "after" or "the eve of": one the text dated before ("the
// vote", "his arrest"), not one a date of its own names ("the 2021 coup", "the vote in May").
const OCCURRENCE_NAMED_BEFORE = `\\s+(?:that|this|the|his|her|their|its)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?(?:${VOTE_NOUN}|${EARLIER_OCCURRENCE})\\b(?!\\s+(?:of|in|on)\\s+(?:\\d|${MONTH}))`;
// A part of the year before its year or month: "late 2020", "the second half of 2021", "the final
// months of 2020", "the summer of 2020" (a season as SEASON_QUALIFIER places it).
const QUALIFIER = '(early|mid|late|the (?:beginning|start|middle|end) of|the (?:first|second|latter) (?:half|part) of|the (?:first|second|third|fourth|last) quarter of|the (?:first|last|final|closing) (?:weeks|months) of|(?:the )?(?:spring|summer|fall|autumn|winter)(?: of)?)[\\s-]+';

const pad = (n: number) => String(n).padStart(2, '0');

// Where a season falls in the year (a winter straddles two: no qualifier).
const SEASON_QUALIFIER: Record<string, Qualifier> = { spring: 'early', summer: 'mid', fall: 'late', autumn: 'late' };
const SEASON_WORDS = /spring|summer|fall|autumn|winter/i;

function qualifierOf(words: string | undefined): Qualifier | null {
  if (!words) return null;
  const w = words.toLowerCase();
  const season = SEASON_WORDS.exec(w);
  if (season) return SEASON_QUALIFIER[season[0]] ?? null;
  if (/early|beginning|start|first (?:half|part|quarter|weeks|months)/.test(w)) return 'early';
  if (/\blate\b|end|(?:second|latter) (?:half|part)|fourth quarter|last|final|closing/.test(w)) return 'late';
  if (/mid|middle|second quarter|third quarter/.test(w)) return 'mid';
  return null;
}

interface Pattern {
  re: RegExp;
  /** What a sentence must hold for the pattern to have a chance: a cheap test run first. */
  needs: 'month' | 'year' | 'year-word' | 'season-word' | 'month-word' | 'week-word' | 'day-word' | 'offset-word';
  /**
   * The pattern may begin with a qualifier ("late", "the end of"). The expression then matches
   * from the month or year on, and the qualifier is looked for just before it: an expression that
   * begins with an optional group is tried at every position of the sentence, at three to four
   * times the cost. The match is given to `build` as the whole expression's would be: the
   * qualifier is group 1.
   */
  qualified?: boolean;
  /** Characters that may not stand just before the match (the qualifier, if any, included). */
  notAfter?: RegExp;
  build: (m: RegExpExecArray, coverageYear: number) => Pick<DateMention, 'date' | 'precision' | 'qualifier' | 'relative'> | null;
}

/** A season (group 1) without its year: the coverage year, placed early, mid or late in it by the season. */
const seasonOfTheYear: Pattern['build'] = (m, y) => ({ date: String(y), precision: 'year', qualifier: qualifierOf(m[1]), relative: null });

// Most specific first; a later pattern never claims text an earlier one took.
const PATTERNS: Pattern[] = [
  {
    // April 12, 2023 / April 12 2023 / March 5–6, 2021
    re: new RegExp(`\\b${MONTH} ${DAY}${TO_DAY},? ${YEAR}\\b`, 'g'),
    needs: 'month',
    qualified: true,
    build: (m) => ({ date: `${m[4]}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(Number(m[3]))}`, precision: 'day', qualifier: null, relative: null }),
  },
  {
    // 12 April 2023 / 12th April 2023 / 5–6 March 2021
    re: new RegExp(`\\b${DAY}${TO_DAY} ${MONTH},? ${YEAR}\\b`, 'g'),
    needs: 'month',
    build: (m) => ({ date: `${m[3]}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(Number(m[1]))}`, precision: 'day', qualifier: null, relative: null }),
  },
  {
    // late March 2023 / March 2023 / March of 2023 / January–February 2023
    re: new RegExp(`\\b${MONTH}${TO_MONTH},? (?:of )?${YEAR}\\b`, 'g'),
    needs: 'month',
    qualified: true,
    build: (m) => ({ date: `${m[3]}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}`, precision: 'month', qualifier: qualifierOf(m[1]), relative: null }),
  },
  {
    // April 12 (this year)
    re: new RegExp(`\\b${MONTH} ${DAY}${TO_DAY}\\b(?!,? (?:19|20)\\d{2})(?! (?:percent|people|days|years|members|seats))`, 'g'),
    needs: 'month',
    build: (m, y) => (Number(m[2]) >= 1 && Number(m[2]) <= 31 ? { date: `${y}-${pad(MONTHS.indexOf(m[1].toLowerCase()) + 1)}-${pad(Number(m[2]))}`, precision: 'day', qualifier: null, relative: null } : null),
  },
  {
    // 12 April, 12th April, 3 and 4 April (this year)
    re: new RegExp(`\\b${DAY}${TO_DAY} ${MONTH}\\b`, 'g'),
    needs: 'month',
    build: (m, y) => ({ date: `${y}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(Number(m[1]))}`, precision: 'day', qualifier: null, relative: null }),
  },
  {
    // in late March / In April / in January–February (this year). "May" only after a preposition: it is also a verb.
    re: new RegExp(`\\b${MONTH}${TO_MONTH}\\b`, 'g'),
    needs: 'month',
    qualified: true,
    build: (m, y) => ({ date: `${y}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}`, precision: 'month', qualifier: qualifierOf(m[1]), relative: null }),
  },
  {
    // early 2023 / the end of 2022 / 2019; not a document's number ("Law No. 2019-005", "Decree
    // 2016/007", "Order 12/2019").
    re: new RegExp(`\\b${YEAR}\\b(?![\\d\\u2013]|,\\d|-\\d|\\/\\d| percent)`, 'g'),
    needs: 'year',
    qualified: true,
    notAfter: /[\d,.$\u2013/-]/,
    build: (m) => ({ date: m[2], precision: 'year', qualifier: qualifierOf(m[1]), relative: null }),
  },
  {
    // during the year / at year's end / by the end of the year / this year
    // "late in the year", "toward the end of the year", "at midyear" too.
    re: /\b(?:during|throughout|over|in|at|by|for|earlier in|later in|early in|late in|toward|towards) (?:the (?:course of the |(?:beginning|start|middle|(?:first|second|latter) (?:half|part)|(?:first|second|third|fourth|last) quarter|(?:first|last|final|closing) (?:weeks|months)) of the )?)?(?:year['\u2019]s end|end of the year|year)\b|\b(?:this|that|the same) year\b|\byear['\u2019]s end\b|\b(?:at|in|by) mid-?year\b/gi,
    needs: 'year-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: qualifierOf(m[0]), relative: /that|same/i.test(m[0]) ? 'same_year' : null }),
  },
  {
    // "in the fall", "over the summer" (this year): a season is early, mid or late in the year ("the
    // late summer" too). With its year ("the spring of 2019", "summer 2019") the year dates it; "the
    // fall of Kabul" is no date.
    re: /(?<=\b(?:in|during|over|throughout|by) )the (?:(?:early|late) )?(spring|summer|fall|autumn|winter)\b(?!,? (?:of )?(?:19|20)\d{2})(?! of\b)/gi,
    needs: 'season-word',
    build: seasonOfTheYear,
  },
  {
    // "In late spring", "over summer": the same without "the", the season in lower case only (not
    // "Spring Festival", "Arab Spring").
    re: /(?<=\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout|[Bb]y) )(?:(?:[Ee]arly|[Ll]ate) )?(spring|summer|fall|autumn|winter)\b(?!,? (?:of )?(?:19|20)\d{2})(?! of\b)/g,
    needs: 'season-word',
    build: seasonOfTheYear,
  },
  {
    // "That summer", "later that fall": the season of the year the occurrence before was dated to.
    re: /\b(?:that|the same|later that|earlier that) (spring|summer|fall|autumn|winter)\b/gi,
    needs: 'season-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: qualifierOf(m[1]), relative: 'same_year' }),
  },
  {
    re: /\b(?:that|the) same month\b|\blater that month\b|\bthat month\b|\b(?:later|earlier) in the month\b|\b(?:by|at) the end of the month\b/gi,
    needs: 'month-word',
    build: (_m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: 'same_month' }),
  },
  {
    // "an order issued the previous year", "two years earlier", "the following year", "two years
    // later": counted years before or after the occurrence named before.
    re: new RegExp(`\\bthe (?:previous|preceding|following|next) year\\b|\\b(?:a|${FEW}) years? (?:earlier|later)\\b`, 'gi'),
    needs: 'year-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: BACKWARD.test(m[0]) ? 'year_before' : 'year_later' }),
  },
  {
    // "sentenced in August 2022, five years after he was seized": what follows "after" happened
    // that many years before the occurrence the text dated last (events.ts types it by those words).
    re: new RegExp(`\\b(?:a|${FEW}) years? after(?=\\s+\\p{L})`, 'giu'),
    needs: 'year-word',
    build: (_m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: 'year_before' }),
  },
  {
    // "three months after his arrest": counted from the month of the occurrence named before.
    re: new RegExp(`\\b(?:a|${FEW})\\s+months?\\s+after${OCCURRENCE_NAMED_BEFORE}`, 'giu'),
    needs: 'month-word',
    build: (_m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: 'months_later' }),
  },
  {
    // "a bill enacted the previous month", "two months earlier", "the following month", "two months
    // later": counted from the month of the occurrence before; not a time to come ("over the next
    // month") nor a noun's ("the following month's elections").
    re: new RegExp(`\\bthe (?:previous|preceding) month\\b|\\b(?<!\\b(?:over|within|for|during|throughout) )the (?:following|next) month\\b(?!['\u2019])|\\b(?:a|${FEW}) months? (?:earlier|later)\\b`, 'gi'),
    needs: 'month-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: BACKWARD.test(m[0]) ? 'month_before' : 'months_later' }),
  },
  {
    // "that day", "later that day", "the next day", "the previous day", "a day earlier": the day of
    // the occurrence before, or the day after or before it; not a day's noun ("that day's vote")
    // nor "the day before the vote".
    re: /\b(?:that|the) same day\b|\bthe (?:next|following|previous|preceding) day\b|\b(?:later |earlier )?that day\b(?!['\u2019])|\bthe day before\b(?!\s+(?:the|a|an|his|her|their|its)\b)|\b(?:a|one) day (?:earlier|before)\b/gi,
    needs: 'day-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: /next|following/i.test(m[0]) ? 'next_day' : /previous|preceding|day (?:earlier|before)/i.test(m[0]) ? 'day_before' : 'same_day' }),
  },
  {
    // "the decision was reversed days later", "Congress reconvened hours later", "two weeks
    // earlier": soon after or before the occurrence before.
    re: new RegExp(`\\b(?:${FEW}\\s+)?(hours|days|weeks)\\s+(later|earlier)\\b`, 'gi'),
    needs: 'offset-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: BACKWARD.test(m[2]) ? 'days_before' : /hours/i.test(m[1]) ? 'hours_later' : 'days_later' }),
  },
  {
    // "a week later", "the following week", "later that week", "the previous week": within days of
    // the occurrence before; not a time to come ("over the next week") nor a week's noun ("the
    // following week's vote").
    re: /\b(?:a|one) week (?:later|earlier|before)\b|\b(?<!\b(?:over|within|for|during|throughout) )the (?:following|next|previous|preceding) week\b(?!['\u2019])|\b(?:(?:later|earlier) )?(?:that|the same) week\b(?!['\u2019])|\bthat same week\b/gi,
    needs: 'week-word',
    build: (m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: BACKWARD.test(m[0]) ? 'days_before' : 'days_later' }),
  },
  {
    // "two weeks before that vote", "in the weeks after the election", "a week after his arrest",
    // "on the eve of the vote", "in the aftermath of the ruling": close to the occurrence the text dated before.
    re: new RegExp(`\\b(?:(?:(?:a|one)\\s+(?:day|week)|(?:${FEW}\\s+|the\\s+)?(?:hours|days|weeks))\\s+(?:before|after)|(?<=\\b(?:[Ii]n|[Oo]n)\\s)the\\s+(?:eve|aftermath|immediate aftermath)\\s+of)${OCCURRENCE_NAMED_BEFORE}`, 'giu'),
    needs: 'offset-word',
    build: (_m, y) => ({ date: String(y), precision: 'year', qualifier: null, relative: 'near_last' }),
  },
];

// A qualifier ending just before a position (sticky, at lastIndex): group 1 is the qualifier with
// the space or hyphen after it, group 2 the qualifier's words.
const QUALIFIER_BEFORE = new RegExp(`(?<=\\b(${QUALIFIER}))`, 'y');

/**
 * The pattern's next match after its last one, as the expression with an optional qualifier
 * before it (and with `notAfter` as a look-behind) would give it: start, end and groups.
 */
function nextMatch(pattern: Pattern, sentence: string): { start: number; end: number; groups: RegExpExecArray } | null {
  const { re, qualified, notAfter } = pattern;
  const from = re.lastIndex;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (!qualified) return { start: m.index, end: m.index + m[0].length, groups: m };
    QUALIFIER_BEFORE.lastIndex = m.index;
    const q = QUALIFIER_BEFORE.exec(sentence);
    let start = m.index;
    let qualifier: string | undefined;
    if (q && m.index - q[1].length >= from && !(notAfter && notAfter.test(sentence.charAt(m.index - q[1].length - 1)))) {
      start = m.index - q[1].length;
      qualifier = q[2];
    } else if (notAfter && notAfter.test(sentence.charAt(m.index - 1))) {
      continue;
    }
    const groups = [sentence.slice(start, m.index + m[0].length), qualifier, ...m.slice(1)] as unknown as RegExpExecArray;
    return { start, end: m.index + m[0].length, groups };
  }
  return null;
}

/**
 * An expression that matches where `re` ends: tried once, backwards, from one position (with
 * endsWith), where `re` followed by $ would be tried from every position of the text before it.
 */
function endingWith(re: RegExp): RegExp {
  return new RegExp(`(?<=${re.source})`, `${re.flags}y`);
}
function endingMatch(re: RegExp, text: string, at = text.length): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
const endsWith = (re: RegExp, text: string, at = text.length) => endingMatch(re, text, at) !== null;

// Words before a date that put an occurrence a short while before or after it: "weeks before the
// 2016 elections", "days after the March 5 vote", "in the run-up to the March elections". The date
// is then the occurrence's, to the month.
const SHORTLY_BEFORE = endingWith(/\b(?:(?:hours|days|weeks|shortly|just|only|soon)\s+(?:before|after)|(?:run|lead)[- ]up to)\s+(?:the\s+)?/i);
/** Words just before a date that make it a span, a deadline or a state, not an occurrence. */
const NOT_AN_OCCURRENCE_BEFORE = endingWith(/\b(?:since|as of|until|till|through|from|between|before|prior to|per|over the|up to|expected in|scheduled for|slated for|due in|planned for|set for|budget for|plan for|(?:has|have) (?:continued|remained|persisted|been))\s+(?:the\s+)?/i);
// "calling for congressional elections in January", "called for a referendum by June": the date is
// of what was asked for, a plan, not of the call.
const CALLED_FOR_BEFORE = endingWith(/\bcall(?:ed|ing|s)?\s+for\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:re-?)?elections?|polls?|vote|referendum|runoff)\s+(?:in|for|on|by|before)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?/iu);
// "president since 2012", "in office since 2004", "X, president of the Judicial Office since 2012",
// "has dominated politics since the 2010 election": the start of an office or of a rule dates its occurrence.
const OFFICES = '(?:president|prime minister|leader|chief|head|governor|mayor|speaker|chair(?:man|woman|person)?|director|minister)';
const SINCE_TAKING_OFFICE = new RegExp(`(?:\\bbeen (?:[\\p{L}-]+ ){0,3}${OFFICES}|,\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+ ){0,2}?${OFFICES}(?: of [^.;,]{1,60}?)?|\\bin (?:office|power))\\s*since\\s+(?:the\\s+)?$`, 'iu');
// "in detention since February 2020", "held incommunicado since 2001", "imprisoned since 2014": the
// start of a detention dates an arrest. Not "held" alone: "elections have been held since 1990".
const SINCE_HELD = /(?:\b(?:in|under)\s+(?:pretrial\s+|preventive\s+|incommunicado\s+)?(?:detention|custody|prison|jail|house arrest)|\b(?:detained|imprisoned|jailed|incarcerated|held\s+incommunicado|behind bars))\s+since\s+(?:the\s+)?$/i;
const SINCE_RULING = /\b(?:dominated|ruled) [^.;]{0,40}\s*since\s+(?:the\s+)?$/iu;
// A figure's point of comparison: "down from 17 in 2020", "rose from 103 at the end of 2016 to ...",
// "the same as in 2019", "a peak of 98 in 1999": the year of a number, not of an occurrence.
const COMPARISON_BEFORE = endingWith(/\b(?:from\s+(?:about |around |roughly |some |over |more than |nearly |almost |a peak of )?\d[\d,.]*(?:\s+(?:percent|million|billion|thousand|people|per\s+[\d,]+(?:\s+[\p{L}-]+){0,3}))?\s+(?:at the end of |at |in |by |during )(?:the )?|the same as in |a peak of (?:more than |about |around )?[\d,.]+(?:\s+[\p{L}-]+)?\s+in )$/iu);
// Happenings a date may only point back to: "the January 2022 protests", "the violence of January 2022".
const BACKGROUND_NOUNS = '(?:unrest|protests|events|violence|riots|crisis|war|conflict|pandemic|uprising|crackdown|coup|massacre|demonstrations)';
const BACKGROUND_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?${BACKGROUND_NOUNS}\\b`, 'u');
const BACKGROUND_BEFORE = endingWith(new RegExp(`\\b${BACKGROUND_NOUNS}\\s+(?:of|in|that year|this year)\\s+`, 'i'));
// A happening that a verb just before acts on is no background: "banned all demonstrations in May
// 2022", "police dispersed the protests in March" (not "participated in the protests in January 2022").
const ACTED_ON_BEFORE = endingWith(new RegExp(`(?<!\\b(?:the|a|an|amid|during|after|following|of|in|by|for|with|and|or)\\s+)\\b\\p{Ll}{3,}ed\\s+(?:(?!(?:in|of|for|against|over|after|during|amid|about|with|at|on|by|from|to|since)\\s)[\\p{Ll}-]+\\s+){0,2}?${BACKGROUND_NOUNS}\\s+(?:of|in)\\s+`, 'u'));
// "during the violence of January 2022": the preposition that introduces the happening.
const BACKGROUND_PREPOSITION = endingWith(new RegExp(`\\b(during|after|following|amid)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${BACKGROUND_NOUNS}\\s+(?:of|in)\\s+`, 'iu'));
const PREPOSITION_BEFORE = endingWith(/\b(in|on|during|after|following|at|by|of|for|since|until|from|between|before|through|throughout|around)\s+(?:(?:the|a|an|late|early|mid|snap)\s+)*/i);
const PERCENT = /\d\s*(?:percent|per cent|%)/i;
const BETWEEN_BEFORE = endingWith(/\bbetween\s+(?:the\s+)?/i);
const HAPPENING_BEFORE = endingWith(/\b(?:unrest|protests|violence|events)\s+/i);
// "since 2014, when ...", "from 2010 to 2014, when ...": the "when" names an occurrence at that date.
const WHEN_AFTER = /^,? when\b/;

const HAS_MONTH = new RegExp(MONTH);
const OFFSET_WORDS = /(?:s|day|week) (?:later|earlier|before|after)\b|(?:eve|aftermath) of\b/;
// After a month: "in May and June of that year", "in March of the same year".
const OF_THAT_YEAR = /^(?:\s+and\s+(?:early |mid-|late )?\p{Lu}\p{Ll}+)?\s+of\s+(?:that|the same)\s+year\b/u;
const VERB_AFTER = /^\s+\p{Ll}+(?:ed|ing)\b/u;
const FUNCTION_WORD_AFTER = /^\s+(?:and|or|to|when|after|before|in|on|at|by|for|from|with|as|that|which|but|while|because|despite|until|under|over|through|during|the|a|an)\b/i;

/**
 * A date used as the adjective of the word after it: "a 2017 law", "2022 Facebook posts", "the
 * January 6 attack" (a day only after "the" or a possessive). Not "in 2022 launched", "in 2016
 * allowing": a verb follows the phrase "in 2022".
 */
function isAdjectival(d: DateMention, before: string, after: string): boolean {
  const year = /^\d{4}$/.test(d.text);
  const day = !d.relative && d.precision === 'day' && /\d$/.test(d.text) && /^\s+\p{Ll}/u.test(after) && endsWith(DAY_DETERMINER_BEFORE, before);
  if (!year && !day) return false;
  return /^\s+[\p{L}]/u.test(after) && !FUNCTION_WORD_AFTER.test(after) && !(VERB_AFTER.test(after) && endsWith(IN_OR_DURING_BEFORE, before));
}
const DAY_DETERMINER_BEFORE = endingWith(new RegExp(String.raw`${WORD_START}(?:the|its|their|his|her)\s+`, 'iu'));
const MONTH_DETERMINER_BEFORE = endingWith(new RegExp(String.raw`${WORD_START}(?:the|its|their|his|her|an?)\s+`, 'iu'));
const IN_OR_DURING_BEFORE = endingWith(new RegExp(String.raw`${WORD_START}(?:in|during)\s+`, 'iu'));
const THE_BEFORE_MAY = endingWith(/\bthe\s+/i);
const VOTE_AFTER_MAY = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}?${VOTE_NOUN}\\b`);
const MAY_AS_MONTH_AFTER = endingWith(/\b(?:in|of|since|until|by|early|late|mid|and|or|from|to|between|during|last|this|that|next|on)\s+/i);
/** "May" is a month only after a preposition or a qualifier ("in May", "early May"), or between "the" and a vote's noun ("the May elections"; not "the May government"). */
const mayIsMonth = (sentence: string, start: number, end: number) =>
  endsWith(MAY_AS_MONTH_AFTER, sentence, start) || (endsWith(THE_BEFORE_MAY, sentence, start) && VOTE_AFTER_MAY.test(sentence.slice(end, end + 40)));
const HAS_YEAR = /(?:19|20)\d{2}/;
// Words a background happening ends with before its date ("the violence of"): BACKGROUND_PREPOSITION
// can match only text that ends so, which is cheaper to test first than the expression itself.
const ENDS_IN_OF_OR_IN = endingWith(/(?:of|in)\s+/i);

/**
 * The rules by which a date found is no occurrence of its own, by name (scripts/rule-audit.ts turns
 * each off in turn): "since", "until", "scheduled for" before it; a point of comparison; what is
 * called for ("called for elections in May"); "the previous year" compared with; the end of a
 * span; "N years" after a year; a relative date the date written out restates.
 */
export const DATE_RULES = ['not from then', 'comparison', 'called for', 'previous as comparison', 'span', 'duration', 'restated'] as const;
export type DateRule = (typeof DATE_RULES)[number];

export function findDates(sentence: string, coverageYear: number, rule: (name: DateRule) => boolean = () => true): DateMention[] {
  const found: DateMention[] = [];
  // Every pattern needs one of these; each is a plain scan, cheaper than one case-blind alternation.
  const holds = {
    month: HAS_MONTH.test(sentence),
    year: HAS_YEAR.test(sentence),
    'year-word': /year/i.test(sentence),
    'season-word': SEASON_WORDS.test(sentence),
    'month-word': /month/i.test(sentence),
    'week-word': /week/i.test(sentence),
    'day-word': /day/i.test(sentence),
    // "hours later", "weeks before": a case-blind scan for the three words costs three times this one.
    'offset-word': OFFSET_WORDS.test(sentence),
  };
  if (!Object.values(holds).some(Boolean)) return found;
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    if (!holds[pattern.needs]) continue;
    pattern.re.lastIndex = 0;
    for (let m = nextMatch(pattern, sentence); m; m = nextMatch(pattern, sentence)) {
      const { start, end } = m;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const built = pattern.build(m.groups, coverageYear);
      if (!built) continue;
      if (m.groups[0] === 'May' && !mayIsMonth(sentence, start, end)) continue;
      taken.push([start, end]);
      found.push({ date: built.date, precision: built.precision, qualifier: built.qualifier, relative: built.relative, text: m.groups[0], start, end, yearless: !/\d{4}/.test(m.groups[0]) && built.precision !== 'year', occurrence: true, background: false, adjectival: false, qualifiesNoun: false, preposition: null, office: false, custody: false });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const [i, d] of found.entries()) {
    const before = sentence.slice(Math.max(0, d.start - 30), d.start);
    const after = sentence.slice(d.end, d.end + 40);
    const year = Number(d.date.slice(0, 4));
    // A date after the report's year is a forecast or a deadline, except in the year the report was
    // written, to the month or day, where events.ts asks whether the text tells it as past.
    if (year > coverageYear && !(year === coverageYear + 1 && d.precision !== 'year')) d.occurrence = false;
    const wideBefore = sentence.slice(Math.max(0, d.start - 80), d.start);
    // "since 2014, when troops were withdrawn": the start of a state is dated by the occurrence the "when" names.
    // "weeks before the 2016 elections": the occurrence is the clause's own, near that date.
    const shortly = endsWith(SHORTLY_BEFORE, before);
    if (shortly && d.precision === 'day') {
      d.date = d.date.slice(0, 7);
      d.precision = 'month';
    }
    const adjectival = !shortly && isAdjectival(d, before, after);
    if (!shortly && endsWith(NOT_AN_OCCURRENCE_BEFORE, before)) {
      d.office = SINCE_TAKING_OFFICE.test(wideBefore);
      d.custody = !d.office && SINCE_HELD.test(wideBefore) && !adjectival; // not "in custody since the 2011 revolution"
      if (!d.office && !d.custody && !SINCE_RULING.test(wideBefore) && !(/\bsince\s+(?:the\s+)?$/i.test(before) && WHEN_AFTER.test(after)) && rule('not from then')) d.occurrence = false;
    }
    if (endsWith(COMPARISON_BEFORE, wideBefore) && rule('comparison')) d.occurrence = false;
    if (endsWith(CALLED_FOR_BEFORE, wideBefore) && rule('called for')) d.occurrence = false;
    // "a decrease over the previous year", "the previous year's total": a point of comparison, not an occurrence.
    if ((d.relative === 'year_before' || d.relative === 'month_before' || d.relative === 'day_before') && (/\b(?:over|from|than|with|to|since|of|for)\s+(?:[\d,.]+\s+)?$/i.test(before) || /^['\u2019]s?\b/.test(after) || PERCENT.test(wideBefore)) && rule('previous as comparison')) d.occurrence = false;
    // "from 1990 to 2019", "2024-2027", "between 2024 and 2026": a span, whose end dates nothing
    // unless ", when" follows it (the end is then an occurrence).
    const next = found[i + 1];
    const between = next ? sentence.slice(d.end, next.start) : '';
    const joinedByAnd = /^\s*and\s*$/.test(between);
    const span = /^\s*(?:to|[-\u2013\u2014]|through|until)\s*$/.test(between) || (joinedByAnd && endsWith(BETWEEN_BEFORE, before));
    if (next && span && rule('span')) {
      // "deaths occurred between April and September": what happened over the span began at its
      // start; "ruled from 1990 to 2019", "2024-2027" are durations.
      // A share compared over the span ("rose by 30 percent between 2019 and 2020") is a figure, not an occurrence.
      d.occurrence = joinedByAnd && !PERCENT.test(sentence.slice(Math.max(0, d.start - 60), next.end + 40));
      // "between August and October 2021": the start is of the end's year.
      if (d.yearless && !next.yearless) d.date = next.date.slice(0, 4) + d.date.slice(4);
      next.occurrence = WHEN_AFTER.test(sentence.slice(next.end));
    }
    // "2000 years of history": a count of years, not a year.
    if (/^\s*(?:years?|months?|days?)\b(?! (?:ago|earlier|later))/.test(after) && d.precision === 'year' && /^\d{4}$/.test(d.text) && rule('duration')) d.occurrence = false;
    // "Two days later, on March 5": the date written out says when; the relative one adds no occurrence.
    if (d.relative && next && !next.relative && /^,?\s*(?:on|in)\s+$/.test(between) && rule('restated')) d.occurrence = false;
    const longBefore = sentence.slice(Math.max(0, d.start - 60), d.start);
    const background = endsWith(ENDS_IN_OF_OR_IN, longBefore) ? endingMatch(BACKGROUND_PREPOSITION, longBefore) : null;
    d.preposition = (background ?? endingMatch(PREPOSITION_BEFORE, longBefore))?.[1].toLowerCase() ?? null;
    d.background = BACKGROUND_AFTER.test(after) || (endsWith(BACKGROUND_BEFORE, before) && !endsWith(ACTED_ON_BEFORE, longBefore)) || (d.relative === 'same_year' && endsWith(HAPPENING_BEFORE, before));
    // Only a happening of an earlier year is a past one the sentence refers back to: "protests in
    // late July" in a report on that year are this year's occurrence.
    if (year === coverageYear && !d.relative) d.background = false;
    d.adjectival = adjectival;
    d.qualifiesNoun = adjectival || (!shortly && !d.yearless && !d.relative && d.precision === 'month' && endsWith(MONTH_DETERMINER_BEFORE, before) && /^\s+\p{Ll}/u.test(after) && !FUNCTION_WORD_AFTER.test(after));
    // "that July", "later that December", "in May and June of that year": a month of the year the
    // text spoke of last, not of the coverage year; the "that year" after it is the month's.
    if (d.yearless && !d.relative && (/\bthat (?:same )?$/i.test(before) || OF_THAT_YEAR.test(after))) d.relative = 'that_month';
    if (d.relative === 'same_year' && /\bof\s+$/i.test(before) && found[i - 1]?.relative === 'that_month') d.occurrence = false;
  }
  return found;
}
