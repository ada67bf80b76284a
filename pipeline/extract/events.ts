// Events: each dated occurrence in a sentence, with its date at the precision the text gives and
// a type read from the words nearest the date.
import '../common/regexp.ts';
import { BACKWARD, countOf, DATE_RULES, findDates, NUMBER_WORDS, type DateMention, type DatePrecision, type Qualifier } from './dates.ts';
import { splitSentences } from './sentences.ts';
import { WORD_START } from '../common/words.ts';
import type { EVENT_TYPES } from '../../schemas/tables.ts';
import WORDNET from './wordnet-verbs.json' with { type: 'json' };
import WORDNET_NOUNS from './wordnet-nouns.json' with { type: 'json' };

export type EventType = (typeof EVENT_TYPES)[number];

// Force someone is accused of using is the occurrence, as FIW 2018 Afghanistan's and 2022 United
// States' annotators type it ("accused of detaining and assaulting a member", "accused of applying
// excessive force"): violence, not a charge.
const ACCUSED_PASSIVE = String.raw`(?:was|were|been|being|is|are) (?:[\w-]+ )?accused`;
const ACCUSED_OF_FORCE = String.raw`(?:\S+ ){0,4}?(?:assault(?:ing|s|ed)?|tortur(?:e|ing|ed)|beating|excessive force|attacking)\b`;

// What is published when it is released: a report, a draft, figures ("released its report", "a draft was released").
const PUBLISHED = 'reports?|drafts?|data|statements?|findings|videos?|footage|figures|results|lists?|documents?|study|studies|survey|statistics|recordings?|tapes?|guidelines|details';
// Money is released too ("the commission released €10.2 billion", "released the frozen funds").
const MONEY_RELEASED = String.raw`\s+(?:(?:its|their|the|an?)\s+)?(?:[$€£]|(?:[\w.,$€£-]+\s+){0,3}?(?:funds|funding|money|tranches?|loans?|payments?|million|billion)\b)`;
// What follows "released" or "the release of" when no one is set free: money or a publication.
const RELEASED_THING = String.raw`${MONEY_RELEASED}|\s+(?:(?:its|their|his|her|an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:${PUBLISHED})\b`;

// What a court voids when it dismisses it (WordNet's dismiss#6, "declare void": "The judge
// dismissed the case"), and what anyone dismisses as unworthy of notice (dismiss#1: claims,
// concerns): neither is a person dismissed from a post (dismiss#4).
const VOIDED = 'cases?|charges|lawsuits?|suits|appeals?|complaints?|petitions?|motions?|indictments?';
const DISMISSED_MATTER = `${VOIDED}|claims?|allegations?|accusations?|concerns?|criticism|objections?|requests?|warnings?|reports?`;
// The matter before a passive "was dismissed" ("charges against him were dismissed", "claims of
// fraud in the 2020 election had been dismissed") or after an active one ("dismissed the criminal
// case"), with no preposition between the verb and the matter ("dismissed the minister over claims").
const MATTER_DISMISSED = (matter: string) => String.raw`(?:${matter})(?:\s+(?:of|against|over|about|by|in|on|from)\b[^.;,]{0,60}?)?\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:[a-z]+ly\s+)?dismissed`;
const MATTER_OBJECT = (matter: string) => String.raw`\s+(?:(?:the|a|an|all|his|her|their|its|these|those|such)\s+)?(?:(?!(?:over|for|after|amid|following|on|in|of|as|from|by)\b)[\w-]+\s+){0,2}?(?:${matter})`;
const DISMISSED_A_MATTER = (matter: string) => `dismissed${MATTER_OBJECT(matter)}`;
// An appeal or a lawsuit rejected is a court's ruling, whoever the sentence names ("his appeal was
// rejected in May", "rejected her appeal"); a petition or a request rejected may be anyone's.
const APPEAL_REJECTED = String.raw`(?:appeals?|lawsuits?)(?:\s+(?:of|against|over|by|in|on|from)\b[^.;,]{0,60}?)?\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:[a-z]+ly\s+)?(?:rejected|denied|turned\s+down)|(?:rejected|turned\s+down)\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?appeals?`;

// Those abducted by gunmen, militants or armed or masked men are the victims of a crime, not of an arrest:
// "Gunmen abducted a priest", "was kidnapped by armed men". A state's agents who abduct detain, and
// "unidentified men" who do are often theirs (an enforced disappearance).
const CRIMINALS = String.raw`(?:gunmen|assailants|attackers|militants|insurgents|rebels|jihadists|kidnappers|bandits|(?:armed|masked) (?:men|individuals|groups?|gangs?))`;
// Violence reads it; arrest_detention, which outranks it at the same word, reads every other abduction.
const ABDUCTED_BY_CRIMINALS = String.raw`(?:abducted|kidnapped)(?:(?<=\b${CRIMINALS}(?: \S+){0,3}? (?:abducted|kidnapped))|(?= (?:\S+ ){0,2}?by (?:\S+ ){0,2}?${CRIMINALS}\b))`;
// Where someone is held ("held in pretrial detention", "held the blogger in a psychiatric facility").
const HELD_IN = String.raw`in (?:(?:pretrial |administrative |solitary )?(?:detention|custody|confinement)|prison|jail|(?:an? )?(?:psychiatric|secret|unknown|undisclosed) (?:facilit(?:y|ies)|hospitals?|wards?|locations?|prisons?|sites?))\b`;
// People taken ("seized two journalists", "picked up dozens of students"): not power, towns or votes.
const PEOPLE_TAKEN = String.raw`(?:an? |the |two |three |four |five |several |dozens of |hundreds of |\d+ )?(?:[\w-]+ ){0,2}?(?:activists?|journalists?|reporters?|bloggers?|critics?|dissidents?|protesters?|demonstrators?|students?|lawyers?|leaders?|members?|candidates?|lawmakers?|politicians?|clerics?|priests?|imams?|officials?|unionists?|workers?|supporters?|opponents?|residents?|villagers?|editors?|defenders?|youths?|men|women|people|civilians)\b`;

// A gathering that the authorities refuse to register is banned, not registered.
const GATHERING = String.raw`(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|gatherings?|assembl(?:y|ies)|pickets?)`;
// What is imposed, extended or renewed on a place for a time: a restriction.
const EMERGENCY = String.raw`(?:curfews?|moratori(?:um|a)|states? of emergency|martial law|lockdowns?|blockades?)`;

// What "fired" is followed by when it is a weapon's firing, not an official's dismissal.
const FIRED_WEAPON = String.raw`on|at|upon|into|shots?|tear\s*gas|live|rubber|bullets?|rounds?|weapons?|guns?|rockets?|missiles?|shells?|mortars?|water|warning|pellets?`;

// "Law enforcement", "a law firm", "law students": not a law.
const NOT_A_LAW = String.raw`(?![\s-]+(?:enforcement|firms?|schools?|students?|professors?|degrees?|faculty|faculties))`;
// "The ruling party", "the ruling-party primaries": who governs, not a court's ruling.
const RULING = String.raw`ruling(?![\s-]+(?:party|parties|coalition|family|families|elites?|class|bloc|majority|government|regime|junta|council|dynasty))`;

// Protesters after an occurrence of another type ("the arrest of dozens of protesters", "attacks
// on demonstrators") are whom it befell: that noun, not theirs, says what happened.
const ACTED_ON_BY = String.raw`\b(?:arrests?|detentions?|killings?|deaths?|murders?|attacks?|torture|prosecutions?|trials?)`;

// What a government adopts that is a plan, not a law: "adopted a national strategy on ...".
const ADOPTED_POLICY = String.raw` (?:an? |the |its |their )?(?:[\w-]+ ){0,2}?(?:strateg(?:y|ies)|plans?|programs?|programmes?|roadmaps?|polic(?:y|ies))\b`;

