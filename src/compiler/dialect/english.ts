/**
 * Everyday English words that stand in the sentences around a session ("This
 * week's session will be intervals", "So next week will be 5x1200m"). Such a
 * word is spelled right: it is never taken for a typo of a word of the
 * shorthand ("will" is not "hill", "mine" is not "mile", "wall" is not
 * "walk"), so where it stands outside a construct it is prose, set aside and
 * listed, not a "did you mean". Words any construct reads where it stands
 * ("last 3 at marathon pace", "take 90 s", "best pace") do not belong here:
 * reading past them as prose would change the workout.
 */
export const COMMON_ENGLISH: ReadonlySet<string> = new Set([
  // Pronouns, determiners and small words
  'he', 'she', 'him', 'her', 'his', 'hers', 'its', 'me', 'mine', 'us', 'them', 'their', 'theirs', 'our', 'ours',
  'myself', 'yourself', 'ourselves', 'themselves', 'who', 'whom', 'whose', 'what',
  'how', 'here', 'these', 'those', 'such', 'any', 'many', 'much', 'most', 'less',
  'either', 'neither', 'others', 'own', 'very', 'too', 'also', 'only', 'even', 'still', 'yet',
  'not', 'nor', 'because', 'though', 'although', 'while', 'since',
  'across', 'along', 'behind', 'beside', 'onto',
  'through', 'throughout', 'toward', 'towards', 'within', 'upon', 'via', 'like', 'near',
  // Auxiliaries and common verbs
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'am', 'is', 'are', 'was', 'were',
  'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'done', 'doing', 'make', 'made',
  'took', 'taken', 'give', 'gave', 'goes', 'gone', 'come', 'came', 'see',
  'saw', 'seen', 'look', 'looked', 'looks', 'feel', 'felt', 'feels', 'think', 'thought', 'know', 'knew', 'want',
  'wanted', 'need', 'needed', 'tried', 'kept', 'let', 'say', 'said', 'tell', 'told', 'find',
  'found', 'call', 'called', 'calls', 'planned', 'planning', 'aimed', 'aiming', 'hope', 'hoped',
  'hoping', 'decided', 'ended', 'finished', 'managed', 'headed', 'arrived', 'met', 'meet',
  'include', 'includes', 'involves', 'consists', 'consisted', 'meant', 'become', 'became',
  'use', 'used', 'using', 'mixed', 'worked', 'works', 'helps', 'help', 'allow', 'build', 'built', 'building',
  // Time and place
  'week', 'weeks', 'weekend', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'tonight', 'tomorrow',
  'yesterday', 'today', 'now', 'later', 'soon', 'ago', 'always', 'never', 'often', 'usually', 'sometimes',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'track', 'park', 'road',
  'club', 'group', 'coach', 'team', 'runners', 'runner', 'field', 'grass', 'trail', 'trails', 'treadmill',
  // Adjectives and adverbs of talk
  'good', 'great', 'well', 'bad', 'worse', 'big', 'small', 'new',
  'old', 'normal', 'lovely', 'tough', 'quite', 'rather', 'pretty', 'almost',
  'exactly', 'probably', 'maybe', 'perhaps', 'actually',
  'overall', 'wet', 'cold', 'hot',
  // Nouns of a session's talk
  'sessions', 'workouts', 'idea', 'legs', 'body',
  'muscles', 'weather', 'rain', 'wind', 'watch', 'pacing', 'feeling', 'things', 'way',
]);

/** A word of everyday English, spelled right: never a typo of the shorthand's. */
export const isCommonEnglish = (word: string): boolean => COMMON_ENGLISH.has(word);
