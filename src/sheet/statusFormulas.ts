import { NUMBER_TEXT, NUMBER_TEXT_RESTS, spellings, WordKind } from '../engine/statusGrammar';

/**
 * The status grammar (docs/status-grammar.md) as Excel formula text, generated from the engine's tables
 * (src/engine/statusGrammar.ts) and following its steps one for one, so the invoice formulas read every
 * cell exactly as the engine does. Each piece takes a reference to one cell or to a row of cells and gives
 * TRUE/FALSE or a number per cell: built from arithmetic and IS-functions only, never IF or IFERROR, so it
 * also works inside SUMPRODUCT in every Excel (no Ctrl+Shift+Enter) and in LibreOffice.
 *
 * A list of words is searched as `|S|s|FULL|…|` with FIND, which is exact and case-sensitive; text that
 * itself holds the delimiter is refused, so it can never match across two words.
 */

const DELIMITER = '|';

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const delimitedList = (items: readonly string[]) => quoted(`${DELIMITER}${items.join(DELIMITER)}${DELIMITER}`);
const withoutDelimiter = (ref: string) => `ISERROR(FIND(${quoted(DELIMITER)},${ref}))`;

/** TRUE for a number or TRUE/FALSE (read as 1/0: LibreOffice has no logical type, so both must count). */
export function isNumberOrLogical(ref: string): string {
  return `(ISNUMBER(${ref})+ISLOGICAL(${ref})>0)`;
}

/** TRUE where the cell, after TRIM, is an accepted spelling of a word of one of `kinds`; never an error. */
export function isWord(ref: string, kinds: readonly WordKind[]): string {
  const words = kinds.flatMap((kind) => spellings(kind));
  return `ISNUMBER(FIND(${quoted(DELIMITER)}&TRIM(${ref})&${quoted(DELIMITER)},${delimitedList(words)})/${withoutDelimiter(ref)})`;
}

/**
 * The number that number-like text stands for; an error for anything else, text or not. Spaces removed,
 * the digits must number 1 to maxDigits, what is left of the text one of NUMBER_TEXT_RESTS with the
 * percent sign last; NUMBERVALUE then reads it with the separator made a point.
 */
export function textNumber(ref: string): string {
  const compact = `SUBSTITUTE(${ref},${quoted(NUMBER_TEXT.space)},"")`;
  const rest = [...NUMBER_TEXT.digits].reduce((text, digit) => `SUBSTITUTE(${text},${quoted(digit)},"")`, compact);
  const withPoint = NUMBER_TEXT.separators
    .filter((separator) => separator !== '.')
    .reduce((text, separator) => `SUBSTITUTE(${text},${quoted(separator)},".")`, compact);
  const digitsMiddle = (NUMBER_TEXT.maxDigits + 1) / 2;
  const percent = quoted(NUMBER_TEXT.percent);
  return [
    // With the file format's prefix already on, the .xlsx writer need not walk every line's formula to add it.
    `_xlfn.NUMBERVALUE(${withPoint},".",",")`,
    `ISTEXT(${ref})`,
    `ISNUMBER(FIND(${quoted(DELIMITER)}&${rest}&${quoted(DELIMITER)},${delimitedList(NUMBER_TEXT_RESTS)}))`,
    withoutDelimiter(ref),
    // 1 to maxDigits digits, with the rest written once.
    `(ABS(LEN(${compact})-LEN(${rest})-${digitsMiddle})<${digitsMiddle})`,
    `(FIND(${percent},${compact}&${percent})>=LEN(${compact}))`,
  ].join('/');
}

/** A cell's share of the rate: the number, 1 for a self-supporting word, 0 for "none", the text's number; else an error. One cell. */
export function shareOfStatus(ref: string): string {
  return `IF(${isNumberOrLogical(ref)},${ref}*1,IF(${isWord(ref, ['full', 'partial'])},1,IF(${isWord(ref, ['none'])},0,${textNumber(ref)})))`;
}

/**
 * 1 where a cell's status claims a payable share (above 0, at most 1), 0 elsewhere, errors included: the
 * number cells, the words of `kinds`, and number-like text, which are never more than one of them at once.
 * ROUNDUP(x,0)=1 is 0 < x ≤ 1 for the x ≥ 0 that number-like text gives, with the text's number written once.
 */
export function payableStatus(ref: string, kinds: readonly WordKind[]): string {
  return [
    `ISNUMBER(1/(ISNUMBER(${ref})+ISLOGICAL(${ref}))/(${ref}*1>0)/(${ref}*1<=1))`,
    isWord(ref, kinds),
    `ISNUMBER(1/(ROUNDUP(${textNumber(ref)},0)=1))`,
  ].join('+');
}
