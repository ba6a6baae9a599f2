/**
 * The layout of coach text: marks that shape a session into lines, lists and
 * tables rather than say what is run. A coach reading this table should
 * recognise every mark in it; a mark that can also carry meaning ("6-8" is a
 * range, "RI = 2 min" names the recovery) is read by what stands around it, in
 * src/compiler/normalise/layout.ts, never here.
 */

/**
 * Decoration: quotes, bullets, stars and boxes that mean nothing in a session
 * wherever they stand ("• 4 x 400m", "★ Long run", "“quarters”").
 */
export const DECORATION: ReadonlySet<string> = new Set([
  ...'"\'“”‘’„‚‹›「」『』«»*~#',
  // Spanish opening marks; the Japanese middle dot that lists items ("・1,000m×5本").
  ...'¿¡・',
  // Bullets and list boxes, as word processors and web pages print them.
  ...'•·●○◦▪▫■□◆◇►▶▸‣∙⁃➢➤➔✓✔✗☐☑☒★☆',
]);

/**
 * Marks that open an item of a list at the start of a line and mean nothing
 * else there ("- Sprint for 1 minute", "=> 6 minutes – 6.5mph", "→ 4 x 200m").
 * Longest first, so "=>" is taken before "=".
 */
export const LIST_MARKS: readonly string[] = ['=>', '->', '-', '–', '—', '→', '⇒'];

/**
 * Punctuation of other scripts and full-width forms, and the mark runcast reads
 * them as ("1000m、200m" is "1000m, 200m"; "…" closes a thought as a full stop does).
 */
export const PUNCTUATION_AS: Readonly<Record<string, string>> = {
  '、': ',',
  '，': ',',
  '。': '.',
  '．': '.',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '【': '(',
  '】': ')',
  '！': '!',
  '？': '?',
  '…': '.',
  // A range in Japanese ("3〜4本"), as a wave dash or a full-width tilde.
  // An arrow inside a line leads on, as ">" does: "10′ → 8× (1′ / 2′) → 5′", "@ 10k→5k pace".
  '→': '>',
  '⇒': '>',
  '〜': '-',
  '～': '-',
};

/** Words a line cannot end on: the line after one goes on with it ("(RPE 6) with\n1:30min E", "5 km or\n30 min"). */
export const LINE_GOES_ON: ReadonlySet<string> = new Set(['or', 'with', 'w', 'of']);

/** Hyphens typed for a dash ("Run 5K -- 30 to 40 min"): one dash, however many stand together. */
export const TYPED_DASH = '-';

/** The bar between the columns of a table row ("Steady | 4M | 7:30"). */
export const COLUMN_BARS: ReadonlySet<string> = new Set(['|', '│', '¦']);