// What happened, by type: verbs (what someone did) outrank nouns (what the sentence is about),
// and within each, the cue nearest the date decides; earlier entries win ties.
export const TYPE_CUES: { type: EventType; verbs: RegExp; nouns?: RegExp }[] = [
  // A jailing for a term is the sentence ("jailed for seven years"); one "without trial" or "pending" one is a detention.
  { type: 'sentencing', verbs: /\b(?:sentenced|re-?sentenced|convicted|(?:jailed|imprisoned)(?= (?:\S+ ){1,4}?for (?:up to |nearly |almost |more than |over )?(?:life\b|(?:[\w-]+ ){0,4}?(?:years?|months?)\b))|found (?:him |her |them )?guilty|condemned(?= (?:\S+ ){1,6}?to (?:death|life|(?:[\w-]+ ){0,3}?(?:years?|months?)|prison)\b)|(?:jailed|imprisoned) for (?:up to |nearly |almost |more than |over )?(?:life\b|(?:[\w-]+ ){0,4}?(?:years?|months?)\b(?!(?:\s+\w+){0,2}?\s+(?:without|pending|awaiting|before)\b))|received (?:an? )?(?:[\w-]+ )*?(?:prison (?:term|sentence)|sentence|term)|(?:imposed|levied) (?:an? )?(?:[\w-]+ ){0,2}?fines?\b(?= (?:of \S+ (?:\S+ )?)?on\b)|(?:given|handed(?: down)?) (?:an? )?(?:[\w-]+ ){0,2}?(?:(?:prison|jail) (?:term|sentence)|sentence))\b/gi, nouns: /\b(?:sentences?|sentencing(?= of\b)|prison terms?|years? in prison|(?<!\b(?:religious|political|personal|moral|ideological|firm|strong|deep|deeply held) )convictions?)\b/gi },
  // A report, a draft or figures that are released are published, not set free.
  { type: 'release', verbs: new RegExp(`\\b(?:released(?!${RELEASED_THING})(?<!\\b(?:${PUBLISHED})\\b[^.;]{0,40}?released)|freed|pardoned|amnestied|commuted|granted (?:early )?parole|granted (?:\\S+ ){0,2}?release|granted (?:an? )?(?:[\\w-]+ )?(?:amnesty|pardons?|clemency)|walked free|set free|granted (?:[\\w-]+ ){0,3}?bail|(?:transferred|moved) (?:from (?:prison|jail) )?to house arrest)\\b`, 'gi'), nouns: new RegExp(String.raw`\b(?:parole|pardons?|amnest(?:y|ies)|(?<=\b(?:his|her|their) )release(?!\s+(?:of|date)\b)|release(?= of(?= )(?!${RELEASED_THING})))\b`, 'gi') },
  { type: 'arrest_detention', verbs: new RegExp(String.raw`\b(?:(?:re-?)?arrested|detained|jailed|imprisoned|(?!${ABDUCTED_BY_CRIMINALS})(?:abducted|kidnapped)|taken into (?:police |state |military )?custody|took (?:\S+ ){1,3}?into (?:police |state |military )?custody|picked up(?= by (?:\S+ ){0,2}?(?:police|officers|agents|security|soldiers|men)\b)|held(?= (?:\S+ ){1,6}?without (?:charge|trial)\b)|(?:began|started) serving|spent(?= (?:\S+ ){0,5}?(?:in (?:prison|jail|detention|custody)|detained|behind bars)\b)|ordered (?:the )?(?:immediate )?(?:detention|arrest)s?|rounded up|(?:placed|put) under (?:house )?arrest|apprehended|locked up|(?:seized|picked up)(?= ${PEOPLE_TAKEN})|raided(?= (?:the )?(?:\S+ ){0,2}?(?:homes?|houses?|residences?|apartments?)\b)|raided(?= (?:[^\s,;]+ ){1,8}?and (?:\S+ )?(?:arrested|detained|rounded up)\b)|raided(?<=\b(?:homes?|houses?|residences?|apartments?)\b(?: \S+){0,3}? raided)|(?:forcibly|was|were|been) disappeared|held incommunicado|held without (?:charge|trial)|(?:(?<=\b(?:was|were|been|being)\s(?:[a-z]+ly\s)?)held(?= (?:\S+ ){0,4}?${HELD_IN})|held(?= (?:\S+ ){1,4}?${HELD_IN}))|hauled (?:in|into|off)\b|(?:returned|sent) (?:\S+ ){0,3}?(?:back )?to (?:prison|jail|custody)|remanded (?:in(?:to)?|to) (?:pretrial )?(?:custody|detention))\b`, 'gi'), nouns: new RegExp(String.raw`\b(?:arrests?|abductions?(?! (?:\S+ ){0,4}?by (?:\S+ ){0,2}?${CRIMINALS})|(?:enforced |forced )?disappearances?|detentions?(?![\s-]+(?:cent(?:er|re)s?|facilit(?:y|ies)|camps?|conditions?)\b))\b`, 'gi') },
  // "Was tried" is a trial; "tried to" an attempt.
  { type: 'charge_prosecution', verbs: new RegExp(String.raw`\b(?:(?:began|opened|started|resumed)(?<=(?<!\bclinical )\btrials?\b(?:\s+\S+){0,12}?\s+(?:began|opened|started|resumed))|(?:began|started|resumed) (?:hearing|to hear) (?:the |a )?case|(?:began|opened|started|resumed) (?:the |a |an |its |their )?(?:[\w-]+ ){0,2}?(?:re)?trials? of|(?:began|started|continued) (?:re)?trying|(?:opened|launched)(?<=\b(?:case|investigation|probe|inquiry|proceedings)(?:\s+\S+){0,8}?\s+(?:was|were|had been|has been|have been)\s+(?:opened|launched))|(?:prosecutors?|investigators|the prosecution|the prosecutor's office) (?:formally )?accused|charged|indicted|prosecuted|(?:was|were|been|being) (?:[\w-]+ )?tried|interrogated|questioned(?= by (?:\S+ ){0,2}?(?:police|investigators|prosecutors|security|officers|agents)\b)|impeached|recommended(?= (?:\S+ ){0,2}?(?:charges|indictments?|indicting|prosecution|prosecuting)\b)|${ACCUSED_PASSIVE}(?! of ${ACCUSED_OF_FORCE})|investigated|summoned|(?:(?:re)?opened|launched) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:case|investigation|probe|inquiry|proceedings)|(?:placed|put|added) (?:\S+ ){0,3}?on (?:an? |the )?(?:[\w-]+ )?wanted lists?|declared (?:\S+ ){0,3}?wanted|face charges|faced charges|under investigation|(?:put|placed|stood|went) on trial|referred (?:\S+ ){0,5}?to (?:the )?(?:[\w-]+ )?(?:prosecutors?|prosecution|prosecutor(?:'s|\u2019s)? office|criminal courts?|trial)\b)\b`, 'gi'), nouns: /\b(?:charges|indictments?|criminal cases?|investigations?|prosecutions?|(?<!\b(?:in|at|during) (?:[\w-]+ ){0,2})(?<!\bclinical )(?:re)?trials|lawsuits?|(?:defamation|libel|criminal|civil) suits?|(?:infringement|criminal|disciplinary) (?:procedures?|proceedings))\b/gi },
  // "ruled the country" and "the ruling party" are about who governs, not about a court.
  { type: 'court_ruling', verbs: new RegExp(String.raw`\b(?:ruled(?!\s+(?:over|for|since|until|from|without|with|by decree|uninterrupted|continuously|unopposed|(?:the|a|his|her|their)\s+(?:country|nation|state|republic|kingdom|region|province|territory|city)))|annulled|overturned|upheld|struck down|invalidated|acquitted|quashed|(?:reduced|shortened|increased|lengthened)(?= (?:his|her|their|the|its) (?:[\w-]+ )?(?:sentences?|(?:prison|jail) (?:terms?|sentences?))\b)|(?:reduced|shortened|increased|lengthened)(?<=\b(?:sentences?|(?:prison|jail) terms?) (?:was|were|had been) (?:(?:later|subsequently|then|[a-z]+ly) )?[a-z]+)(?= (?:to|by|on)\b)|(?:won|lost)(?= (?:a|an|the|its|their|his|her) (?:\S+ ){0,2}?(?:case|lawsuit|suit|appeal|challenge)s?\b)|(?:decision|ruling|action|order|verdict)s? (?:was|were) (?:[a-z]+ )?(?:reversed|revoked|rescinded)|${MATTER_DISMISSED(VOIDED)}|${DISMISSED_A_MATTER(VOIDED)}|${APPEAL_REJECTED})\b`, 'gi'), nouns: new RegExp(String.raw`\b(?:acquittals?|${RULING}|rulings|verdicts?)\b`, 'gi') },
  // A death without a hand behind it (died, executed, a fire that killed, killed in an explosion); a killing is violence.
  // ("Killed in" reads its fire ahead, so that a date inside it, "killed in a June forest fire", is not the cue's own words.)
  // A death sentence, the death penalty, death threats or a death squad is no one's death.
  { type: 'death', verbs: /\b(?:died(?! (?:\S+ ){0,4}?(?:after|from|of) (?:being |having been )?(?:stabbed|beaten|shot|tortured|attacked|assaulted|wounded|injured|gunshot|stab|bullet|torture|beatings?)\b)|passed away|executed|found dead|found hanged|succumbed to (?:(?:his|her|their|the) )?(?:\S+ )?(?:injuries|wounds)|(?:fire|explosion|blast|accident|crash|collapse|flood|earthquake|disaster)s? (?:that )?killed|(?:found|discovered|recovered)(?<=\bbod(?:y|ies) (?:of (?:\S+ ){1,4}?)?(?:was|were|had been|have been) (?:[a-z]+ly )?(?:found|discovered|recovered))|killed in(?= (?:an? |the )(?:[\w-]+ ){0,3}?(?:fire|explosion|blast|accident|crash|collapse|flood|earthquake|disaster|landslide|stampede)s?\b))\b/gi, nouns: /\b(?:deaths?(?![\s-]+(?:sentences?|penalty|penalties|row|threats?|squads?)\b)|executions?)\b/gi },
  // What is fired on or at someone, or a weapon fired, is violence; an official fired is dismissed (below).
  { type: 'violence', verbs: new RegExp(String.raw`\b(?:${ABDUCTED_BY_CRIMINALS}|killed|injured|murdered|assassinated|attacked|beaten|beat|tortured|assaulted|stormed|set on fire|set ablaze|bombed|bombarded|shelled(?! out\b)|(?:hacked|burned|burnt|bludgeoned|clubbed|kicked|trampled) to death|exploded|shot|stabbed|experienced attacks|opened fire|fired\s+(?:${FIRED_WEAPON})|set fire to|torched|ransacked|vandali[sz]ed|(?<!\b(?:over|on|in|into|from|near|among|of|the|and) )razed(?= (?:\S+ ){0,3}?(?:villages?|towns?)\b)|${ACCUSED_PASSIVE}(?= of ${ACCUSED_OF_FORCE})|(?:threw|hurled) (?:an? )?(?:[\w-]+ )?(?:grenades?|bombs?|stones|rocks|explosives?|acid|petrol bombs?|molotov cocktails?))\b`, 'gi'), nouns: new RegExp(String.raw`\b(?:attacks?|violence|(?:kidnappings?|abductions?)(?= (?:\S+ ){0,4}?(?:for ransom|by (?:\S+ ){0,2}?${CRIMINALS}))|(?<!non-)violent(?:ly)?|torture|explosions?|threats?|killings?|shootings?(?! (?:himself|herself|themselves)\b)|murders?|assassinations?|massacres?|bombings?|air ?strikes?|shelling|fighting(?=\s+(?:between|broke out|erupted|intensified|escalated|resumed|flared))|(?:heavy|renewed|intense|fierce|armed) fighting|(?:military|ground|armed|army) (?:offensives?|operations?)|(?<=\blaunched (?:an? |its |their |a new |a major )?(?:[\w-]+ )?)offensives?)\b`, 'gi') },
  // What a crowd stages is a protest; what an army stages ("staged a coup") is not. Most often
  // "demonstrated" means showed ("the 2019 elections demonstrated that"): a protest only against or outside something.
  { type: 'protest', verbs: /\b(?:(?:protests|demonstrations|riots|unrest) (?:erupted|broke out)|protested|demonstrated(?! that\b)(?= (?:against|outside|in|across|near|throughout)\b)|rallied|marched|took to the streets|went on (?:a )?hunger strike|boycotted(?! (?:\S+ ){0,3}?(?:elections?|polls?|vote|referendum|by-elections?|runoffs?)\b)(?<!\b(?:elections?|polls?|vote|referendum)(?: \S+){0,3}? boycotted)|walked off the job|walked out(?! of\b)|blocked(?= (?:\S+ ){0,3}?(?:roads?|highways?|streets?|bridges?|railways?|rail lines?|intersections?|border crossings?)\b)|(?:blocked|occupied|blockaded|gathered|assembled|converged)(?= (?:\S+ ){1,8}?(?:to (?:demand|protest|denounce|press for|oppose)|demanding|protesting|denouncing)\b)|staged (?:a )?walkouts?|held(?=(?:\s+[\w-]+){0,3}\s+(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|vigils?|marches)\b)|staged(?=(?:\s+[\w-]+){0,3}\s+(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|strikes?|walkouts?|boycotts?|vigils?)\b))\b/gi, nouns: new RegExp(String.raw`\b(?:protests?|(?:protesters?|demonstrators?)(?<!${ACTED_ON_BY}\s+(?:of|on|against)\s+(?:\S+\s+){0,4}?\S+)|rall(?:y|ies)|demonstrations?|strikes?|hunger strike)\b`, 'gi') },
  // "Elected officials", "democratically elected bodies": an adjective, not an election; nor is a
  // case, an appeal, a prize, a war or a confidence vote won ("won a lawsuit against the ministry",
  // "won the Nobel Peace Prize", "since winning a civil war", "the cabinet won a confidence vote").
  // After "its" or "his", what is won must be an office's ("won its third term", not "won his release").
  { type: 'election', verbs: /\b(?:voted in as|(?<=\bvoters\s(?:[\w-]+\s)?)returned|lost (?:(?:his|her|their|its|the) )?(?:[\w-]+ ){0,2}?(?:seats?|mayoralty|governorship|runoff|reelection bid)\b|lost control of (?:\S+ ){0,3}?(?:cities|councils|municipalities|mayoralties|parliament|legislature|house|senate|assembly|chamber)\b|(?:elected|reelected|re-elected)(?!\s+(?:officials?|representatives?|bodies|body|members?|councils?|councilors?|governments?|institutions?|lawmakers|legislators|legislatures?|deputies|leaders|leadership|officeholders|authorities|assemblies|parliaments?)\b)|(?:won|wins?|winning) (?:\d+|a|the|an|seats|re-?election|(?:its|his|her|their) (?:[\w-]+ ){0,2}?(?:terms?|seats?|majority|mandates?|races?|elections?|reelection))\b(?!(?:\s+[\w-]+){0,3}?\s+(?:lawsuits?|cases?|appeals?|awards?|prizes?|wars?|battles?|confidence|no-confidence|censure)\b)|swept (?:\S+ ){0,4}?(?:seats|polls?|elections?|vote)\b|elections? (?:was|were) held|held (?:\w+ )?elections?|declared (?:[\w-]+ ){0,3}?(?:the )?winners?)\b/gi, nouns: /\b(?:(?:re-?)?elections?(?![\s-]+(?:laws?|code|legislation|commissions?|night|observers?|monitors?|officials?|workers?|boards?|bod(?:y|ies)|authorit(?:y|ies)|administrators?|management|tribunals?|courts?)\b)|(?<!\bopinion )polls?|vote(?<!\b(?:confidence|no-confidence|impeachment|censure) vote)(?! of (?:no[ -])?confidence)|referendum|by-elections?|runoffs?|turnout|(?:first|second|third|final|decisive) rounds?(?! of\b(?! (?:voting|balloting|the (?:[\w-]+ )?(?:vote|polls?|elections?))\b)))\b/gi },
  { type: 'appointment', verbs: /\b(?:appointed|reappointed|reshuffled|nominated|(?:approved|confirmed|endorsed)(?<=\b(?:cabinet|government|nominees?|nominations?|appointments?|ministers?)(?: \S+){0,3}? (?:was|were) (?:[a-z]+ly )?(?:approved|confirmed|endorsed))|(?:chose|picked|selected|tapped|handpicked|hand-picked)(?= (?:\S+ ){1,5}?(?:as (?:its |their |the |his |her )?(?:new |next |interim )?(?:[\w-]+ )?(?:leader|candidate|nominee|chair(?:man|woman|person)?|head|prime minister|premier|president|speaker|successor|governor|mayor)|to (?:lead|head|chair))\b)|(?:asked|invited|tasked|tapped|designated|mandated)(?= (?:\S+ ){1,7}?(?:to form|with forming) (?:a |the )?(?:new )?(?:government|cabinet)\b)|voted in (?:the |a )?(?:new )?(?:government|cabinet)\b|sworn in|swore in|installed|inaugurated|took office|approved (?:the |a )?(?:new )?(?:government|cabinet|nominees?|nominations?|appointments?)\b|took (?:up )?(?:the|his|her|their) (?:post|position|seats?|helm|reins)\b|assumed (?:the )?(?:office|presidency|premiership|post|position|helm|leadership)|filled(?= (?:\S+ ){0,3}?vacanc(?:y|ies)\b)|confirmed(?= (?:\S+ ){0,3}?(?:nominees?|appointees?|picks?)\b)|confirmed(?= (?:the |a )?(?:new |interim |transitional )?(?:cabinet|government)\b(?!['\u2019]|\s+(?:would|will|had|has|was|is|could|should|must|did)\b))|confirmed(?<=\b(?:nominees?|appointees?)(?: \S+){0,3}? (?:was|were|been) confirmed)|confirmed(?<!\b(?:results?|rulings?|decisions?|verdicts?|sentences?|convictions?|figures?|reports?|deaths?|cases?)(?: \S+){0,3}? confirmed)(?= (?:by (?:the )?(?:parliament|lawmakers|legislators|legislature|senate|assembly|national assembly|congress)|as (?:the )?(?:new )?(?:prime minister|premier|president|speaker|chief justice|head of government))\b)|named (?:as|to|the|a|an|by)\b|announced (?:the |a )?new (?:prime minister|premier|government|cabinet|ministers?|membership|members|leadership)(?!\s+(?:programs?|polic(?:y|ies)|plans?|initiatives?|strateg(?:y|ies)|measures?|budgets?|rules?|regulations?|bod(?:y|ies)|agenc(?:y|ies)))|formed (?:an? |the |its |his |her |their )?(?:[\w-]+ ){0,2}?(?:government|cabinet)(?![\s-]+(?:commissions?|committees?|bod(?:y|ies)|agenc(?:y|ies)|councils?|panels?|working groups?|task forces?)\b)|(?:became|becoming) (?:the )?(?:(?:country|nation|state|republic|party|region|city)['\u2019]s )?(?:[\w-]+ ){0,2}?(?:president|prime minister|premier|chancellor|leader|chief executive|speaker|governor|mayor))\b/gi, nouns: /\b(?:inauguration|appointments?|reshuffles?)\b/gi },
  // "Removed" only from an office: laws are removed from a code, privileges simply removed. What
  // police fire (tear gas, live ammunition, at a crowd) dismisses no one.
  { type: 'dismissal_resignation', verbs: new RegExp(String.raw`\b(?:(?<!\b(?:for|of|in|on|with|against|to|from|toward|towards) (?:the |a |its |their )?(?:[\w-]+ )?)(?:government|cabinet|coalition)(?:(?: [\w-]+){0,2}? collapsed| fell(?! (?:short|by|to|from|behind|below|into|under|silent|victim)\b))|(?:passed|won|lost|losing|approved|adopted) (?:an? |the )?(?:(?:no-confidence|censure) (?:motion|vote)|(?:motion|vote) of no[ -]confidence)|(?:lost|losing|failed to win) (?:an? |the )?(?:confidence (?:motion|vote)|(?:motion|vote) of confidence)|relieved of (?:his|her|their) (?:duties|posts?|positions?|command)|relieved(?= (?:\S+ ){1,4}?of (?:his|her|their) (?:duties|posts?|positions?|command)\b)|dismissed(?<!${MATTER_DISMISSED(DISMISSED_MATTER)})(?!${MATTER_OBJECT(DISMISSED_MATTER)}\b)|resigned|quit(?! (?:smoking|drinking|school|the country|(?:his|her|their) (?:studies|jobs?))\b)|removed (?:[\w-]+ ){0,3}?(?:from (?:(?:his|her|their|the|its) )?(?:[\w-]+ ){0,2}(?:office|posts?|positions?|power|board|cabinet|government|parliament|leadership|seats?)|as)|(?:removed|dismissed) (?:[\w-]+ ){0,3}?(?:in|by|through|after|via) (?:an? |the )?(?:[\w-]+ )?(?:no-confidence|confidence|impeachment|recall|censure) (?:votes?|motions?|ballots?|referendums?)|voted (?:\S+ ){0,3}?out of office|stepped down|stood down|announced (?:his|her|their) (?:resignation|retirement|departure|intention to (?:resign|step down))|forced to (?:resign|step down|quit)|forced (?:\S+ ){1,3}?to (?:resign|step down|quit)\b|forced (?:\S+ ){0,3}?(?:into|to take) (?:early )?retirement|fired(?!\s+(?:${FIRED_WEAPON})\b)|ousted|overthrown|overthrew|toppled|deposed|sacked|forced out|(?:left|quit) (?:the |his |her |their )?(?:ruling )?(?:party|government|cabinet|coalition)\b|dissolved the (?:board|government|cabinet))\b`, 'gi'), nouns: /\b(?:resignations?|dismissals?|ousters?|forced retirements?)\b/gi },
  { type: 'registration', verbs: new RegExp(String.raw`\b(?:deregistered|struck(?= (?:\S+ ){0,4}?off (?:the |its )?(?:register|registry|list of (?:registered )?(?:parties|organi[sz]ations|NGOs))\b)|approved (?:the |their |its )?registration|(?:party|parties|organi[sz]ations?|NGOs?|groups?|unions?|associations?|movement) (?:was|were|had been|has been) (?:[a-z]+ly )?registered|lost(?= (?:its|their|his|her) (?:\S+ ){0,2}?(?:status|registration)\b)|granted registration|registered(?= (?:\S+ ){0,4}?(?:part(?:y|ies)|candidates?|candidac(?:y|ies)|organi[sz]ations?|NGOs?|associations?|unions?)\b)|(?:approved|accepted|validated)(?= (?:the |their |his |her |its )?(?:\S+ ){0,2}?candidac(?:y|ies)\b)|granted (?:official |formal |full )?legal (?:status|recognition)|denied (?:[\w-]+ ){0,5}?registration|(?:did not|refused to) register(?! (?:\S+ ){0,3}?${GATHERING}\b)|accredited)\b`, 'gi'), nouns: /\b(?:registration)\b/gi },
  // What is declared illegal, extremist or a foreign agent is banned or restricted ("declared the
  // union's strike illegal", "designated the group an 'undesirable organization'").
  { type: 'ban_restriction', verbs: new RegExp(String.raw`\b(?:banned|disbarred|blocked|blacklisted|(?:designated|declared|labell?ed|branded|listed|registered|recogni[sz]ed)(?= (?:\S+ ){0,6}?(?:as )?(?:an? )?(?:foreign agents?|undesirable|extremist|terrorist)\b)|added(?= (?:\S+ ){0,5}?to (?:the |a |its )?(?:\S+ )?(?:register|registry|list)s? of (?:\S+ )?(?:foreign agents?|undesirable|extremist|terrorist)\b)|forcibly (?:returned|repatriated)|refouled|suppressed|(?:was|were|been) (?:[a-z]+ly )?(?:cancell?ed|called off)|throttl\w*|shut (?:down|off)|(?:taken|took|ordered|forced|pulled|knocked) (?:\S+ ){0,3}?off the air|shuttered|closed|suspended|dissolved|liquidated|outlawed|restricted|barred|prohibited|censored|deported|expelled|prevented|raided|ordered|disqualified|confiscated|cut off|refused to (?:renew|extend|grant|issue)(?= (?:\S+ ){0,3}?(?:licen[cs]es?|permits?|accreditations?|visas?)\b)|(?:refused|declined) to (?:register|authori[sz]e|approve|permit|allow|sanction)(?= (?:\S+ ){0,3}?${GATHERING}\b)|(?:rejected|annulled|invalidated|cancell?ed)(?= (?:the |his |her |their )?(?:\S+ ){0,3}?candidac(?:y|ies)\b)|stripped(?= (?:\S+ ){0,6}?of (?:(?:his|her|their|its) )?(?:citizenship|nationality|passports?|licen[cs]es?|accreditation)\b)|(?:revoked|withdrew|withdrawn)(?= (?:the |its |his |her |their )?(?:\S+ ){0,3}?(?:citizenship|nationality|passports?|licen[cs]es?|accreditations?|permits?|visas?)\b)|(?:imposed|reimposed|extended|prolonged|renewed) (?:an? |the )?(?:[\w-]+ ){0,2}?${EMERGENCY}|${EMERGENCY}(?: [\w'\u2019-]+){0,5}? (?:was|were|had been|has been|have been) (?:[a-z]+ly )?imposed|froze (?:the |their |its |his |her )?(?:[\w-]+ )?(?:assets|accounts|funds)|(?:assets|accounts|funds) (?:(?:was|were|been|had been) )?frozen|denied (?:[\w-]+ ){0,2}?(?:permission|entry|access|visas?|permits?|accreditation)|(?:declared|designated|labell?ed|branded|listed) (?:[\w'\u2019-]+ ){0,5}?(?:as )?(?:an? )?["\u201C]?(?:illegal|unlawful|extremist|terrorist|undesirable|foreign agents?))\b`, 'gi'), nouns: /\b(?:bans?|travel ban|raids?|restrictions?|sanctions|curfews?|suspension(?= of)|expulsions?|deportations?|dissolution(?= of)|(?:banning|blocking|shuttering|outlawing)(?= of\b)|(?:internet|online|network|mobile|telecommunications?|communications?|social media) (?:shutdowns?|blackouts?))\b/gi },
  // A vote to adopt or repeal (or one against) changes the law; a vote to impeach or convict does not.
  { type: 'legislation', verbs: new RegExp(String.raw`\b(?:pushed through|voted (?:against|to (?:adopt|repeal|abolish|pass|ratify|amend|enact|approve))|voted(?= (?:in|on|during) (?:\S+ ){1,3}?to (?:adopt|repeal|abolish|pass|ratify|amend|enact|approve)\b)|adopted(?!${ADOPTED_POLICY})|adopting|repealed|repealing|abolished|abolishing|passed(?! away)(?! (?:(?:the|a|an) )?(?:[\w%-]+ ){0,3}?(?:thresholds?|barriers?|milestones?|marks?|tests?|exams?)\b)|passing|signed(?! (?:an? |the |their |its )?(?:[\w-]+ ){0,2}?(?:agreements?|accords?|deals?|memorand(?:um|a)|pacts?|contracts?|ceasefires?|truces?)\b)|signing|ratified|ratifying|amended|amending|enacted|enacting|approved|introduced|re-?introduced|came into force|took effect|entered into force|vetoed|overr(?:ode|idden|iding)(?= (?:\S+ ){0,3}?vetoe?s?\b)|stripped|became (?:il)?legal|legali[sz]ed|decriminali[sz]ed|issued (?:an? )?(?:[\w-]+ )?(?:decree|executive order|ordinance)|(?:rights?|privileges?|immunity|requirements?|limits?|quotas?|provisions?|protections?)(?: [\w'\u2019-]+){0,5}? (?:was|were|had been|have been|has been) (?:[a-z]+ly )?(?:removed|revoked|eased|lifted|abolished|scrapped|restored|withdrawn|stripped))\b`, 'gi'), nouns: new RegExp(String.raw`\b(?:(?:constitutional|legal|legislative|regulatory|electoral) changes|laws?${NOT_A_LAW}|bills?|legislation|amendments?|treaty|decrees?|ordinances?|code|constitution|reforms?|(?:de)?criminali[sz]ation|legali[sz]ation|(?:presidential |constitutional )?term limits?)\b`, 'gi') },
  { type: 'policy_announcement', verbs: new RegExp(String.raw`\b(?:announced|rolled out|launched(?= (?:an? |the |its |their |his |her )?(?:(?!(?:presidential|election|electoral|reelection|re-election)\b)[\w-]+ ){0,2}?(?:campaigns?|projects?|programs?|programmes?|initiatives?|drives?|plans?|schemes?|strateg(?:y|ies))\b(?! (?:of|against (?:the )?(?:opposition|protesters|demonstrators|journalists|critics|activists)))\b)|adopted(?=${ADOPTED_POLICY})|lifted(?= (?:\S+ ){0,4}?(?:bans?|restrictions?|suspensions?|curfews?|sanctions|moratori(?:um|a)|blockades?|state of emergency|lockdowns?)\b)|(?:bans?|restrictions|curfews?|lockdowns?|sanctions)(?: [\w'\u2019-]+){0,5}? (?:was|were|had been|has been|have been) (?:[a-z]+ly )?lifted|issued (?:an? )?(?:[\w-]+ )?(?:directives?|mandates?|orders?|regulations?|instructions?|guidelines|rules)|pledged|promised|called for|proposed|unveiled|declared(?! (?:their|his|her|its|all) (?:[\w-]+ )?(?:assets|income|incomes|property|wealth|interests))|stated|emphasized|instructed)\b`, 'gi'), nouns: /\b(?:(?:lifting|easing|relaxation)(?= of)|policy|programs?|programmes?|plans?|initiatives?|projects?|strateg(?:y|ies)|(?:emergency|austerity) measures|press conferences?|anti-?corruption (?:campaign|drive)s?)\b/gi },
  { type: 'other', verbs: /\b(?:established|created|founded|published|gathered|returned|criticized|reported)\b/gi },
];

type CueKind = 'verbs' | 'nouns';

// One scan per clause finds every place where any cue of a kind starts (a lookahead, so cues
// that overlap are all found); each type's own expression is then tried there alone (sticky).
// Trying each type at those places in order, after its previous match, finds what a scan with
// that type's expression would: the same cues, at three times the speed of sixteen scans.
// Every cue starts a word: the leading \b lets the scan pass over the inside of words at once.
// V8 does not optimise an expression of more than 20 KB (its kRegExpTooLargeToOptimize): one
// expression of every verb cue grew past it and extraction took twice as long, so the cues are
// scanned in parts of at most CUE_PART characters, whose places are merged in order.
const CUE_PART = 12_000;
function cueParts(sources: string[]): string[] {
  const parts: string[][] = [[]];
  let length = 0;
  for (const source of sources) {
    if (length + source.length > CUE_PART && parts.at(-1)!.length) {
      parts.push([]);
      length = 0;
    }
    const alternative = `(?:${source})`;
    parts.at(-1)!.push(alternative);
    length += alternative.length + 1; // and its "|"
  }
  return parts.map((part) => `(?=${part.join('|')})`);
}
export const CUE_PARTS: Record<CueKind, string[]> = {
  verbs: cueParts(TYPE_CUES.map((c) => c.verbs.source)),
  nouns: cueParts(TYPE_CUES.flatMap((c) => (c.nouns ? [c.nouns.source] : []))),
};
const CUE_STARTS: Record<CueKind, RegExp[]> = {
  verbs: CUE_PARTS.verbs.map((part) => new RegExp(`\\b${part}`, 'gi')),
  nouns: CUE_PARTS.nouns.map((part) => new RegExp(`\\b${part}`, 'gi')),
};
/** The next place at or after `from` where a part's scan finds a cue's start, or -1. */
function nextStart(scan: RegExp, clause: string, from: number): number {
  scan.lastIndex = from;
  const m = scan.exec(clause);
  return m ? m.index : -1;
}
for (const cue of TYPE_CUES) for (const re of [cue.verbs, cue.nouns]) if (re && !re.source.startsWith('\\b')) throw new Error(`a cue must start a word: ${re.source}`);
const CUE_AT: Record<CueKind, (RegExp | null)[]> = {
  verbs: TYPE_CUES.map((c) => new RegExp(c.verbs.source, 'iy')),
  nouns: TYPE_CUES.map((c) => (c.nouns ? new RegExp(c.nouns.source, 'iy') : null)),
};

// The 'other' verbs ("reported", "created") say only that something happened: a cue of a type
// in the clause goes before them, however far from the date, unless another date stands between
// it and this one ("presented in 2019 and published it in 2020": the cue is the other date's).
const OTHER_RANK = TYPE_CUES.findIndex((c) => c.type === 'other');
// "a commission established in 2014 has yet to build a record of investigations", "the founder of
// a party created in 2019": a date right after a verb of founding dates the founding, whatever else
// the clause holds.
export const FOUNDED = /^(?:established|created|founded)$/;
export const FOUNDED_GAP = /^\s+(?:in|on|during)\s+(?:(?:late|early|mid)[\s-]+)?$/i;
// Where a verb's words end (nearestCue gives every cue its start).
const afterVerb = (verb: Cue) => verb.at! + verb.word.length;
const foundedAt = (clause: string, verb: Cue, start: number) => FOUNDED.test(verb.word) && verb.to === start && FOUNDED_GAP.test(clause.slice(afterVerb(verb), start));
// "Biden created a commission to study judicial reform options in 2021", "established a Truth and
// Dignity Commission to examine ... crimes": what the clause dates is the body's founding, not the
// noun of what the body is to do. The body words are written in lower case and read with a capital
// too: the expression is case-sensitive, so that a capital opens a name's word and a lower-case
// word that opens a phrase of its own ("tensions between the ministries") ends the object.
const BODIES = ['commissions?', 'committees?', 'councils?', 'courts?', 'tribunals?', 'bod(?:y|ies)', 'agenc(?:y|ies)', 'authorit(?:y|ies)', 'offices?', 'units?', 'task forces?', 'working groups?', 'funds?', 'ministr(?:y|ies)', 'part(?:y|ies)', 'movements?', 'coalitions?', 'alliances?', 'cent(?:er|re)s?', 'institutes?', 'mechanisms?', 'boards?', 'panels?'];
export const BODY_FOUNDED = new RegExp(String.raw`^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:\p{Lu}[\p{L}'\u2019-]*|and|(?!(?:of|for|to|in|on|at|with|among|between|within|into|through|across|after|before|during|by|from|against|over|under|about|as|than|while|when|where|that|which|who|whose)\s)\p{Ll}[\p{L}-]*)\s+){0,6}?(?:${BODIES.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})\b`, 'u');
const foundsBody = (clause: string, verb: Cue) => FOUNDED.test(verb.word) && BODY_FOUNDED.test(clause.slice(afterVerb(verb), afterVerb(verb) + 120));

/** Where the clause's other dates are, as [start, end) in the clause. */
type Spans = readonly (readonly [number, number])[];

interface Cue {
  type: EventType;
  distance: number;
  /** The cue's words as written, lower case (for scripts/cue-audit.ts). */
  word: string;
  from?: number;
  to?: number;
  /** Where the cue's words start. */
  at?: number;
  /** The first verb of a series the nearest one ends ("detained, tortured, and denied ... in January"). */
  series?: boolean;
}

/**
 * Which cues may type an event, by their entries in TYPE_CUES (see cueEntry: `verb:arrested`,
 * `verb:won (?:\d+|a|the|an)\b`, `noun:laws?`), `court`, `series`, `force`, `reaction`, `said by others`, `own phrase`, `named act`, `since office`, `since custody`, `publication`,
 * `about`, `lexicon` (WordNet's verbs and nouns, which no gold chose and none leaves out) or the noun a
 * year is the adjective of (`named:elections`), which of EVENT_RULES may decide what is an event
 * (`rule:trend`), which of LINK_RULES (index.ts) who it is about (`rule:pronoun`), and which words
 * of RELATION_ENTRIES (index.ts) make a person only related to it (`relation:sons?`): all when
 * absent. scripts/evaluate.ts leaves a report's gold out of the choice of cues this way;
 * scripts/rule-audit.ts turns each rule off in turn.
 */
export type CueFilter = (cue: string) => boolean;

// What cueOfType reads beyond the nearest cue (the first verb of a series, what others said, the
// noun of the date's own phrase): each writes its kind before its words (`reaction:condemned`), is
// an entry of its own to the filter, and is left out of typeByCues, the bare nearest-cue reading.
const READINGS: readonly string[] = ['series', 'reaction', 'said by others', 'own phrase'];
// The kinds named by themselves, not by a TYPE_CUES entry (force is explainType's, beside the cues).
const KIND_OF_ITS_OWN = new RegExp(`^(${[...READINGS, 'force'].join('|')}):`);

/**
 * The rules that decide whether a date makes an event, by name: those that drop one (a state
 * that lasts, a date that only points back, a forecast, the present tense, "not yet", a trend, a
 * year from context that names no kind, a year that frames a finer date typed by the same words)
 * and those that date a sentence without a date of its own (a continuation, "later", a response,
 * "he", "she" or "they" (`pronoun`) or a count of people after an event, a Key Developments
 * bullet; the sentence before's latest occurrence as the one it goes on from), the kind a relative
 * clause's antecedent names, or what follows "N years after", and the year of a bare month after a
 * sentence dated to a month of an earlier year; then the rules by which a date
 * found is no occurrence of its own (DATE_RULES).
 */
export const EVENT_RULES = ['still', 'background', 'adjective', 'forecast', 'present tense', 'state', 'not yet', 'trend', 'quantity', 'unnamed', 'one cue', 'continuation', 'later', 'responded', 'latest', 'offset', 'pronoun', 'how many', 'antecedent', 'bullet', 'years after', 'month of the sentence before', ...DATE_RULES] as const;
export type EventRule = (typeof EVENT_RULES)[number];

/** Whether a filter lets a cue type events (every cue without one). */
const permits = (allowed: CueFilter | undefined, cue: string) => allowed === undefined || allowed(cue);

/** Whether a filter lets each named rule decide (`rule:<name>`): EVENT_RULES here, LINK_RULES in index.ts. */
export const rulesOf =
  <Rule extends string>(allowed?: CueFilter) =>
  (name: Rule): boolean =>
    permits(allowed, `rule:${name}`);

// Each type's cues one entry at a time: the alternatives at the top of its expression.
const ENTRIES: Record<CueKind, { source: string; re: RegExp }[][]> = {
  verbs: TYPE_CUES.map((c) => alternatives(c.verbs)),
  nouns: TYPE_CUES.map((c) => (c.nouns ? alternatives(c.nouns) : [])),
};

/** The alternatives of /\b(?:a|b|c)\b/, each as its source and an expression that matches it whole. */
function alternatives(re: RegExp): { source: string; re: RegExp }[] {
  const inner = /^\\b\(\?:([\s\S]*)\)\\b$/.exec(re.source)?.[1] ?? re.source;
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inner.slice(from));
  return parts.map((source) => ({ source, re: new RegExp(`^(?:${source})$`, 'i') }));
}

