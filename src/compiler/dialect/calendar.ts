/**
 * Words of the calendar and the clock in the languages coaches write in: dates and times of day
 * written around a session ("Donderdag 6 februari", "le 1er mars", "Thurs 5:30pm", "T/a.m.:")
 * are talk, never lengths, counts or paces. English months and weekdays
 * stay in dates.ts; these add to them.
 */

/** Months by name in other languages, lower-cased. Only full names: short forms ("ago", "set", "mag") are everyday words. */
export const FOREIGN_MONTHS: readonly string[] = [
  // French
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  // German
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  // Spanish
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  // Italian
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  // Portuguese
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro',
  // Dutch
  'januari', 'februari', 'maart', 'mei', 'augustus',
  // Swedish, Norwegian, Danish
  'maj', 'augusti', 'desember', 'marts',
  // Czech, as named and as dated ("2. březen", "9. března")
  'leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'prosinec',
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'října', 'listopadu', 'prosince',
  // Polish, as named and as dated
  'styczeń', 'luty', 'marzec', 'kwiecień', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'grudzień',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  // Romanian
  'ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
  // Finnish, as named and as dated ("5. toukokuuta")
  'tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu',
  'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta',
  // Hungarian
  'január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október',
  // Croatian
  'siječanj', 'veljača', 'ožujak', 'travanj', 'svibanj', 'lipanj', 'srpanj', 'kolovoz', 'rujan', 'studeni', 'prosinac',
  // Catalan
  'gener', 'febrer', 'març', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'desembre',
  // Estonian, Latvian, Lithuanian
  'jaanuar', 'veebruar', 'märts', 'aprill', 'juuni', 'juuli', 'oktoober', 'detsember',
  'janvāris', 'februāris', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'septembris', 'oktobris', 'novembris', 'decembris',
  'sausis', 'vasaris', 'balandis', 'gegužė', 'birželis', 'rugpjūtis', 'rugsėjis', 'spalis', 'lapkritis', 'gruodis',
  // Indonesian
  'maret', 'agustus',
  // Russian, as named and as dated ("2 декабря")
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

/** Days of the week by their full names in other languages (short forms such as "di" or "do" are everyday words). */
export const FOREIGN_WEEKDAYS: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag',
  // Czech, Polish, Slovak
  'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'niedziela',
  'pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'nedeľa',
  // Romanian (with and without its accents)
  'luni', 'marți', 'marti', 'miercuri', 'vineri', 'sâmbătă', 'sambata', 'duminică', 'duminica',
  // Finnish, Estonian
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai',
  'esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev', 'pühapäev',
  // Hungarian, Croatian
  'hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap',
  'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja',
  // Latvian, Lithuanian
  'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena',
  'pirmadienis', 'antradienis', 'trečiadienis', 'ketvirtadienis', 'penktadienis', 'šeštadienis', 'sekmadienis',
  // Catalan, Turkish
  'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cumartesi',
];

/**
 * "| Mo | 8 km |", "Fr. | 10 km": two-letter forms of the days, which only a table's first cell makes days
 * (elsewhere "do", "di", "so" are words of talk). Not "th": a coach's "TH" may be threshold.
 */
export const SHORT_WEEKDAYS: ReadonlySet<string> = new Set([
  // English
  'mo', 'tu', 'we', 'fr', 'sa', 'su',
  // German
  'di', 'mi', 'do', 'so',
  // French
  'lu', 'ma', 'me', 'je', 've',
  // Spanish and Italian
  'ju', 'gi', 'vi', 'sá',
  // Dutch
  'wo', 'vr', 'za', 'zo',
]);

/**
 * Endings glued to a day of the month that make it an ordinal: "1st", "2nd", "1er" (French),
 * "1º"/"1ª" (Spanish, Portuguese, Italian), "6e"/"6de" (Dutch).
 */
export const ORDINAL_ENDS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'er', 're', 'e', 'eme', 'ème', 'º', 'ª', 'o', 'a', 'de', 'ste', 'te']);

/** Words between a day and its month: "1st of April", "6 de mayo", "6 di maggio". */
export const DAY_MONTH_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'di', 'del']);

/**
 * A day of the week written as one or two letters in a training log, before the part of the day
 * it was run in ("T/a.m.: 7.6mi", "Th/p.m.: 3mi"): only there, where nothing else reads them.
 */
export const WEEKDAY_LETTERS: ReadonlySet<string> = new Set(['m', 't', 'w', 'th', 'r', 'f', 'sa', 's', 'su', 'tu', 'we', 'fr']);

/**
 * Words of a meeting, which make the clock beside them the hour it starts at ("meeting at 5:45",
 * "Tuesday 5:45 meetup"), not a time run. Not "start": "start at 7:00" is as often a pace.
 */
export const GATHERINGS: ReadonlySet<string> = new Set(['meet', 'meets', 'meeting', 'met', 'meetup', 'gather', 'gathering', 'assemble']);

/**
 * Words before an hour written "18h30" or "18.00" in languages that write the clock that way
 * ("à 18h30", "um 18.30", "kl. 18.00"): with one of them before it, an hour from EARLIEST_HOUR on is
 * the time of day ("de 1h à 1h30" stays how long). English "at" is not among them: "at 6.15" is a
 * pace written with a full stop.
 */
export const HOUR_WORDS: ReadonlySet<string> = new Set(['à', 'um', 'ab', 'om', 'kl', 'klockan', 'klokka', 'klokken', 'alle', 'las', 'dalle', 'vers']);
export const EARLIEST_HOUR = 5;

/** The letter between the hours and minutes of a clock in French and its neighbours: "18h30", "7h". */
export const HOUR_LETTERS: ReadonlySet<string> = new Set(['h']);

/** The first hour of the afternoon on a 24-hour clock: "18h30" alone is a time of day, "1h30" is how long. */
export const AFTERNOON_HOUR = 13;

/** Words joining two hours the coach gives as choices or a span: "6 / 6.15pm", "5-6pm", "6 or 6:30 pm". */
export const HOUR_CHOICES: ReadonlySet<string> = new Set(['or', 'to', 'til', 'till', 'until']);


/**
 * Parts of the day in words, which say when a run was, never how it was run ("5 miles at lunch",
 * "last night", "in the evening", "before work"): set aside like an hour. "at lunch" would otherwise
 * be read as a pace after "at".
 */
export const DAY_PARTS: readonly (readonly string[])[] = [
  ...['lunch', 'lunchtime', 'noon', 'midday', 'night', 'dawn', 'dusk', 'sunrise', 'sunset', 'daybreak', 'first light']
    .flatMap((part) => [['at', ...part.split(' ')], ['around', ...part.split(' ')]]),
  ...['night', 'evening', 'morning', 'afternoon'].flatMap((part) => [part, `${part}'s`, `${part}’s`])
    .flatMap((part) => [['last', part], ['this', part], ['yesterday', part], ['tomorrow', part]]),
  ...['morning', 'evening', 'afternoon'].map((part) => ['in', 'the', part]),
  ...['work', 'breakfast', 'dinner', 'school'].flatMap((part) => [['before', part], ['after', part]]),
];

/** Parts of the day that head a line of a day's two runs ("Morning: 5 miles easy", "Evening: 4 miles"). */
export const MORNING_HEADS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'lunch', 'lunchtime']);
