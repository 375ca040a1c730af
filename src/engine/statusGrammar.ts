/**
 * The status grammar (docs/status-grammar.md; docs/rules.md §4.3): what text a status cell may hold and what it means,
 * written once. The engine reads text by it (status.ts), and the invoice formulas are generated from the
 * same tables (src/sheet/statusFormulas.ts), step for step, so Excel, LibreOffice and the engine read every
 * text alike. Each step uses only what all three compute identically: removing or collapsing U+0020
 * (Excel's TRIM), exact comparison with listed spellings (no Unicode case folding), removing ASCII digits,
 * and reading a number from digits, one decimal separator and a trailing percent sign.
 */

export type WordKind = 'full' | 'partial' | 'none';

/** The status words in capitals. Each is accepted as written here, in lower case, and capitalised. */
export const STATUS_WORDS: Readonly<Record<WordKind, readonly string[]>> = {
  full: ['S', 'FULL', 'SELV'],
  partial: ['D', 'PARTIAL', 'DELVIS'],
  none: ['O', 'NONE', '-'],
};

const WORD_KINDS = Object.keys(STATUS_WORDS) as WordKind[];

/** `FULL`, `full`, `Full`: the spellings of one word, without repeats (`S`, `s`; `-`). */
export function spellingsOf(word: string): string[] {
  const lower = word.toLowerCase();
  return [...new Set([word, lower, word.charAt(0) + lower.slice(1)])];
}

/** Every accepted spelling of the words of a kind, in table order. Empty text (a blank) is "none" as well. */
export function spellings(kind: WordKind): string[] {
  return [...STATUS_WORDS[kind].flatMap(spellingsOf), ...(kind === 'none' ? [''] : [])];
}

const KIND_OF_SPELLING = new Map<string, WordKind>(WORD_KINDS.flatMap((kind) => spellings(kind).map((each) => [each, kind] as const)));

/**
 * Text that looks like a number. After every U+0020 is removed, the text may hold only ASCII digits (at
 * least one, at most `maxDigits`), one decimal separator (either one; thousands separators are not read)
 * and one percent sign at the end. Signs, exponents, other spaces and other digits make it invalid.
 */
export const NUMBER_TEXT = {
  space: ' ',
  digits: '0123456789',
  separators: ['.', ','],
  percent: '%',
  /** Fifteen digits, as many as Excel keeps of a number, so the text's number is exactly what Excel reads. */
  maxDigits: 15,
} as const;

/** What may remain of number-like text once its spaces and digits are removed: `''`, `.`, `,`, `%`, `.%`, `,%`. */
export const NUMBER_TEXT_RESTS: readonly string[] = ['', ...NUMBER_TEXT.separators].flatMap((rest) => [rest, rest + NUMBER_TEXT.percent]);

/** Excel's TRIM: spaces (U+0020 only) removed from both ends and inner runs of them collapsed to one. */
export function excelTrim(text: string): string {
  return text.indexOf(' ') < 0 ? text : text.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

/** The kind of a status word, given text after Excel's TRIM; undefined when it is not an accepted spelling. */
export function wordKind(trimmed: string): WordKind | undefined {
  return KIND_OF_SPELLING.get(trimmed);
}

const DIGIT = /[0-9]/g;

/**
 * The number that number-like text stands for (`0,5`, `0. 5`, `50 %` → 0.5), or undefined when the text
 * is not number-like. The same steps as the invoice formulas: spaces removed, digits counted and removed,
 * the rest one of NUMBER_TEXT_RESTS, the percent sign last.
 */
export function numberOfText(text: string): number | undefined {
  const compact = text.split(NUMBER_TEXT.space).join('');
  const rest = compact.replace(DIGIT, '');
  const digits = compact.length - rest.length;
  if (digits < 1 || digits > NUMBER_TEXT.maxDigits || !NUMBER_TEXT_RESTS.includes(rest)) return undefined;
  const percent = rest.endsWith(NUMBER_TEXT.percent);
  if (percent && !compact.endsWith(NUMBER_TEXT.percent)) return undefined;
  const decimal = compact.replace(NUMBER_TEXT.percent, '').replace(',', '.');
  const number = Number(decimal);
  return percent ? Number((number / 100).toPrecision(NUMBER_TEXT.maxDigits)) : number;
}