/** The TYPE_CUES entry behind a cue as cueOfType names it (`verb:won 306` -> `verb:won (?:\d+|a|the|an)\b`); other names as they are. */
export function cueEntry(type: EventType, typeCue: string): string {
  const kind = KIND_OF_ITS_OWN.exec(typeCue);
  if (kind) return kind[1];
  const m = /^(verb|noun):(.*)$/s.exec(typeCue);
  return m ? entryOf(m[1] === 'verb' ? 'verbs' : 'nouns', TYPE_CUES.findIndex((c) => c.type === type), m[2]) : typeCue;
}

/** The name of the entry of type `rank`'s cues of a kind that matched `words`. */
function entryOf(kind: CueKind, rank: number, words: string): string {
  const prefix = kind === 'verbs' ? 'verb' : 'noun';
  // A gerund's words ("announcing its") are its past form's entry ("announced"), and so are what was voted ("voted to impeach").
  const gerund = kind === 'verbs' ? /^([a-z]{2,})ing\b(.*)$/s.exec(words) : null;
  const voted = kind === 'verbs' && !gerund ? VOTED_WORDS.exec(words) : null;
  const forms = gerund ? pastForms(gerund[1]).map((past) => past + gerund[2]) : voted ? regularPast(voted[1]).map((past) => past + voted[2]) : [];
  const entry = ENTRIES[kind][rank]?.find((e) => e.re.test(words) || forms.some((f) => e.re.test(f)));
  return `${prefix}:${entry ? entry.source : words}`;
}

const HYPHEN = 0x2d;
// The verb "be" before a participle, perhaps with an adverb ("was banned", "were quickly released"):
// a passive, or a state (BE_BEFORE, COURT_ACTS).
const BE = '(?:is|are|was|were|be|been|being) (?:\\w+ly )?';
const NEGATION = /\b(?:not|never|no)\b/i;
// "was not adopted", "had never been passed"; "no trafficking cases were prosecuted" (not "a man with no motive was").
const NEGATED = /(?:\b(?:not|never|no longer)\s+(?:(?:been|yet|be|being)\s+)*|(?<!\b(?:with|of|for|at|in|on|by|under|without)\s+)\bno\s+(?:[\w-]+\s+){0,3}(?:was|were|(?:had|has|have)\s+been)\s+)$/i;
const OWN_NOUN_GAP = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;
const DATES_JOINED = /^\s*(?:,|and|or|&|to|-|\u2013)?\s*$/;
// How far after a date (in characters, about 15 words) a noun may still type it.
export const NOUN_REACH_AFTER = 100;

interface CueSearch {
  clause: string;
  start: number;
  end: number;
  kind: CueKind;
  otherDates: Spans;
  /** Whether the clause holds "not", "never" or "no" at all (NEGATED is read only then). */
  negated: boolean;
  allowed?: CueFilter;
  best: (Cue & { rank: number; from: number; to: number; met: CueAt }) | null;
  other: Cue | null;
  found: CueAt[]; // the typed verbs met, for seriesHead
}

/** A search for the cue of a kind nearest [start, end) of a clause, with nothing weighed yet. */
function cueSearch(clause: string, start: number, end: number, kind: CueKind, otherDates: Spans, allowed?: CueFilter): CueSearch {
  return { clause, start, end, kind, otherDates, negated: kind === 'verbs' && NEGATION.test(clause), allowed, best: null, other: null, found: [] };
}

