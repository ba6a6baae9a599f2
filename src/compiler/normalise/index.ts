/**
 * The normalising pass: the coach's spellings turned into the one spelling the
 * grammar reads, driven by the dialect tables (src/compiler/dialect). Tokens
 * keep the spans of the words they stand for.
 */
import type { Token } from '../lexer.js';
import { calendar } from './calendar.js';
import { dates } from './dates.js';
import { headedTotal } from './headed-total.js';
import { effortWords, trailingTarget } from './effort-words.js';
import { efforts } from './efforts.js';
import { lineTotals, rowEdges, tableRows, trailingNames } from './layout.js';
import { dayPartHeads } from './day-part-heads.js';
import { languages } from './languages.js';
import { phrases, timePhrases } from './phrases.js';
import { cheers, exclaimedRace, restDayChoice, runWords } from './runs.js';
import { averages, bracketedPaces, restated, takenTimes } from './restated.js';
import { runWalk } from './run-walk.js';
import { runWalkCounts, runWalkSentences } from './run-walk-counts.js';
import { closingWalk, sections, walkRoles } from './sections.js';
import { sentences } from './sentences.js';
import { verbFirst } from './verb-first.js';
import { summaries } from './summaries.js';
import { treadmill } from './treadmill.js';
import { elevation, terrain } from './terrain.js';
import { onOffUnits } from './on-off.js';
import { counts, words } from './words.js';
import { groupRecovery } from './group-recovery.js';
import { choices, optionalChoices, verbChoices } from './choices.js';
import { dayChoices } from './day-choices.js';
import { bracketCounts } from './bracket-counts.js';
import { clauses } from './clauses.js';
import { logged, recoveryTimes } from './logged.js';
import { loggedFields } from './logged-fields.js';
import { frames } from './frames.js';
import { articles } from './articles.js';
import { unsaidStrides } from './strides.js';
import { letterPaces } from './letter-paces.js';
import { leadingCounts } from './leading-counts.js';
import { countedLengths } from './counted-lengths.js';
import { elidedUnits } from './elided-units.js';
import { numberedHeadings } from './numbered.js';
import { pairCounts } from './pair-counts.js';
import { compoundTimes, gluedTimes, spokenPaces } from './compound-times.js';
import { codeNames } from './code-names.js';
import { runTitles } from './run-titles.js';
import { paceLine, paceSentence } from './pace-sentence.js';
import { describedPaces } from './described-pace.js';
import { paceWords } from './pace-words.js';
import { heartRateWords } from './heart-rate-words.js';
import { totalBetween, wholeOfParts } from './whole-of-parts.js';
import { trailingCounts } from './trailing-counts.js';
import { recoveriesAfter } from './recovery-after.js';
import { titleFields, weekSigns } from './title-fields.js';
import { commaRacePace, raceTarget } from './race-target.js';
import { roundHeadings } from './rounds.js';
import { levels } from './levels.js';
import { forTime } from './for-time.js';
import { everyMinute } from './every-minute.js';
import { partOf } from './part-of.js';
import { aside } from './tokens.js';
import { atPace, clockUnitPaces } from './at-pace.js';
import { stackedFields } from './stacked-fields.js';
import { walkBreaks } from './walk-breaks.js';
import { kindLines } from './kind-line.js';
import { sharedWarmups } from './shared-warmups.js';
import { sessionLine } from './session-line.js';
import { rolePurpose } from './role-purpose.js';
import { lengthClock } from './length-clock.js';
import { workoutText } from './workout-text.js';
import type { LanguageCode } from '../dialect/languages.js';

type Pass = (tokens: Token[]) => Token[];

/**
 * The passes in the order they run. A session in another language is put into the shorthand's
 * words first; times of day, dates, a heading's total and layout next, so no later pass reads
 * an hour, a day of the month or a table's bar; runs described in words go before efforts and words ("very easy to
 * easy" is one band, not "very easy" and a stray "to easy"); the phrase table, then whole-session
 * readings (roles of walks, tallies, counts, summaries, run/walk) close.
 */
const PASSES: readonly Pass[] = [
  workoutText,
  gluedTimes,
  spokenPaces,
  codeNames,
  weekSigns,
  languages,
  atPace,
  clockUnitPaces,
  sessionLine,
  timePhrases,
  letterPaces,
  partOf,
  rowEdges,
  dayPartHeads,
  calendar,
  dates,
  kindLines,
  bracketedPaces,
  elevation,
  runTitles,
  titleFields,
  headedTotal,
  tableRows,
  trailingNames,
  cheers,
  exclaimedRace,
  raceTarget,
  commaRacePace,
  restDayChoice,
  roundHeadings,
  walkBreaks,
  everyMinute,
  verbChoices,
  forTime,
  levels,
  sentences,
  loggedFields,
  logged,
  recoveryTimes,
  frames,
  verbFirst,
  runWalkSentences,
  numberedHeadings,
  bracketCounts,
  groupRecovery,
  leadingCounts,
  trailingCounts,
  pairCounts,
  describedPaces,
  paceSentence,
  paceLine,
  elidedUnits,
  treadmill,
  paceWords,
  stackedFields,
  heartRateWords,
  totalBetween,
  wholeOfParts,
  terrain,
  onOffUnits,
  runWords,
  effortWords,
  efforts,
  trailingTarget,
  optionalChoices,
  words,
  choices,
  dayChoices,
  articles,
  unsaidStrides,
  compoundTimes,
  countedLengths,
  lineTotals,
  recoveriesAfter,
  sections,
  phrases,
  sharedWarmups,
  clauses,
  walkRoles,
  tallies,
  restated,
  takenTimes,
  averages,
  counts,
  summaries,
  closingWalk,
  runWalkCounts,
  runWalk,
  rolePurpose,
  lengthClock,
];

/** `language`: the plan's, for a cell whose own words show none (normalise/languages.ts). */
export function normalise(tokens: Token[], language?: LanguageCode): Token[] {
  return PASSES.reduce((read, pass) => (pass === languages ? languages(read, language) : pass(read)), tokens);
}

const TALLY = new Set(['complete', 'completed', 'done', 'total', 'covered']);

/**
 * ".75 miles complete", "1.75 miles complete", "5.75 complete": a training log's
 * running total, which changes no step.
 */
function tallies(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const unit = tokens[k + 1]?.kind === 'word' && ['mi', 'mile', 'miles', 'km', 'k', 'kms'].includes(tokens[k + 1]!.value) ? 1 : 0;
    const end = tokens[k + 1 + unit];
    const after = tokens[k + 2 + unit];
    if (t.kind === 'number' && end?.kind === 'word' && TALLY.has(end.value) && (!after || after.kind === 'eof' || after.kind === 'stop' || after.kind === 'newline')) {
      out.push(aside(t, end));
      k += 1 + unit;
      continue;
    }
    out.push(t);
  }
  return out;
}