function nearestCue(clause: string, start: number, end: number, kind: CueKind, otherDates: Spans = [], allowed?: CueFilter): Cue | null {
  const search = cueSearch(clause, start, end, kind, otherDates, allowed);
  const starts = CUE_STARTS[kind];
  const matchers = CUE_AT[kind];
  const after = new Array<number>(matchers.length).fill(0); // each type's scan position
  const next = starts.map((scan) => nextStart(scan, clause, 0));
  for (;;) {
    // The nearest place any part found; each part found there looks on past it (its matches are empty).
    let a = -1;
    for (const at of next) if (at >= 0 && (a < 0 || at < a)) a = at;
    if (a < 0) break;
    for (let i = 0; i < next.length; i++) if (next[i] === a) next[i] = nextStart(starts[i], clause, a + 1);
    for (let rank = 0; rank < matchers.length; rank++) {
      const re = matchers[rank];
      if (!re || a < after[rank]) continue;
      re.lastIndex = a;
      const cue = re.exec(clause);
      if (!cue) continue;
      after[rank] = a + cue[0].length;
      const word = cue[0].toLowerCase();
      weigh(search, a, after[rank], rank, word, word);
    }
  }
  let { best } = search;
  const { other } = search;
  if (kind === 'verbs' && best && best.to === start && permits(allowed, 'series')) {
    const head = seriesHead(clause, search.found, best.met);
    if (head && head.rank !== best.rank) best = { ...best, type: TYPE_CUES[head.rank].type, word: head.word, rank: head.rank, series: true };
  }
  if (best && other && other.distance < best.distance) {
    const { from, to } = best;
    if (dateBetween(otherDates, from!, to!) || foundedAt(clause, other, start)) return other;
  }
  return best ?? other;
}

/**
 * Whether the verb `word` at `a` says that nothing happened: an adjective, joined to the word
 * before it by a hyphen ("US-accredited activities", "self-nominated candidates"; not after "--",
 * a dash typed in ASCII: "the branch--gathered deputies") or a past participle of one word after
 * an article or "of" ("charged with taking part in a banned extremist organization", "the reported
 * handover", "the release of detained protesters"; a cue of several words keeps its article, "the
 * decision was reversed"); or negated
 * ("The draft was not adopted by year's end", "if its mayor was not reelected", "no cases were
 * prosecuted"; `negated`: the clause has a negation at all).
 */
function verbSaysNothing(clause: string, a: number, word: string, negated: boolean): boolean {
  return (
    (a > 0 && clause.charCodeAt(a - 1) === HYPHEN && clause.charCodeAt(a - 2) !== HYPHEN) ||
    (PARTICIPLE.test(word) && ADJECTIVE_SLOT_BEFORE.test(clause.slice(Math.max(0, a - 8), a))) ||
    (negated && NEGATED.test(clause.slice(Math.max(0, a - 50), a)))
  );
}
const ADJECTIVE_SLOT_BEFORE = new RegExp(String.raw`${WORD_START}(?:a|an|the|of)\s+$`, 'iu');
const PARTICIPLE = /^[a-z]+ed$/;

/** The stretch of a clause between a word at [a, b) and the date at [start, end). */
const gapTo = (a: number, b: number, start: number, end: number): [number, number] => (b <= start ? [b, start] : [end, a]);

// "was ousted in April and arrested in May": a verb that opens the next of two joined predicates,
// or a clause after "before", "after", "until" or "when" and its subject ("were carried out before
// the administration imposed a moratorium in June 2021"), with a date of its own right after it,
// is that date's, however near this one.
const JOINED_BEFORE = /(?:(?:,|\band|\bbut|\bthen)\s+|\b(?:before|after|until|when)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?)(?:(?:was|were|had|has|have|been|later|then|subsequently|again|also)\s+)*$/iu;
// The verb's own complement may stand between ("but charged with defamation in July"), or nothing
// ("and arrested the following day").
const OWN_DATE_GAP = /^\s+(?:(?:(?:with|of|for)\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?(?:in|on|by|during)\s+(?:(?:late|early|mid)[\s-]+)?)?$/i;
const datedRightAfter = (clause: string, a: number, b: number, end: number, otherDates: Spans) =>
  a >= end && JOINED_BEFORE.test(clause.slice(Math.max(0, a - 40), a)) && otherDates.some(([oa]) => oa > b && oa - b <= 40 && OWN_DATE_GAP.test(clause.slice(b, oa)));

// A capitalised noun before another capitalised word is a word of a name, not what happened: "the
// Central Election Commission", "the Law and Justice party", "the Attack Helicopter Unit". The last
// word of a name is still its kind ("the Economic Reconciliation Law of 2017" is a law).
const CAPITALISED_AFTER = /^\s+(?:(?:of|and|for|on|the)\s+)?\p{Lu}/u;
// "The ruling Georgian Dream party", "the ruling PSUV": "ruling" before a name is who governs (see RULING).
const NAME_AFTER = /^\s+\p{Lu}/u;
function inProperName(clause: string, a: number, b: number): boolean {
  const first = clause.charAt(a);
  return first !== first.toLowerCase() && CAPITALISED_AFTER.test(clause.slice(b, b + 30));
}

const NO_BEFORE = /\bno\s+(?:(?:further|new|formal|such|other|more)\s+)?$/i;

// A stretch that ends inside a clause of "after", "before", ...: no comma after its word closes it
// ("In July, after the government announced ..., thousands took to the streets").
const SUBORDINATE_OPEN = /\b(?:after|before|because|since|until)\b[^,]*$/i;
// A verb after the date in a relative clause tells what its noun did or is ("adopted a transitional
// charter in October that barred its members from running"): a verb of the date's own clause comes first.
const RELATIVE_IN = /\b(?:that|which|who|whom|whose)\b/i;
// What an occurrence told as a noun is done to ("the lifting of sanctions", "the release of
// detained protesters"): the head noun says what happened, its object does not.
const OBJECT_OF_HEAD = /\b(?:lifting|easing|relaxation|release|suspension|dissolution)\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
// What an occurrence happened in spite of, after its date, is not it ("protests continued in 2023
// despite curfew rules"; "despite the decriminalization of same-sex relations in 1998" is 1998's).
const DESPITE = /\b(?:despite|in spite of|notwithstanding)\b/i;
// A date that ends its clause's subject ("The arrest of the leader in May sparked protests"): what
// the verb right after it leads to is that occurrence's outcome, read only when nothing before types it.
const OUTCOME_NEXT = /^[\s,]*(?:(?:also|quickly|immediately|soon|later|further)\s+)?(?:sparked|prompted|triggered|provoked|caused|led to|resulted in|drew|fuel(?:l)?ed|set off|touched off|spurred|galvani[sz]ed|was followed by|were followed by|put a chill on|had a chilling effect on|chilled|deterred|paved the way for|opened the way for|forced|compelled|inspired)\b/i;

/** Whether another date lies in [from, to): a cue past it is that date's. */
const dateBetween = (otherDates: Spans, from: number, to: number) => otherDates.some(([a, b]) => a >= from && b <= to);

/**
 * Whether the noun at [a, b) of a clause says nothing of the date at [start, end): it is far after
 * the date, where the clause has gone on to another matter ("In late 2021, ... the union pressed
 * him to move toward ... early elections"); another date qualifies it ("in 2015 legislative
 * elections, ... in 2017 the body was supplanted"), unless this date is written with that one ("in
 * the 2014 and 2018 elections"); it is said not to have happened ("produced no arrests", "no new
 * charges"); it is what another occurrence is done to (OBJECT_OF_HEAD); what the date's occurrence
 * happened despite; or a word of a name.
 */
function nounSaysNothing(clause: string, a: number, b: number, start: number, end: number, otherDates: Spans): boolean {
  return (
    (end > start && a - end > NOUN_REACH_AFTER) ||
    otherDates.some(([oa, ob]) => ob <= a && OWN_NOUN_GAP.test(clause.slice(ob, a)) && !(end <= oa && DATES_JOINED.test(clause.slice(end, oa)))) ||
    NO_BEFORE.test(clause.slice(Math.max(0, a - 20), a)) ||
    OBJECT_OF_HEAD.test(clause.slice(Math.max(0, a - 60), a)) ||
    (a >= end && DESPITE.test(clause.slice(end, a))) ||
    inProperName(clause, a, b)
  );
}

/** Weighs a cue found at [a, b) of the search's clause (`written`: the words its entry matched). */
function weigh(search: CueSearch, a: number, b: number, rank: number, written: string, word: string): void {
  const { clause, start, end, kind, allowed } = search;
  if (a < end && b > start) return; // the date's own words
  if (kind === 'verbs' && verbSaysNothing(clause, a, word, search.negated)) return;
  if (kind === 'nouns' && (nounSaysNothing(clause, a, b, start, end, search.otherDates) || (word === 'ruling' && NAME_AFTER.test(clause.slice(b, b + 3))))) return;
  if (datedRightAfter(clause, a, b, end, search.otherDates)) return;
  if (allowed && !allowed(entryOf(kind, rank, written))) return;
  const [from, to] = gapTo(a, b, start, end);
  // A verb after the date behind "after", "before", "because", "since" or "until" tells another
  // occurrence than the date's: any verb of the date's own clause is nearer ("appointed a new prime
  // minister in June after the previous one resigned", "was kidnapped in July before being released"),
  // and so does one in a relative clause (RELATIVE_IN). So does a cue behind a verb of what the
  // date's occurrence led to (OUTCOME_NEXT).
  const gapAfter = a >= end ? clause.slice(end, a) : null;
  const behind = gapAfter !== null && ((kind === 'verbs' && (SUBORDINATE_OPEN.test(gapAfter) || RELATIVE_IN.test(gapAfter))) || OUTCOME_NEXT.test(gapAfter));
  const distance = to - from + (behind ? clause.length : 0);
  if (rank === OTHER_RANK) {
    if (!search.other || distance < search.other.distance) search.other = { type: 'other', distance, word, from, to, at: a };
    return;
  }
  const met = { a, b, rank, word };
  if (kind === 'verbs') search.found.push(met);
  const { best } = search;
  if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) {
    search.best = { type: TYPE_CUES[rank].type, distance, word, rank, from, to, at: a, met };
  }
}

// A verb cue's -ing form is the same verb where it says what someone did: after "by", a comma or
// "with" and its subject, perhaps with an adverb ("responded by announcing its closure", "by
// effectively banning the parties", "with the speaker prohibiting recording"), not after a noun it
// describes ("a petition calling for", "rules barring"). It types only a clause that no verb or
// noun types: "arrested them in May, charging them with ..." is the arrest's. The past forms it may
// come from are tried on the words after it, so a cue of several words keeps its own conditions. A
// gerund that is itself a noun cue ("killing") or follows a determiner ("with the banning of") is
// the nouns' to read.
const GERUND = /(?:\b[Bb]y|,|\b[Ww]ith(?:\s+(?:the|its|their|his|her))?(?:\s+[\p{L}\p{M}\p{N}_'\u2019]+){1,2})(?:\s+[a-z]+ly)?\s+([a-z]{2,})ing\b(?!-)/gu;
const DETERMINER_BEFORE = new RegExp(String.raw`${WORD_START}(?:the|a|an|its|their|his|her|this|that|these|those)\s+$`, 'iu');
// Whether a verb cue starts at a probe's first character: the scan's own expressions, whose first
// match must be there (sticky copies would compile the 20 KB of cues once more in every process).
const verbCueAtStart = (probe: string) => CUE_STARTS.verbs.some((scan) => nextStart(scan, probe, 0) === 0);

/** The past forms a gerund's stem may have: "announc" -> "announced", "bann" -> "banned", "shutt" -> "shut". */
function pastForms(stem: string): string[] {
  const single = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return [...new Set([`${stem}ed`, single, stem, stem.replace(/y$/, 'ied')])];
}

// What a body voted to do is what it did, typed as the verb's past would be: "the House voted to
// impeach Trump", "lawmakers voted to approve a state of emergency", "voted to remove the speaker from office".
// So is what someone attempted, sought, threatened, decided or went on to do: "police attempted to arrest
// him", "an attempt to block WhatsApp", "threatened to shut down the paper", "the decision to dismiss the premier".
const VOTED = String.raw`(?:voted|attempt(?:ed|s)?|tried|sought|threatened|decided|decision|moved|continued|managed)\s+(?:[a-z]+ly\s+)?to\s+([a-z]{2,})\b`;
const VOTED_TO = new RegExp(`\\b${VOTED}`, 'g');
const VOTED_WORDS = new RegExp(`^${VOTED}(.*)$`, 's');

/** The regular past forms of a verb: "ban" -> "banned", "kidnap" -> "kidnaped", "kidnapped", "free" -> "freed". */
export function regularPast(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}d`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`];
  // After q, u is a consonant ("acquit", "equip").
  const sounds = lemma.replace(/qu/g, 'q');
  if (!/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(sounds)) return [`${lemma}ed`];
  // A final consonant after one vowel doubles in a word of one syllable; in a longer one it depends on the stress.
  const doubled = `${lemma}${lemma.at(-1)}ed`;
  return (sounds.match(/[aeiouy]+/g) ?? []).length === 1 ? [doubled] : [`${lemma}ed`, doubled];
}

// The clause read last and its -ing forms: the listed verbs' reading and WordNet's ask for the same clause in turn.
let gerundsRead: { clause: string; found: [RegExpExecArray, number][] } = { clause: '', found: [] };

/** The -ing forms of a clause that say what someone did (see GERUND): each match and where its word starts. */
function gerundsOf(clause: string): readonly [RegExpExecArray, number][] {
  if (gerundsRead.clause === clause) return gerundsRead.found;
  const found: [RegExpExecArray, number][] = [];
  for (const m of clause.matchAll(GERUND)) {
    const b = m.index + m[0].length;
    const a = b - m[1].length - 3;
    if (DETERMINER_BEFORE.test(m[0].slice(0, a - m.index))) continue;
    if (CUE_AT.nouns.some((re) => re !== null && ((re.lastIndex = a), re.exec(clause)?.[0].length === b - a))) continue;
    found.push([m, a]);
  }
  gerundsRead = { clause, found };
  return found;
}

// A condition is no occurrence: "warned the court of chaos if it attempted to block his bid".
const CONDITION_BEFORE = /\b(?:if|unless|whether)\s+(?:\S+\s+){0,3}$/i;

/** The infinitives after "voted to", "attempted to" and the like, outside a condition: each match, where it starts, and its verb's past forms. */
function infinitivesOf(clause: string): (readonly [RegExpExecArray, number, string[]])[] {
  return [...clause.matchAll(VOTED_TO)].filter((m) => !CONDITION_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index))).map((m) => [m, m.index, regularPast(m[1])] as const);
}

/**
 * The typed infinitive after "voted to", "attempted to" and the like (VOTED_TO), or the typed
 * gerund (GERUND), nearest the date: what someone set out to do is a verb, and goes before a noun
 * of another type no nearer the date ("in 2017 police continued to deny permission for rallies";
 * in "attempted to arrest" the noun is the same word); a gerund types only what nothing else does.
 */
function nearestVerbForm(clause: string, start: number, end: number, form: 'infinitive' | 'gerund', allowed?: CueFilter): Cue | null {
  const search = cueSearch(clause, start, end, 'verbs', [], allowed);
  const verbForms = form === 'gerund' ? gerundsOf(clause).map(([m, a]) => [m, a, pastForms(m[1])] as const) : infinitivesOf(clause);
  for (const [m, a, forms] of verbForms) {
    const b = m.index + m[0].length;
    const rest = clause.slice(b, b + 80);
    for (const past of forms) {
      const probe = past + rest;
      if (!verbCueAtStart(probe)) continue;
      const rank = CUE_AT.verbs.findIndex((re) => re !== null && ((re.lastIndex = 0), re.exec(probe) !== null && re.lastIndex >= past.length));
      if (rank < 0) continue;
      const length = CUE_AT.verbs[rank]!.lastIndex;
      const cueEnd = b + length - past.length;
      weigh(search, a, cueEnd, rank, probe.slice(0, length).toLowerCase(), clause.slice(a, cueEnd).toLowerCase());
      break;
    }
  }
  return search.best;
}

interface CueAt {
  a: number;
  b: number;
  rank: number;
  word: string;
}

// Verbs in a series share its date: "Security forces illegally detained, tortured, and denied legal
// representation to hundreds ... in January 2022", "were detained, disappeared, or criminally
// charged during 2022". The first is what happened (both gold events are arrests); the one
// nearest the date is only the last of the list. An adverb of sequence ends the series: "was
// arrested and subsequently sentenced in March" tells two occurrences apart.
const SERIES_JOINT = /(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?!(?:subsequent|eventual|final|ultimate|previous|initial|former|recent|immediate|short|present)ly\b)\p{Ll}+ly\s+)?$/u;
const PAST_VERB_BEFORE = /\b\p{Ll}+ed$/u;

/** The first typed verb of the series of verbs that `last` ends, if it is not `last`. */
function seriesHead(clause: string, found: readonly CueAt[], last: CueAt): CueAt | null {
  let at: CueAt | undefined = last;
  let head: CueAt | null = null;
  while (at) {
    const joint = SERIES_JOINT.exec(clause.slice(0, at.a));
    if (!joint) break;
    const cue = found.find((f) => f.b === joint.index);
    if (cue) {
      head = at = cue;
      continue;
    }
    // An untyped verb in the series ("disappeared") passes it on.
    const verb = PAST_VERB_BEFORE.exec(clause.slice(0, joint.index));
    at = verb ? { a: verb.index, b: joint.index, rank: -1, word: verb[0] } : undefined;
  }
  return head;
}

// A court that decides: what it declares, orders or bans is a ruling, whatever the verb's own type
// ("the Supreme Court ordered the party dissolved", "the court declared privacy a right"). The
// court must be the one acting: no "that" or "which" between it and the verb ("court orders that
// require the blocking of websites found ..."), and not the one a passive verb is done to ("five
// judges were suspended", BE before the verb). Its decision, told as the court's ("the court's
// decision in May to uphold the ban"), is one too.
const COURT_ACTS = new RegExp(`\\b(?:court|tribunal|judges?|justices|judiciary)\\b(?:(?!\\b(?:that|which|who|whose)\\b)[^.;]){0,60}?\\b(?<!\\b${BE})(?<!\\b(?:a|an|the|its|their) )(?:declared|ordered|determined|found|rejected|blocked|allowed|sided|decided|stripped|limited|confirmed|halted|suspended|dismissed|struck down|overturned|annulled|upheld|invalidated|banned|threw out|reinstated|nullified|voided|decriminali[sz]ed|legali[sz]ed|(?<=\\b(?:court|tribunal|judges?|justices)['\u2019]s? )decisions?)\\b`, 'gi');
/** Whether a court acts in the date's part of the clause: no other date stands between them ("dissolved the association in October 2022, and in 2023 the Supreme Court banned ..."). */
function courtActs(clause: string, start: number, end: number, otherDates: Spans): boolean {
  for (const m of clause.matchAll(COURT_ACTS)) {
    const to = m.index + m[0].length;
    if (!dateBetween(otherDates, Math.min(end, to), Math.max(start, m.index))) return true;
  }
  return false;
}
// "A 2018 Supreme Court decision": the date's own noun is a court's decision.
const COURT_DECISION_AFTER = /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}[Cc]ourt(?:['\u2019]s)?\s+(?:decision|ruling)s?\b/u;
// A law by its name: "the 2009 NGO Act", "the Right to Information (RTI) Act" (case matters: "an act of violence").
const NAMED_ACT = /\b\p{Lu}[\p{L}()-]*\s+Act\b/u;
// Protests met with force: the occurrence is the force ("police used excessive force against
// protests", "rallies were met with harsh repression", "moved ... violently, to quash the
// protests", "was violently disrupted when a crowd marched").
// What police use on a crowd.
const FORCE_TOOLS = 'tear gas|water cannons?|pepper spray|stun grenades?|birdshot|live ammunition|rubber bullets';
const FORCE_AGAINST = new RegExp(`\\b(?:repression|repressed|excessive force|violently|crackdowns?|cracked down|quash(?:ed)?|${FORCE_TOOLS}|dispersed)\\b`, 'i');
// Force itself, where no cue says what else happened ("police used tear gas and batons to break up a march"):
// not repression or a crackdown, which name a climate as often as an act.
const FORCE_USED = new RegExp(`\\b(?:excessive force|violently|${FORCE_TOOLS})\\b`, 'i');
// A date that is a publication's: "a 2022 report", "An October 2019 report by", "the State
// Department's 2019 Trafficking in Persons Report", "figures released by the commission in April
// 2019", "statistics for 2020, released in October 2021". What happened then is the publishing,
// whatever the findings it reports ("17 people died per day"), which have dates of their own.
// (Case matters: the words between the date and the noun are a publisher's name.)
const PUBLICATION_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}'\u2019&.-]*|of|on|in|for|the|and))*?\s+(?:[Rr]eport|[Ss]urvey|[Ss]tudy|[Cc]ensus)s?\b/u;
const PUBLICATION_BEFORE = /\b(?:reports?|figures|statistics|data|survey|study|findings)\b[^.;]{0,60}?\b(?:released|published|issued)\b(?:(?!\b(?:who|which|that|was|were)\b)[^.;]){0,50}?\b(?:in|on)\s+(?:(?:early|mid|late)[-\s]+)?$/i;
const POSSESSIVE_BEFORE = /['\u2019]s?\s+$/;
function isPublicationDate(clause: string, start: number, end: number): boolean {
  const before = clause.slice(Math.max(0, start - 20), start);
  // The article's 20 characters first: most dates follow "in", and the report's words need not be read.
  const ownsTheReport = (DETERMINER_BEFORE.test(before) || POSSESSIVE_BEFORE.test(before)) && PUBLICATION_AFTER.test(clause.slice(end, end + 120));
  return ownsTheReport || PUBLICATION_BEFORE.test(clause.slice(Math.max(0, start - 160), start));
}
const YIELDS_TO_COURT: ReadonlySet<EventType> = new Set(['other', 'policy_announcement', 'legislation', 'ban_restriction', 'dismissal_resignation', 'charge_prosecution']);

/** The type and what decided it (`typeCue`): `verb:<words>`, `series:<words>`, `noun:<words>`, `court`, `force:<words>`, `named act`, `publication`, `lexicon:<word>` or `none`. */
const NOUN_TYPED = /^(?:noun|own phrase):/;

export function explainType(clause: string, start: number, end: number, otherDates: Spans = [], allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> {
  if (end > start && permits(allowed, 'publication') && isPublicationDate(clause, start, end)) return { type: 'other', typeCue: 'publication' };
  const byCues = cueOfType(clause, start, end, otherDates, allowed);
  if (YIELDS_TO_COURT.has(byCues.type) && permits(allowed, 'court') && (courtActs(clause, start, end, otherDates) || COURT_DECISION_AFTER.test(clause.slice(end)))) return { type: 'court_ruling', typeCue: 'court' };
  // Force against a protest, or force alone where no cue typed the clause.
  const forceWords = byCues.type === 'protest' ? FORCE_AGAINST : byCues.typeCue === 'none' ? FORCE_USED : null;
  const force = forceWords && permits(allowed, 'force') ? forceWords.exec(clause) : null;
  if (force) return { type: 'violence', typeCue: `force:${force[0].toLowerCase()}` };
  if (byCues.type === 'other' && byCues.typeCue === 'none' && permits(allowed, 'named act') && NAMED_ACT.test(clause)) return { type: 'legislation', typeCue: 'named act' };
  // WordNet's verbs come after the listed verbs and, as verbs do, before the nouns.
  if ((byCues.typeCue === 'none' || NOUN_TYPED.test(byCues.typeCue)) && permits(allowed, 'lexicon')) return lexiconCue(clause, start, end, otherDates) ?? byCues;
  return byCues;
}

// Verbs of each type from WordNet 3.1 (scripts/wordnet-lexicon.ts: general English, not the
// annotated reports' words), for clauses no listed verb types: "gunmen massacred 30 villagers in May".
const LEXICON: ReadonlyMap<string, EventType> = new Map(Object.entries(WORDNET.forms as Record<string, EventType>));
// The past forms the verb cues read only under conditions of their own ("released" not of a
// report, "elected" not before "officials", "was accused"): where a condition fails, they type nothing.
// (A word an optional prefix may open, "(?:re-?)?arrested", is read as it stands.)
const plainCue = (source: string) => /^[a-z-]+$/.test(source.replace(/\(\?:[^()]*\)\?/g, ''));
const PLAIN_CUES = new Set(ENTRIES.verbs.flat().filter((e) => plainCue(e.source)).flatMap((e) => e.source.match(/[a-z]+ed\b/g) ?? []));
const CONDITIONED = new Set(ENTRIES.verbs.flat().flatMap((e) => e.source.match(/[a-z]+ed\b/g) ?? []).filter((word) => !PLAIN_CUES.has(word)));
// A word's forms are regular pasts (scripts/wordnet-lexicon.ts): only words in -ed are looked up.
const PAST_WORD = /\b[a-z]+ed\b/g;
// A phrase's are its head's past and the rest ("gunned down", "left office", "put to death"), read as
// written, but not before "of", where the particle opens a preposition ("walked out of prison").
const LEXICON_PHRASES = new RegExp(
  `\\b(?:${[...LEXICON.keys()].filter((form) => form.includes(' ')).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((form) => form.replace(/ /g, '\\s+')).join('|')})\\b(?!\\s+of\\b)`,
  'g',
);

/**
 * The type WordNet gives the past form nearest the date, unless an article or a hyphen makes it an
 * adjective ("the incarcerated population", "self-nominated"), it is negated or held back ("will
 * be banned"), or another date stands between them (it is that date's, as a cue would be).
 */
function lexiconCue(clause: string, start: number, end: number, otherDates: Spans): Pick<EventDraft, 'type' | 'typeCue'> | null {
  let best: { type: EventType; word: string; distance: number } | null = null;
  let negated: boolean | undefined; // asked only once a word of the lexicon stands in the clause
  // A phrase is read as its head is ("was gunned down", not "the gunned down reporter"); the cues'
  // conditions on a head ("passed": not "passed away") are not its own.
  const consider = (m: RegExpExecArray, word: string, head: string, conditioned: boolean) => {
    const type = LEXICON.get(word);
    const a = m.index;
    const b = a + m[0].length;
    if (!type || conditioned || (a < end && b > start)) return;
    const [from, to] = gapTo(a, b, start, end);
    if (best && best.distance <= to - from) return;
    negated ??= NEGATION.test(clause);
    if (dateBetween(otherDates, from, to) || datedRightAfter(clause, a, b, end, otherDates) || verbSaysNothing(clause, a, head, negated) || DETERMINER_BEFORE.test(clause.slice(Math.max(0, a - 8), a)) || heldBack(clause, a, head)) return;
    best = { type, word, distance: to - from };
  };
  for (const m of clause.matchAll(PAST_WORD)) consider(m, m[0], m[0], CONDITIONED.has(m[0]));
  for (const m of clause.matchAll(LEXICON_PHRASES)) {
    const phrase = m[0].replace(/\s+/g, ' ');
    consider(m, phrase, phrase.slice(0, phrase.indexOf(' ')), false);
  }
  // Its verbs' -ing forms where a listed verb's would type ("..., fining it over 660 million
  // forints", "by ambushing the convoy"): see GERUND.
  for (const [m, a] of gerundsOf(clause)) {
    const b = m.index + m[0].length;
    const past = pastForms(m[1]).find((form) => LEXICON.has(form) && !CONDITIONED.has(form));
    if (!past || (a < end && b > start)) continue;
    const [from, to] = gapTo(a, b, start, end);
    if ((best && best.distance <= to - from) || dateBetween(otherDates, from, to)) continue;
    best = { type: LEXICON.get(past)!, word: clause.slice(a, b).toLowerCase(), distance: to - from };
  }
  return best && { type: best.type, typeCue: `lexicon:${best.word}` };
}

/** The type the cues nearest the date give (explainType adds what a court decides and a named act; a series' first verb, and who said it, are left out). */
export function typeByCues(clause: string, start: number, end: number, otherDates: Spans = []): EventType {
  return cueOfType(clause, start, end, otherDates, (cue) => !READINGS.includes(cue)).type;
}

// "Rights groups condemned the arrests", "observers praised the poll's administration": what others
// said of an occurrence is the event, not the occurrence its object names (other to the annotators
// of FIW 2018 Venezuela, 2019 India, 2020 Brazil and Hungary, 2022 Tunisia). In the passive ("the
// law was criticized by"), the subject is the occurrence and types the clause; and a date after a
// verb of the object's own ("criticized the travel bans imposed in July") dates that verb's occurrence.
const REACTION = /\b(?:criticized|criticised|condemned|denounced|decried|deplored|objected to|praised|welcomed|lamented|slammed)\b(?! by\b)/gi;
function reactionIn(clause: string, start: number): RegExpExecArray | undefined {
  for (const m of clause.matchAll(REACTION)) {
    const b = m.index + m[0].length;
    if (!BE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index)) && !(b <= start && PAST_WORD_IN.test(clause.slice(b, start)))) return m;
  }
  return undefined;
}

// A policy is the state's: what anyone else announces, calls for or pledges ("the UN Working Group
// called for the release of", "a member of parliament called for a ban": other to FIW 2024
// Kazakhstan's annotators) is what was said. The subject is read back from the verb to the
// clause's opening or a comma; an office of the state in it ("deputy prime minister") keeps the policy.
const SAID_POLICY = /^(?:announced|called for|pledged|promised|stated|emphasized|declared)\b/;
const NON_STATE = /\b(?:opposition|United Nations|rapporteurs?|working group|NGOs?|nongovernmental|(?:human )?rights (?:groups?|organi[sz]ations?|activists?|defenders?|advocates?|watchdogs?)|Human Rights Watch|Amnesty International|civil society|activists?|observers?|monitors?|journalists?|bishops?|clergy|church|unions?|lawmakers?|legislators?|deputy|deputies|MPs?|members?|senators?)\b/i;
const UN = /\bU\.?N\.?(?=\s)/; // in capitals only: "un" is no body
const STATE = /\b(?:president|prime minister|premier|government|administration|ministry|minister|authorities|officials|cabinet|commission|king|emir|sultan|governor|mayor|speaker|junta)\b/i;
const spokenByOthers = (clause: string, at: number) => {
  const subject = clause.slice(0, at).split(/[,;:]/).at(-1)!;
  return (NON_STATE.test(subject) || UN.test(subject)) && !STATE.test(subject);
};

// "a deadly bombing in the capital at the end of May, with protesters demanding ...": a noun past the
// comma that closes the date's phrase yields to a noun of that phrase, before the date.
function ownPhraseNoun(clause: string, start: number, end: number, noun: Cue, otherDates: Spans, allowed?: CueFilter): Cue | null {
  if (noun.at === undefined || noun.at < end || !/^\s*,/.test(clause.slice(end, noun.at))) return null;
  const from = clause.lastIndexOf(',', start - 1) + 1;
  const local = otherDates.filter(([a, b]) => a >= from && b <= end).map(([a, b]) => [a - from, b - from] as const);
  return nearestCue(clause.slice(from, end), start - from, end - from, 'nouns', local, allowed);
}

function cueOfType(clause: string, start: number, end: number, otherDates: Spans, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> {
  const verb = nearestCue(clause, start, end, 'verbs', otherDates, allowed);
  if (verb?.type === 'policy_announcement' && !verb.series && SAID_POLICY.test(verb.word) && permits(allowed, 'said by others') && spokenByOthers(clause, verb.at!)) return { type: 'other', typeCue: `said by others:${verb.word}` };
  if (verb && verb.type !== 'other') return { type: verb.type, typeCue: `${verb.series ? 'series' : 'verb'}:${verb.word}` };
  if (verb && (foundedAt(clause, verb, start) || foundsBody(clause, verb))) return { type: 'other', typeCue: `verb:${verb.word}` };
  const noun = nearestCue(clause, start, end, 'nouns', otherDates, allowed);
  const reaction = permits(allowed, 'reaction') ? reactionIn(clause, start) : undefined;
  if (reaction && !(noun && noun.at! < reaction.index)) return { type: 'other', typeCue: `reaction:${reaction[0].toLowerCase()}` };
  // A verb that says only that something happened ("reported") yields to a noun that says
  // what, unless the noun is another date's ("passed the bill in 2019 and published rules in 2020").
  const infinitive = nearestVerbForm(clause, start, end, 'infinitive', allowed);
  if (infinitive && !(noun && (noun.distance < infinitive.distance || noun.type === infinitive.type))) return { type: infinitive.type, typeCue: `verb:${infinitive.word}` };
  if (noun && verb && verb.distance < noun.distance && dateBetween(otherDates, noun.from!, noun.to!)) return { type: 'other', typeCue: `verb:${verb.word}` };
  const own = noun && permits(allowed, 'own phrase') ? ownPhraseNoun(clause, start, end, noun, otherDates, allowed) : null;
  if (own) return { type: own.type, typeCue: `own phrase:${own.word}` };
  if (noun) return { type: noun.type, typeCue: `noun:${noun.word}` };
  const gerund = nearestVerbForm(clause, start, end, 'gerund', allowed);
  if (gerund) return { type: gerund.type, typeCue: `verb:${gerund.word}` };
  return verb ? { type: verb.type, typeCue: `verb:${verb.word}` } : { type: 'other', typeCue: 'none' };
}

export function hasVerbCue(clause: string, start: number, end: number): boolean {
  return nearestCue(clause, start, end, 'verbs') !== null;
}

// English verbs whose past tense does not end in -ed (most of them differ from the present), each
// as base:past, so that scripts/wordnet-lexicon.ts can put WordNet's phrases in the past ("leave office").
const IRREGULAR_PAIRS = `arise:arose awake:awoke be:was be:were bear:bore beat:beat become:became begin:began bend:bent bite:bit blow:blew break:broke
bring:brought build:built burn:burned burn:burnt buy:bought catch:caught choose:chose cling:clung come:came creep:crept deal:dealt
dig:dug do:did draw:drew dream:dreamt drink:drank drive:drove eat:ate fall:fell feed:fed feel:felt fight:fought find:found
flee:fled fling:flung fly:flew forbid:forbade forget:forgot forgive:forgave freeze:froze get:got give:gave go:went grind:ground
grow:grew hang:hung have:had hear:heard hide:hid hold:held kneel:knelt know:knew lay:laid lead:led leap:leapt learn:learnt
leave:left lend:lent lie:lay light:lit lose:lost make:made mean:meant meet:met mistake:mistook pay:paid prove:proved ride:rode
ring:rang rise:rose run:ran say:said see:saw seek:sought sell:sold send:sent set:set sew:sewed shake:shook shine:shone shoot:shot
shut:shut sing:sang sink:sank sit:sat sleep:slept slide:slid sling:slung speak:spoke speed:sped spend:spent spin:spun spit:spat
split:split spread:spread spring:sprang stand:stood steal:stole stick:stuck sting:stung stink:stank stride:strode strike:struck
strive:strove swear:swore sweep:swept swim:swam swing:swung take:took teach:taught tear:tore tell:told think:thought throw:threw
thrust:thrust tread:trod understand:understood undertake:undertook undergo:underwent uphold:upheld overcome:overcame
overrun:overran oversee:oversaw overtake:overtook overthrow:overthrew override:overrode mislead:misled retake:retook
rewrite:rewrote withdraw:withdrew withhold:withheld withstand:withstood wake:woke wear:wore weave:wove weep:wept win:won
wind:wound write:wrote rebuild:rebuilt reelect:reelected quit:quit put:put`.split(/\s+/).map((pair) => pair.split(':') as [string, string]);
// "put" is no past to the readers of tense: it is as often the present ("the efforts put pressure on").
const IRREGULAR_PAST = IRREGULAR_PAIRS.flatMap(([base, past]) => (base === 'put' ? [] : [past]));
/** An irregular verb's past ("leave" -> "left"; the first where it has two: "be" -> "was", "burn" -> "burned"). */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map([...IRREGULAR_PAIRS].reverse());
const IRREGULAR = new Set(IRREGULAR_PAST);
// A past verb, regular or not, as an alternation for the expressions below.
const PAST_VERB = `[a-z]+ed|${IRREGULAR_PAST.join('|')}`;
// A verb in the past, not a participle after an article or "of" that describes a noun ("the detained journalists").
const PAST_WORD_IN = new RegExp(`(?<![\\w-])(?<!\\b(?:the|a|an|its|their|his|her|of)\\s)(?:${PAST_VERB})\\b`);

// Nouns of each type from WordNet 3.1 (scripts/wordnet-lexicon.ts), for the dates that nothing else
// types once what is an event is decided: "a wave of lynchings swept the north in 2019", "a walkout
// by dockworkers in March".
const NOUN_LEXICON: ReadonlyMap<string, EventType> = new Map(Object.entries(WORDNET_NOUNS.nouns as Record<string, EventType>));
// Looked up word by word (one expression of 600 alternatives, tried at every word, costs more):
// each first word with the phrases it opens, longest first ("hunger strike" before "hunger"), and
// the expression that reads each phrase's words after any space.
const NOUNS_BY_FIRST_WORD = new Map<string, { noun: string; written: RegExp | null }[]>();
for (const noun of [...NOUN_LEXICON.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  const words = noun.split(' ');
  const written = words.length > 1 ? new RegExp(`${words.join('\\s+')}(?![\\p{L}-])`, 'iuy') : null;
  const opened = NOUNS_BY_FIRST_WORD.get(words[0]);
  if (opened) opened.push({ noun, written });
  else NOUNS_BY_FIRST_WORD.set(words[0], [{ noun, written }]);
}
// A word: letters and hyphens, so that "walkout-related" and "anti-arrest" are not the lexicon's nouns.
const WORD = /(?<![\p{L}-])\p{L}[\p{L}-]*/gu;

/** The lexicon's nouns in a clause: where each starts, its length as written and the noun as the lexicon writes it. */
function lexiconNounsIn(clause: string): { a: number; length: number; noun: string }[] {
  const found: { a: number; length: number; noun: string }[] = [];
  for (const m of clause.matchAll(WORD)) {
    for (const { noun, written } of NOUNS_BY_FIRST_WORD.get(m[0].toLowerCase()) ?? []) {
      if (!written) {
        if (noun.length === m[0].length) found.push({ a: m.index, length: noun.length, noun });
        continue;
      }
      written.lastIndex = m.index;
      const phrase = written.exec(clause);
      if (phrase) {
        found.push({ a: m.index, length: phrase[0].length, noun });
        break;
      }
    }
  }
  return found;
}

// A noun before a noun is its modifier, not what happened ("the ruling party", "voting machines",
// "riot police"): only a noun that ends its phrase counts, before punctuation, a word of the closed
// classes or a verb in the past ("the walkout by dockworkers", "the strike that", "lynchings swept").
const MODIFIER_AFTER = new RegExp(
  String.raw`^\s+(?!(?:of|in|on|at|by|for|with|against|over|under|to|from|into|onto|upon|about|across|after|before|during|since|until|amid|among|between|through|throughout|following|despite|without|within|near|outside|inside|that|which|who|whom|whose|where|when|while|as|than|and|or|but|nor|so|yet|if|because|although|though|was|were|is|are|be|been|being|had|has|have|did|does|do|would|will|could|can|should|may|might|must|also|again|then|later|still|not|never|itself|themselves|${IRREGULAR_PAST.join('|')})\b)(?:\p{Lu}|[a-z]+(?<!ed)\b(?!-))`,
  'u',
);

// A noun inside quotation marks is a word someone said ("calling the situation “an ongoing
// genocide”"): what happened is the saying.
const marksIn = (text: string, mark: string) => text.split(mark).length - 1;
const quoted = (clause: string, a: number) => {
  const before = clause.slice(0, a);
  return marksIn(before, '\u201C') > marksIn(before, '\u201D') || marksIn(before, '"') % 2 === 1;
};

/**
 * The type WordNet gives the noun nearest the date, read as a listed noun is (nounSaysNothing; "the
 * Violence Against Women Act" is a law, not violence), not past another date, not another noun's
 * modifier (MODIFIER_AFTER), not a word quoted.
 */
function lexiconNounCue(clause: string, start: number, end: number, otherDates: Spans): Pick<EventDraft, 'type' | 'typeCue'> | null {
  let best: { type: EventType; word: string; distance: number } | null = null;
  for (const { a, noun, length } of lexiconNounsIn(clause)) {
    const b = a + length;
    if (a < end && b > start) continue;
    const [from, to] = gapTo(a, b, start, end);
    if (best && best.distance <= to - from) continue;
    if (dateBetween(otherDates, from, to) || nounSaysNothing(clause, a, b, start, end, otherDates) || MODIFIER_AFTER.test(clause.slice(b, b + 30)) || quoted(clause, a)) continue;
    best = { type: NOUN_LEXICON.get(noun)!, word: noun, distance: to - from };
  }
  return best && { type: best.type, typeCue: `lexicon:${best.word}` };
}

// A clause with no subject of its own: it opens with a verb ("..., and was arrested in February").
const VERB_FIRST = new RegExp(`^\\s*(?:(?:and|but|then|later|subsequently)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:has|have|had|is|are|was|were|been|would|could|${PAST_VERB})\\b`, 'u');
/** Whether a clause opens with its verb: its subject is the sentence's, left out. */
export const opensWithVerb = (clause: string) => VERB_FIRST.test(clause);

// ", and" before a clause of its own, with a subject and a past verb, regular or not ("the
// deal collapsed in December, and the premier went back to a caretaker role", "and she went
// on to win"): not a list of nouns ("journalists, activists, and lawyers were arrested") nor of
// verbs ("detained, tortured, and denied").
const AND = ', and ';
// The subject may hold a name set off by commas ("and his newspaper, Apple Daily, was forced to close").
const SUBJECT_WORD = String.raw`[\p{L}\p{M}'\u2019-]+`;
const NAME_WORD = String.raw`[\p{L}\p{M}\p{N}'\u2019.-]+`;
const AND_CLAUSE_AFTER = new RegExp(`(?:${SUBJECT_WORD} ){1,6}?(?:${PAST_VERB})\\b|(?:${SUBJECT_WORD} ){0,5}${SUBJECT_WORD}, (?:${NAME_WORD} ){0,4}${NAME_WORD}, (?:${PAST_VERB})\\b`, 'yu');
// A sentence that opens with a concession, up to the comma that ends it (see splitClauses).
const CONCESSION_FIRST = /^(?:While|Although|Though|Whereas|Even though)\b[^,;]{3,200}?(,\s+)/;

interface Clause {
  start: number;
  end: number;
}

/**
 * Clauses of a sentence, so that a date goes with its own verb: parts split at ";", at ", but" /
 * ", while" / " after ", and at ", and" before a clause of its own; relative clauses (", who ...
 * ," up to a comma or a dash, however a copy types it: "Ashraf Ghani, ..., who took 32
 * percent—faced off in June", "--", " - ", " – ") cut out of the clause around them.
 */
export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  const relative = /,\s+(?:who|whom|which|whose|where)\b(?:(?!--|\s[-\u2013]\s)[^,;\u2014])*(?:[,\u2014]|--|\s[-\u2013]\s|$)/g;
  const holes: Clause[] = [];
  for (const m of sentence.matchAll(relative)) {
    holes.push({ start: m.index, end: m.index + m[0].length });
    clauses.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(RESTRICTIVE)) {
    if (COUNT_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = relativeEnd(sentence, m.index + m[0].length);
    holes.push({ start: m.index, end });
    clauses.push({ start: m.index, end });
  }
  const boundary = /;\s+|,\s+(?:but|while|whereas|although|though)\s+|\s+(?:after|before|because|although|though)\s+(?=\p{Ll}+\s+(?:was|were|had|has|is)\b)/gu;
  const bounds: [number, number, boolean][] = [...sentence.matchAll(boundary)].map((m) => [m.index, m.index + m[0].length, false]);
  // "While the decision was reversed days later, it set off a conflict ... culminating in elections
  // in July": a sentence that opens with a concession has two clauses, split at its first comma.
  const opening = CONCESSION_FIRST.exec(sentence);
  if (opening) bounds.push([opening[0].length - opening[1].length, opening[0].length, false]);
  for (let at = sentence.indexOf(AND); at >= 0; at = sentence.indexOf(AND, at + 1)) {
    AND_CLAUSE_AFTER.lastIndex = at + AND.length;
    if (AND_CLAUSE_AFTER.test(sentence)) bounds.push([at, at + AND.length, true]);
  }
  bounds.sort((x, y) => x[0] - y[0]);
  let start = 0;
  const pieces: Clause[] = [];
  for (const [from, to, and] of bounds) {
    if (from < start) continue;
    // ", and" joins two clauses only when the part before it says what happened too.
    if (and && !pastTense(sentence.slice(start, from))) continue;
    pieces.push({ start, end: from });
    start = to;
  }
  pieces.push({ start, end: sentence.length });
  for (const piece of pieces) {
    // A piece minus the relative clauses inside it stays one clause (its parts share a verb).
    clauses.push(piece);
  }
  return clauses.filter((c) => c.end > c.start).map((c) => ({ start: c.start, end: c.end, holes: holes.filter((h) => h.start >= c.start && h.end <= c.end && !(h.start === c.start && h.end === c.end)) })) as Clause[];
}

// A relative clause without commas, up to the next verb or mark: "relatives of those who died in
// those protests were arrested", "a teenager who killed two people ... was acquitted". What the
// clause's verb says is the person's past, not what the date outside it dates. A count's clause
// is what the count is of ("102 who were killed", "50 people who received travel bans", "many of
// whom were detained"); one set off by a comma is splitClauses' other kind. "That" opens one
// before a passive or a perfect ("a decree that had banned", "land that was seized in 1996").
const RESTRICTIVE = /\b(?:who|whom|which|that(?=\s+(?:had|have|has|was|were)\b))\s+(?:(?:had|have|has|was|were|is|are|been|being|[a-z]+ly)\s+){0,3}[a-z]+/g;
const COUNT_BEFORE = /(?:,\s*|\bof\s+|\d\s+|\d\s+\p{L}+\s+)$/u;
const MARK_OR_WORD = /([,;:()])|[A-Za-z]+/g;
const PRESENT = new Set(['is', 'are', 'has', 'have']);

/** Where a relative clause whose verb ends at `from` ends: at the next mark, or before the next verb in the past or present tense (the sentence's own). */
function relativeEnd(sentence: string, from: number): number {
  MARK_OR_WORD.lastIndex = from;
  for (let m = MARK_OR_WORD.exec(sentence); m; m = MARK_OR_WORD.exec(sentence)) {
    if (m[1]) return m.index;
    if (isPastForm(m[0]) || PRESENT.has(m[0])) return m.index - 1;
  }
  return sentence.length;
}

/** The innermost clause holding [start, end), with its relative clauses blanked out. */
function clauseOf(sentence: string, start: number, end: number, clauses = splitClauses(sentence) as (Clause & { holes?: Clause[] })[]): { text: string; offset: number; holes: [number, number][] } {
  const holding = clauses.filter((c) => c.start <= start && c.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
  const c = holding[0] ?? { start: 0, end: sentence.length, holes: [] };
  let text = sentence.slice(c.start, c.end);
  const holes: [number, number][] = [];
  for (const h of c.holes ?? []) {
    if (h.start <= start && h.end >= end) continue;
    text = text.slice(0, h.start - c.start) + ' '.repeat(h.end - h.start) + text.slice(h.end - c.start);
    holes.push([h.start, h.end]);
  }
  return { text, offset: c.start, holes };
}

export interface EventDraft {
  /** Sentence number within the paragraph, from 1. */
  sentence: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  sentenceStart: number;
  date: string;
  precision: DatePrecision;
  qualifier: Qualifier | null;
  dateText: string;
  dateSource: 'text' | 'context' | 'heading';
  type: EventType;
  /** What decided the type (see explainType): published as events.type_basis and type_words (tables/people.ts typeBasis). */
  typeCue: string;
  /** The part of the sentence ([start, end) in it) that names the event's people, when not the whole sentence. */
  peopleSpan?: [number, number];
  /** The clause of the date ([start, end) in the sentence; the whole sentence when it is one clause): who the event is about when it names anyone. */
  clauseSpan?: [number, number];
  /** The relative clauses cut out of the date's clause ([start, end) in the sentence): what they name describes someone else. */
  clauseHoles?: [number, number][];
}

const WORDS = /[A-Za-z]+/g;

// A passive after a modal or "to" is no past: "will be protected", "would be abolished", "to be
// registered", "will be held" (an irregular participle too).
const MODAL_PASSIVE_BEFORE = /\b(?:will|would|shall|could|should|may|might|must|to) (?:not )?(?:be|have been) (?:\w+ly )?$/i;
// Nor is what is expected, scheduled or set to happen: "is expected to sign", "is set to begin".
const EXPECTED = new Set(['expected', 'scheduled', 'set', 'slated', 'planned', 'poised', 'supposed']);
const BE_BEFORE = new RegExp(`\\b${BE}$`, 'i');

/** A word as the irregular forms are listed, in lower case ("Held" -> "held"); one that starts in lower case is taken as it is. */
const listed = (word: string) => (word.length > 1 && word.charCodeAt(0) < 97 ? word.toLowerCase() : word);

// Words in -ed that are no verb's past: "the need for reform", "a hundred people", "indeed".
const NO_PAST = new Set(['need', 'indeed', 'hundred', 'red', 'bed', 'speed', 'seed', 'greed', 'creed', 'breed', 'feed', 'proceed', 'exceed', 'succeed', 'sacred', 'naked', 'wicked', 'kindred', 'deed', 'heed', 'bleed', 'reed', 'weed']);

/**
 * A word of letters in a past form: ending in -ed ("arrested"), or an irregular past ("held"). A
 * past form is written in lower case, unless it opens the text (`first`: "Held in May, the vote
 * ..."): a capitalised word inside a sentence is a name ("Ahmed", "Khaled", "Won") and has no tense.
 */
export function isPastForm(word: string, first = false): boolean {
  if (word.charCodeAt(0) < 97 && !first) return false;
  const lower = listed(word);
  return (lower.length > 2 && lower.endsWith('ed') && !NO_PAST.has(lower)) || IRREGULAR.has(lower);
}

/** Whether the past form at `index` is held back from the past tense: a modal passive's participle, or "is expected to". */
function heldBack(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (MODAL_PASSIVE_BEFORE.test(before)) return true;
  return EXPECTED.has(word.toLowerCase()) && BE_BEFORE.test(before) && text.startsWith(' to ', index + word.length);
}

/**
 * A verb in the past tense: a past form (a set lookup per word, not a 200-way alternation at every
 * word), unless a modal passive or "is expected to" holds it back.
 */
function pastTense(text: string): boolean {
  for (const m of text.matchAll(WORDS)) if (isPastForm(m[0], m.index === 0) && !heldBack(text, m.index, m[0])) return true;
  return false;
}

// What marks a time to come: a plan, a schedule, a modal ("elections were scheduled for March 2021",
// "announced plans to hold elections in December", "would be held in July", "pending new elections").
const TIME_TO_COME = /\b(?:will|would|shall|could|should|scheduled|planned|plans?|planning|set (?:for|to)|expected|expects?|due|slated|upcoming|ahead of|run-up|pending|intends?|intended|intention|proposed|propose|(?<!\b(?:of|for) )call(?:ed|ing|s)? for|deadline|prepar\w+|aim(?:ed|s|ing)? to|hop(?:ed|es|ing) to|vow(?:ed|s)? to|pledg(?:ed|es) to|promis(?:ed|es) to|to be held|to hold)\b/i;

/**
 * Whether a date in the year after the report's, to the month or day, dates something the text tells
 * as done: "The court struck down the amendment in January 2024" in a report on 2023. Not a date
 * that names a thing ("the January 2024 elections"), nor one in a sentence of plans or modals.
 */
function toldAsPast(d: DateMention, clause: string, local: { start: number; end: number }): boolean {
  if (d.precision === 'year' || d.adjectival || d.qualifiesNoun || d.relative) return false;
  return !TIME_TO_COME.test(clause) && hasVerbCue(clause, local.start, local.end) && pastTense(clause);
}

// What had not happened by then: "had yet to be established in 2021", "was under review at year's
// end", "no details had been released by year's end", "no such shutdowns occurred in 2021", "an
// investigation, which had produced no arrests by year's end".
const NOT_YET = /\b(?:yet to|under (?:review|consideration)|no (?:such )?[\p{L}-]+ (?:had been|have been|has been|were|was|occurred)|(?:produced|yielded|resulted in|led to|brought) no)\b/iu;
// A state that lasted through a year is no occurrence: "remained free at year's end", "continued to worsen in 2017".
const STILL = /\bstill\b/i;
const STATE_AFTER = /^,?\s+(?:(?:it|he|she|they)\s+)?remained\b/;
// What went on during the year is one: "arrests of media workers continued in 2017", "reports of torture persisted in 2018".
const WENT_ON = /\b(?:continued|persisted)\s+(?:in|during|throughout)\s+$/i;
const STATE_VERB = /\b(?:remained|remain|remains|continued|continue|continues|persisted|persist|persists)\b/i;
// A trend, not an occurrence: a quantity or a mood that rose or fell over a year, with nothing after
// the verb but an adverb and the time ("escalated in 2021", "declined markedly under ...", "has
// fallen steadily from a peak in 2004"); not "increased powers" (an adjective) nor "declined to sign".
const QUANTITY = /\b(?:was|were|stood at|totall?ed|numbered|amounted to|ranged from|reached)\s+(?:about |around |roughly |nearly |almost |over |more than |less than |fewer than |some |an estimated |approximately |just )?\$?\d[\d.,]*(?:\s*(?:percent|%|million|billion|thousand))?\b/i;
const TREND = /\b(?:increased|decreased|declined|escalated|diminished|mounted|fallen|fell|grew|worsened|improved|subsided|soared|dropped|surged|deteriorated)(?:\s+\p{L}+ly)?(?=\s*(?:[,.;]|$|\s+(?:in|during|throughout|since|by|from|over|under|after|as|amid)\b))/iu;

// A year before the occurrence it dates: "the 2018 elections", "a 2017 law", "the 2014 constitution".
// Between them stand the noun's modifiers: names ("the 2014 Whistleblowers Protection Act") and up
// to three lower-case words ("the 2018 presidential election", "a 2015 counterterrorism law", "the
// 2018 nation-state law"). A preposition, article, conjunction or auxiliary opens a phrase of its
// own, whose noun is not the year's ("the 2020 protests over the election" were protests).
const PHRASE_OPENERS = 'of|on|in|at|by|for|to|from|with|against|over|under|about|after|before|during|and|or|but|nor|the|an?|its|their|his|her|this|that|these|those|which|who|was|were|is|are|had|has|have';
const OCCURRENCE_NOUN = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}?(?:(?!(?:${PHRASE_OPENERS})\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?((?:re-?)?elections?|polls?|vote|referendum|[Ll]aws?${NOT_A_LAW}|[Dd]ecree|[Aa]ct|[Cc]onstitution|[Aa]mendments?|[Cc]ode|coup|${RULING})\\b`, 'u');

// The words after a date used as an adjective, up to the phrase's end: "the May 2020 killing of
// George Floyd", "his February 2020 acquittal in the Senate", "the November CNRP ban will".
const PHRASE_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}?((?!(?:${PHRASE_OPENERS})\\b)\\p{Ll}[\\p{Ll}-]*(?:\\s+(?!(?:${PHRASE_OPENERS})\\b)\\p{Ll}[\\p{Ll}-]*){0,3})`, 'u');

/**
 * The type of the noun a date qualifies, by the types' own nouns: "Chauvin was convicted for the
 * May 2020 killing of George Floyd" dates the killing, not the conviction. The noun that ends
 * latest in the phrase is its head ("the 2019 protest ban" is a ban).
 */
function typeOfQualified(after: string, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> | null {
  const phrase = PHRASE_AFTER.exec(after)?.[1];
  let best: { type: EventType; typeCue: string; end: number } | null = null;
  if (phrase) {
    for (const { type, nouns } of TYPE_CUES) {
      for (const m of nouns ? phrase.matchAll(nouns) : []) {
        const typeCue = `noun:${m[0].toLowerCase()}`;
        const end = m.index + m[0].length;
        if ((!best || end > best.end) && permits(allowed, cueEntry(type, typeCue))) best = { type, typeCue, end };
      }
    }
  }
  return best && { type: best.type, typeCue: best.typeCue };
}

/** The occurrence a year names as its adjective (OCCURRENCE_NOUN's noun) says what it was: "the 2016 reelection" an election, "the 2014 Whistleblowers Protection Act" a law. */
function typeOfNamed(written: string, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> | null {
  const noun = written.toLowerCase();
  const typeCue = `named:${noun}`;
  if (!permits(allowed, typeCue)) return null;
  const type: EventType = /elect|poll|vote|referendum/.test(noun) ? 'election' : noun === 'ruling' ? 'court_ruling' : noun === 'coup' ? 'other' : 'legislation';
  return { type, typeCue };
}

// What is said of an election is not the election: "the observers' report on the 2018 election",
// "claims of fraud in the November 2020 vote", "interference with the 2016 election". The
// date is the report's, the claims' or the interference's, and the election's nouns do not type it.
const ABOUT_BEFORE = /\b(?:reports?|assessments?|fairness|fraud|interference|claims?|allegations?)\s+(?:on|of|in|with|about|into)\s+(?:the\s+)?$/i;
const ELECTION_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:elections?|polls?|vote|referendum)\b/iu;
const ELECTION_NOUNS = new Set(ENTRIES.nouns[TYPE_CUES.findIndex((c) => c.type === 'election')].map((e) => `noun:${e.source}`));

/**
 * The clause's type by its cues other than an election's nouns, and other than an Act it names
 * ("interference with the 2016 election uncovered ... the Foreign Agents Registration Act").
 */
function typeBesideElection(clause: string, start: number, end: number, otherDates: Spans, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> {
  return explainType(clause, start, end, otherDates, (cue) => !ELECTION_NOUNS.has(cue) && cue !== 'named act' && permits(allowed, cue));
}

/** The type of a date that an election's nouns may not type (see ABOUT_BEFORE): the clause's other verbs' and nouns', or `other` by `about`. */
function typeOfAbout(clause: string, start: number, end: number, otherDates: Spans, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> {
  const typed = typeBesideElection(clause, start, end, otherDates, allowed);
  return typed.typeCue === 'none' ? { type: 'other', typeCue: 'about' } : typed;
}

// An election that frames the clause's occurrence: "restrictions on the opposition during the 2016
// elections", "shut down the Post weeks before the 2016 elections". A cue of another type in the
// clause says what happened; without one, the election is the occurrence ("Ahead of the 2018
// polls, the party succeeded ...").
const FRAME_BEFORE = /\b(?:during|ahead\s+of|before|in\s+the\s+(?:run|lead)-?up\s+to)\s+(?:the\s+)?$/i;

/** The type a clause's cues other than an election's give a date that names a framing election (see FRAME_BEFORE), or null. */
function typeInFrame(clause: string, start: number, end: number, otherDates: Spans, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> | null {
  const typed = typeBesideElection(clause, start, end, otherDates, allowed);
  return typed.type === 'other' ? null : typed;
}

/** "President since 2012", "in office since 2004": the date is when the office was taken, an appointment. */
function typeOfOffice(allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> | null {
  return permits(allowed, 'since office') ? { type: 'appointment', typeCue: 'since office' } : null;
}

/** "In detention since February 2020", "held incommunicado since 2001": the date is when the detention began, an arrest. */
function typeOfCustody(allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> | null {
  return permits(allowed, 'since custody') ? { type: 'arrest_detention', typeCue: 'since custody' } : null;
}

// A sentence that carries on the occurrence before it ("Then", "In response,").
// Inside a sentence right after a dated one, what happened next: "the decision was reversed a few
// days later", "several members later faced house arrest", "was quickly sworn in to replace him", "The following week, the House voted",
// "In the days that followed, ...", "In the following weeks, ...", "the commission opened a probe in response".
const LATER = /\b(?:later|subsequently|afterwards?|quickly|immediately|promptly|swiftly|shortly after(?:ward)?|the (?:next|following|ensuing|subsequent) (?:days?|weeks?|months?)|in the (?:hours|days|weeks|months) (?:that followed|after|following)|within (?:hours|days)|in response)\b/i;
// What someone did in response to the occurrence before ("Government forces responded in some cases
// with live ammunition", "the assembly responded by banning the parties").
const RESPONDED = /\bresponded (?:\S+ ){0,4}?(?:with|by)\b/i;
const CONTINUATION = /^(?:then|in response|later|subsequently|afterward|afterwards|shortly after(?:ward)?|soon after|following (?:this|that)|as a result|(?:during|in|amid) the (?:subsequent|ensuing)\b|within (?:a|one|two|three|a few|several) (?:hours?|days?|weeks?)\b)\b/i;
// "He was released within a few days", "She fled the country following her dismissal", "They were
// charged with plotting": right after a dated occurrence, a sentence whose subject is "he", "she" or
// "they" and that says what happened (a cue of a type, not a state in the present perfect) goes on
// with the same story.
const PRONOUN_FIRST = /^(?:he|she|they)\s/i;
const PERFECT = /\b(?:has|have)\b/i;
/** Whether a sentence names a kind of occurrence: explainType gives it a type other than 'other' (a verb, a noun, a court, an Act's name). */
const namesAKind = (sentence: string, allowed?: CueFilter) => explainType(sentence, 0, 0, [], allowed).type !== 'other';
const carriesOnWithPronoun = (sentence: string, allowed?: CueFilter) => PRONOUN_FIRST.test(sentence) && !PERFECT.test(sentence) && namesAKind(sentence, allowed);
// "Dozens were injured, and at least 40 were detained": right after a dated occurrence, a sentence
// whose subject is a count of people and whose verb says what befell them tells what it came to.
const HOW_MANY = new RegExp(String.raw`^(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|another) )?(?:\d[\d,]*|${NUMBER_WORDS.join('|')}|dozens|hundreds|thousands|several|many|most|others)\b(?: of (?:them|those|the [\w-]+))?(?: [\w-]+){0,3}? (?:were|was|had been)\s`, 'i');
const countsWhatBefell = (sentence: string) => HOW_MANY.test(sentence) && !PERFECT.test(sentence) && hasVerbCue(sentence, 0, 0);

// A clause cut out of its sentence as a relative one ("that was held in October", ", which took place
// in March,"); "that" after a comma opens a sentence of its own ("..., that had collapsed by 2017").
const RELATIVE_WHICH = /^[\s,]*which\b/i;
const RELATIVE_THAT = /^\s*that\b/i;
// The antecedent: the last words before the relative clause ("a rally", "charges of defamation").
const ANTECEDENT = /(?:\S+\s+){0,3}\S+\s*,?\s*$/;
const AFTER_COMMA = /,\s*$/;

/**
 * "A rally that was held in October", "The elections, which took place in March": a relative
 * clause that names no kind of occurrence dates the one its antecedent names. Nothing where the
 * clause is none or the antecedent names no kind.
 */
function typeOfAntecedent(sentence: string, clause: { text: string; offset: number }, allowed?: CueFilter): Pick<EventDraft, 'type' | 'typeCue'> | null {
  const which = RELATIVE_WHICH.test(clause.text);
  if (!which && !RELATIVE_THAT.test(clause.text)) return null;
  const lead = sentence.slice(Math.max(0, clause.offset - 60), clause.offset);
  if (!which && AFTER_COMMA.test(lead)) return null;
  const antecedent = ANTECEDENT.exec(lead)?.[0] ?? '';
  const typed = explainType(antecedent, antecedent.length, antecedent.length, [], allowed);
  return typed.type === 'other' ? null : typed;
}

/**
 * Whether a past-tense sentence with no date of its own goes on with the story of the occurrence
 * before it: it opens as a continuation ("Then", "In response"); right after (or one sentence past)
 * that occurrence it says what happened later or in response; right after it, its subject is "he",
 * "she", "they" or a count of people to whom something happened.
 */
function carriesOnStory(text: string, followsEvent: boolean, nearEvent: boolean, rule: (name: EventRule) => boolean, allowed?: CueFilter): boolean {
  if (!pastTense(text)) return false;
  if (CONTINUATION.test(text) && rule('continuation')) return true;
  if ((followsEvent || nearEvent) && ((LATER.test(text) && rule('later')) || (RESPONDED.test(text) && rule('responded')))) return true;
  return followsEvent && ((carriesOnWithPronoun(text, allowed) && rule('pronoun')) || (countsWhatBefell(text) && rule('how many')));
}

/**
 * The events of one paragraph. `headingYear` dates a Key Developments bullet that gives no date
 * of its own (its heading's year).
 */
export function extractEvents(text: string, coverageYear: number, headingYear: number | null, allowed?: CueFilter): EventDraft[] {
  const drafts: EventDraft[] = [];
  const rule = rulesOf<EventRule>(allowed);
  // WordNet's nouns type a date's clause last, once what is an event is decided (see lexiconNounCue).
  const byNoun = new Map<EventDraft, () => Pick<EventDraft, 'type' | 'typeCue'> | null>();
  const sentences = splitSentences(text);
  let last: DateOfDraft | null = null;
  let anyDate = false;
  // The year the text spoke of last, written out ("in 2019", "October 2019"): what "that July" means.
  let yearSpoken: string | null = null;
  let monthBefore: DateMention | null = null;
  let datesBefore = false; // whether the sentence before wrote a date
  sentences.forEach((s, index) => {
    const dates = findDates(s.text, coverageYear, rule);
    const spokenBefore = (d: DateMention) => dates.filter((o) => o.end <= d.start && !o.yearless && !o.relative).at(-1)?.date.slice(0, 4) ?? yearSpoken;
    if (dates.length) anyDate = true;
    const seen = new Set<string>();
    let dated = false;
    const sentenceClauses = dates.length ? splitClauses(s.text) : [];
    const offsets: [EventDraft, DateMention][] = [];
    const sentenceFirst = drafts.length; // this sentence's drafts are drafts[sentenceFirst..]
    const storyTimes: EventDraft[] = []; // those that may move the story's time (`last`)
    const clauses = dates.map((d) => clauseOf(s.text, d.start, d.end, sentenceClauses));
    // A date of the year after the report's is a forecast or a deadline unless told as done (see toldAsPast).
    dates.forEach((d, i) => {
      const { text: clause, offset } = clauses[i];
      if (d.occurrence && Number(d.date.slice(0, 4)) > coverageYear && !toldAsPast(d, clause, { start: d.start - offset, end: d.end - offset })) d.occurrence = false;
    });
    dates.forEach((d, i) => {
      // Without its rule, the start of a detention is what any "since" date is: no occurrence.
      if (!d.occurrence || (d.custody && !permits(allowed, 'since custody'))) return;
      const yearsAfter = YEARS_AFTER.test(d.text);
      if (yearsAfter && !rule('years after')) return;
      const clause = clauses[i];
      if (d.precision === 'year' && STILL.test(clause.text) && rule('still')) return; // a state that lasts, not an occurrence (a month or a day dates one)
      const others = dates.filter((o, j) => j !== i && o.occurrence && clauses[j].offset === clause.offset && clauses[j].text === clause.text);
      const local = { start: d.start - clause.offset, end: d.end - clause.offset };
      // A date that only points back to a past happening ("the 2022 unrest") or qualifies a
      // thing ("2022 Facebook posts") is no occurrence of its own, unless it is the clause's
      // one date and a verb there happened during or after it.
      if (d.background && (others.some((o) => !o.background) || !(d.preposition && ['during', 'after', 'following', 'amid'].includes(d.preposition) && hasVerbCue(clause.text, local.start, local.end))) && rule('background')) return;
      // An election the date names, after words that say it is only what is spoken of (ABOUT_BEFORE) or the time of the clause's occurrence (FRAME_BEFORE).
      const electionAfter = (words: RegExp) => words.test(clause.text.slice(Math.max(0, local.start - 40), local.start)) && ELECTION_AFTER.test(clause.text.slice(local.end, local.end + 80));
      const about = permits(allowed, 'about') && electionAfter(ABOUT_BEFORE);
      // "the 2018 elections", "a 2017 law requires": the year dates the occurrence its noun names, whatever the tense.
      const namedNoun = d.adjectival && !about ? OCCURRENCE_NOUN.exec(clause.text.slice(local.end))?.[1] : undefined;
      const named = namedNoun !== undefined;
      const framed = named && electionAfter(FRAME_BEFORE);
      // After another date, a date that qualifies a noun of some type is that occurrence's ("In April, Chauvin was convicted for the May 2020 killing").
      const qualified = d.qualifiesNoun && !named && !about && others.some((o) => o.start < d.start) ? typeOfQualified(clause.text.slice(local.end), allowed) : null;
      if (d.adjectival && !named && others.some((o) => o.start < d.start) && rule('adjective')) return;

      const resolved = d.relative === 'that_month' ? ofYear(d, spokenBefore(d)) : d.yearless && !d.relative ? ofYear(d, yearOfBareMonth(d, dates, coverageYear, rule('month of the sentence before') ? monthBefore : null)) : resolveRelative(d, last);
      // "the next year's elections" in a report on this year: a forecast, no occurrence.
      const resolvedYear = resolved ? Number(resolved.date.slice(0, 4)) : 0;
      // A date counted from another of the sentence ("was arrested in March; he was released on bail
      // two weeks later") is an occurrence of its own, though it resolves to the same month.
      if (!resolved || (seen.has(resolved.date) && !(COUNTED_FROM_ANOTHER.has(d.relative) && rule('offset')))) return;
      // A date after the report's year that is not told as done (a relative one, a bare month read as
      // the next year's) still dates the sentence: it takes no other date from the story before it.
      if (resolvedYear > coverageYear && !toldAsPast(d, clause.text, local) && rule('forecast')) {
        dated = true;
        return;
      }
      seen.add(resolved.date);
      dated = true;
      // Standing conditions are in the present tense: in the report's year, no past tense, no
      // occurrence. An earlier year is past whatever the tense ("winning reelection in 2014").
      if (!named && !d.office && !d.custody && resolvedYear >= coverageYear && !pastTense(clause.text) && !pastTense(s.text) && rule('present tense')) return;
      // "... remained in detention at year's end", "At year's end it remained unclear ...".
      const lead = clause.text.slice(Math.max(0, local.start - 60), local.start);
      if (resolved.precision === 'year' && ((STATE_VERB.test(lead) && !WENT_ON.test(lead)) || STATE_AFTER.test(clause.text.slice(local.end, local.end + 40))) && rule('state')) return;
      if (NOT_YET.test(clause.text.slice(Math.max(0, local.start - 50), local.start)) && rule('not yet')) return;
      const draft: EventDraft = {
        sentence: index + 1,
        text: s.text,
        sentenceStart: s.start,
        ...resolved,
        dateText: d.text,
        dateSource: d.relative ? 'context' : 'text',
        clauseSpan: [clause.offset, clause.offset + clause.text.length],
        ...(clause.holes.length ? { clauseHoles: clause.holes } : {}),
        ...((framed && typeInFrame(beforeClaim(clause.text, local.end), local.start, local.end, datesIn(clause, dates, d), allowed)) || (namedNoun && typeOfNamed(namedNoun, allowed)) || (d.office && typeOfOffice(allowed)) || (d.custody && typeOfCustody(allowed)) || qualified || (yearsAfter ? explainType(clause.text.slice(local.end), 0, 0, [], allowed) : (about ? typeOfAbout : explainType)(beforeClaim(clause.text, local.end), local.start, local.end, datesIn(clause, dates, d), allowed))),
      };
      if (draft.typeCue === 'none' && rule('antecedent')) Object.assign(draft, typeOfAntecedent(s.text, clause, allowed));
      if (draft.typeCue === 'none' && draft.precision === 'year' && TREND.test(clause.text) && rule('trend')) return;
      // A number, not an occurrence: "the unionization rate in 2021 was 10.3 percent", "participation in May ranged from 15 to 26 million".
      if (draft.typeCue === 'none' && QUANTITY.test(clause.text) && rule('quantity')) return;
      drafts.push(draft);
      if (draft.typeCue === 'none' && !yearsAfter) byNoun.set(draft, () => lexiconNounCue(beforeClaim(clause.text, local.end), local.start, local.end, datesIn(clause, dates, d)));
      // What happened years before the story ("four years after Xi had orchestrated ...") does not
      // move its time, nor does a thing a year names beside the sentence's occurrence ("were
      // sentenced in September ... under the 1923 Official Secrets Act").
      if (!yearsAfter && !(named && drafts.length - 1 > sentenceFirst)) {
        last = draft;
        storyTimes.push(draft);
      }
      if (OFFSET.has(d.relative)) offsets.push([draft, d]);
    });
    // One cue, one occurrence: a year that frames a finer date of the same year typed by the same
    // words ("In the most prominent case of 2018, two journalists were sentenced in September"), or
    // by none ("urged vaccination throughout the year, but in September announced a mandate").
    const own = drafts.slice(sentenceFirst);
    const framing = new Set<DateOfDraft>(own.filter((d) => d.precision === 'year' && own.some((o) => o.precision !== 'year' && o.date.startsWith(d.date) && (o.typeCue === d.typeCue || d.typeCue === 'none'))));
    if (framing.size && rule('one cue')) {
      drafts.splice(sentenceFirst, own.length, ...own.filter((d) => !framing.has(d)));
      offsets.splice(0, offsets.length, ...offsets.filter(([d]) => !framing.has(d)));
      if (last && framing.has(last)) last = drafts.at(-1) ?? null;
    }
    // Inside the sentence a date counts from the one written before it ("for the May 2020 killing,
    // which had galvanized protests that year"); the sentences after go on from its latest occurrence
    // ("a demonstration was held in early June in response to a bombing at the end of May.
    // Government forces responded ...").
    const kept = storyTimes.filter((d) => drafts.includes(d));
    if (kept.length > 1 && rule('latest')) last = kept.reduce((latest, d) => (d.date > latest.date ? d : latest));
    // "The decision was reversed days later, [while] ... Maduro ... in July": beside another dated
    // occurrence, what happened a short while after the one before is about the people of its own clause.
    if (offsets.length && drafts.length - sentenceFirst > 1) for (const [draft, d] of offsets) draft.peopleSpan = partAround(s.text, d.start, d.end);
    for (const d of dates) if (!d.yearless && !d.relative) yearSpoken = d.date.slice(0, 4);
    monthBefore = dates.filter(anchorsBareMonth).at(-1) ?? null;
    const followsEvent = drafts.length > 0 && drafts[drafts.length - 1].sentence === index;
    // "Later" or "shortly afterward" still reaches past one sentence with no date of its own that
    // tells more of the same occurrence ("The election took place in February. The incumbent won 61
    // percent. His challenger fled the country shortly afterward.").
    const nearEvent = drafts.length > 0 && drafts[drafts.length - 1].sentence === index - 1 && !datesBefore;
    datesBefore = dates.length > 0;
    if (STILL.test(s.text) && !dated && rule('still')) return;
    if (!dated && last && carriesOnStory(s.text, followsEvent, nearEvent, rule, allowed)) {
      drafts.push(wholeSentence(s, index, last, 'context', allowed));
    } else if (!dated && headingYear !== null && index > 0 && pastTense(s.text) && (hasVerbCue(s.text, 0, 0) || namesAKind(s.text, allowed)) && rule('bullet')) {
      // A later sentence of a Key Developments bullet that says what happened (a verb, or the noun
      // of a kind of occurrence: "moved to quash the protests") carries on the bullet's story: it
      // takes the date of the bullet's last event, or its heading's year.
      drafts.push(wholeSentence(s, index, last ?? ofHeading(headingYear), last ? 'context' : 'heading', allowed));
    }
  });
  // A bullet that writes no date, or whose dates gave no event (a state at year's end, a forecast),
  // tells its heading year's story.
  if ((!anyDate || !drafts.length) && headingYear !== null && sentences.length && pastTense(sentences[0].text) && rule('bullet')) {
    drafts.push(wholeSentence(sentences[0], 0, ofHeading(headingYear), 'heading', allowed));
  }
  // A sentence dated by no words of its own, only by the year of the story before it or of its
  // heading, that says no kind of occurrence, tells how things stood, not what happened.
  const events = rule('unnamed') ? drafts.filter((d) => !(d.dateSource !== 'text' && d.precision === 'year' && d.typeCue === 'none')) : drafts;
  for (const draft of events) {
    if (draft.typeCue !== 'none' || !permits(allowed, 'lexicon')) continue;
    // A date of its own: the noun nearest it in its clause; none, the story before's ("In response,
    // dockworkers began a walkout"): the noun nearest the sentence's start, as explainType reads it.
    const typed = byNoun.has(draft) ? byNoun.get(draft)!() : draft.dateSource !== 'text' ? lexiconNounCue(draft.text, 0, 0, []) : null;
    if (typed) Object.assign(draft, typed);
  }
  return events;
}

// "In May, campaigners warned that officials were withholding food from detained migrants": the
// date's occurrence is what was said; what the words said happened is not typed by it.
// A passive ("it was reported that ...", "was alleged that") reports the occurrence itself.
// So is what someone accused another of ("the observatory accused Astana of throttling the website",
// "critics accused him of colluding": other to the annotators of FIW 2024 Kazakhstan, 2022 Tunisia,
// 2018 Venezuela and Afghanistan); not what prosecutors accused someone of, a charge.
const CLAIM_AFTER = /\b(?:(?:claimed|warned|indicated|said|alleged|argued|asserted|insisted|suggested|complained|contended|maintained)\s+that|accused(?<!\b(?:prosecutors?|investigators|prosecution|office)\s+accused)\s+(?!of\b)(?:\S+\s+){1,6}?of)\b/g;

/** The clause up to a claim made after the date ("warned that ..."), or the clause. */
function beforeClaim(clause: string, dateEnd: number): string {
  CLAIM_AFTER.lastIndex = dateEnd;
  for (let claim = CLAIM_AFTER.exec(clause); claim; claim = CLAIM_AFTER.exec(clause)) {
    if (!BE_BEFORE.test(clause.slice(Math.max(dateEnd, claim.index - 30), claim.index))) return clause.slice(0, claim.index);
  }
  return clause;
}

/** A date a month without its year may take its year from: written with one, "in" it, its own occurrence ("in March 2018"). */
const anchorsBareMonth = (o: DateMention) => !o.yearless && !o.relative && !o.adjectival && !o.background && o.preposition === 'in';

/**
 * The year of a month written without one ("in October"), where the text is telling of an earlier
 * year: after a month of that year in the same sentence ("in September 2016 ... in May"), or, in
 * a sentence that writes no year, at the end of the sentence before ("The last presidential
 * election took place in October 2019. ... Kaïs Saïed ... won an October runoff"): that month's
 * year, or the next for an earlier month. Null: the coverage year's.
 */
function yearOfBareMonth(d: DateMention, dates: DateMention[], coverageYear: number, sentenceBefore: DateMention | null = null): string | null {
  const before = dates.filter((o) => o.end <= d.start && anchorsBareMonth(o)).at(-1) ?? (dates.some((o) => !o.yearless && !o.relative) ? undefined : (sentenceBefore ?? undefined));
  if (!before || before.precision === 'year') return null;
  const year = Number(before.date.slice(0, 4));
  if (year >= coverageYear) return null;
  return String(d.date.slice(5, 7) >= before.date.slice(5, 7) ? year : year + 1);
}

// "Five years after his abduction": the date is what follows, typed by its own words.
const YEARS_AFTER = /\bafter$/i;
// Dates a short while from the occurrence before ("days later", "two weeks before that vote").
const OFFSET: ReadonlySet<DateMention['relative']> = new Set(['hours_later', 'days_later', 'days_before', 'near_last']);
// Dates counted from the occurrence before, which may share its month or day and still be another.
const COUNTED_FROM_ANOTHER: ReadonlySet<DateMention['relative']> = new Set([...OFFSET, 'next_day', 'day_before']);
const PART_BREAK = /[,;]\s/g;

/** The part of a sentence between the commas or semicolons around [start, end). */
function partAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(PART_BREAK)) {
    if (m.index + 1 <= start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** The sentence's other dates that fall in a clause, in the clause's offsets. */
function datesIn(clause: { text: string; offset: number }, dates: DateMention[], own: DateMention): [number, number][] {
  const end = clause.offset + clause.text.length;
  return dates.filter((d) => d !== own && d.start >= clause.offset && d.end <= end).map((d) => [d.start - clause.offset, d.end - clause.offset]);
}

/** A month or day written without its year, in the year given (or the coverage year it was read with). */
function ofYear(d: DateMention, year: string | null) {
  return { date: year ? year + d.date.slice(4) : d.date, precision: d.precision, qualifier: d.qualifier };
}

type DateOfDraft = Pick<EventDraft, 'date' | 'precision' | 'qualifier' | 'dateText'>;

/** The year of a Key Developments heading, as a date without words of its own in the sentence. */
const ofHeading = (year: number): DateOfDraft => ({ date: String(year), precision: 'year', qualifier: null, dateText: '' });

/** An event of a whole sentence (`index` from 0) dated from elsewhere: the sentence before, or the heading. */
function wholeSentence(s: { text: string; start: number }, index: number, date: DateOfDraft, dateSource: 'context' | 'heading', allowed?: CueFilter): EventDraft {
  const { date: iso, precision, qualifier, dateText } = date;
  return { sentence: index + 1, text: s.text, sentenceStart: s.start, date: iso, precision, qualifier, dateText, dateSource, ...explainType(s.text, 0, 0, [], allowed) };
}

function resolveRelative(d: DateMention, last: Pick<EventDraft, 'date' | 'precision' | 'qualifier'> | null) {
  if (!d.relative) return { date: d.date, precision: d.precision, qualifier: d.qualifier };
  if (!last) return d.relative === 'same_year' ? { date: d.date, precision: d.precision, qualifier: d.qualifier } : null;
  if (d.relative === 'same_month' && last.precision !== 'year') return { date: last.date.slice(0, 7), precision: 'month' as const, qualifier: null };
  // "The next day": the day after a day; within the month of a month (it rarely crosses one).
  if ((d.relative === 'same_day' || d.relative === 'next_day' || d.relative === 'day_before') && last.precision !== 'year') {
    const date = last.precision === 'day' && d.relative !== 'same_day' ? daysAfter(last.date, d.relative === 'next_day' ? 1 : -1) : last.date;
    return { date, precision: last.precision, qualifier: null };
  }
  // "Hours later": the same day; "days later", "two weeks before that vote": the same month.
  if (OFFSET.has(d.relative)) {
    if (last.precision === 'year' || (last.precision === 'day' && d.relative === 'hours_later')) return { date: last.date, precision: last.precision, qualifier: null };
    // "Two days later" after a day is a day too: counted days away from it.
    const days = last.precision === 'day' && IN_DAYS.test(d.text) ? countOf(d.text) : null;
    if (days !== null) return { date: daysAfter(last.date, BACKWARD.test(d.text) ? -days : days), precision: 'day' as const, qualifier: null };
    return { date: last.date.slice(0, 7), precision: 'month' as const, qualifier: null };
  }
  // "Two years later", "a year earlier", "the previous year": counted years; "several years later", no year.
  if (d.relative === 'year_later' || d.relative === 'year_before') {
    const count = countOf(d.text);
    return count === null ? null : { date: String(Number(last.date.slice(0, 4)) + (d.relative === 'year_later' ? count : -count)), precision: 'year' as const, qualifier: null };
  }
  if (d.relative === 'month_before' || d.relative === 'months_later') {
    if (last.precision === 'year') return null;
    const counted = countOf(d.text);
    const count = counted !== null && d.relative === 'month_before' ? -counted : counted;
    return count === null ? { date: last.date.slice(0, 4), precision: 'year' as const, qualifier: null } : { date: monthsAfter(last.date.slice(0, 7), count), precision: 'month' as const, qualifier: null };
  }
  // "That year" keeps its part of the year, as "that summer" does (mid).
  return { date: last.date.slice(0, 4), precision: 'year' as const, qualifier: d.relative === 'same_year' ? d.qualifier : null };
}

// A count of days ("two days later", "3 days before the vote"): countOf reads the count, and
// reads none in "days later" or "a few days".
const IN_DAYS = /^\S+ days?\b/i;

/** The ISO day `days` after an ISO day (2021-07-31, 1 -> 2021-08-01; 2021-03-01, -1 -> 2021-02-28). */
function daysAfter(iso: string, days: number): string {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The ISO month `count` months after an ISO month (2021-11, 3 -> 2022-02; 2021-01, -1 -> 2020-12). */
function monthsAfter(isoMonth: string, count: number): string {
  const [year, month] = isoMonth.split('-').map(Number);
  const index = year * 12 + month - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

