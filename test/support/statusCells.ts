import fc from 'fast-check';
import { CellValue } from '../../src/engine/cells';
import { STATUS_WORDS } from '../../src/engine/statusGrammar';

/**
 * Status cells as messy as real sheets hold them, for the differential test against LibreOffice and the
 * engine's own property test: the words in any case, numbers written as text with decimal commas and
 * points, thousands separators, percent signs, exponents and signs, spaces of every kind (U+0020, the
 * non-breaking space, tabs, thin and ideographic spaces, zero-width characters) around and inside them,
 * full-width letters and digits, Excel error values, TRUE/FALSE, and numbers at and around 0 and 1.
 */

const WORDS = [...STATUS_WORDS.full, ...STATUS_WORDS.partial, ...STATUS_WORDS.none, 'X', 'SS', 'JA', 'Nej', 'PART'];

/** Characters one cannot see or tell from a space, and look-alikes of letters and digits. */
export const ODD_CHARACTERS = ['\u00a0', '\t', '\u2009', '\u202f', '\u3000', '\u200b', '\u200d', '\ufeff', 'Ｓ', 'ｄ', '０', '５', '％'];

const SPACING = fc.constantFrom('', '', '', ' ', '  ', ...ODD_CHARACTERS.slice(0, 8));

/** A word with each letter in upper or lower case as a coin says. */
const anyCaseWord = fc
  .tuple(fc.constantFrom(...WORDS), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
  .map(([word, upper]) => [...word].map((letter, index) => (upper[index] ? letter.toUpperCase() : letter.toLowerCase())).join(''));

const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: max }).map((each) => each.join(''));

/** Number-like text: mostly shares between 0 and 1, and every way of writing a number the grammar refuses. */
const numberText = fc
  .tuple(
    fc.constantFrom('', '', '', '', '-', '+'),
    fc.oneof(fc.constantFrom('0', '0', '1', ''), digits(3)),
    fc.constantFrom(',', '.', ',', '.', '', '. ', ', ', '.000,', ',000.'),
    fc.oneof(digits(4), digits(16), fc.constantFrom('', '5', '25')),
    fc.constantFrom('', '', '', '', 'e-1', 'E0', 'e1'),
    fc.constantFrom('', '', '', '%', ' %', '%%'),
  )
  .map(([sign, whole, separator, fraction, exponent, percent]) => `${sign}${whole}${separator}${fraction}${exponent}${percent}`);

const numbers = fc.constantFrom<CellValue>(0, 1, 0.5, 0.4, 0.25, 1e-9, 0.999999999, 1.0000001, -0, -0.1, 2, 0.1 + 0.2, 1 / 3, 0.123456789);

const otherCells = fc.constantFrom<CellValue>(
  null,
  null,
  '',
  '   ',
  true,
  false,
  { error: '#N/A' },
  { error: '#VALUE!' },
  { error: '#DIV/0!' },
  { error: '#REF!' },
  { error: '#NAME?' },
  { error: '#NUM!' },
  { error: '#NULL!' },
);

/** Short strings over the grammar's alphabet and the odd characters: the cases no one thought of. */
const junk = fc
  .array(fc.constantFrom(...'SsDdOoFULE-0123456789,.% |e+', ...ODD_CHARACTERS), { maxLength: 6 })
  .map((characters) => characters.join(''));

/** Number text with one flaw each, which random pieces rarely give alone. */
const oneFlaw = fc.constantFrom('0,1234567890123456', '0.00000000000000001', '1.000,5', '1,000.5', '5e-1', '-0,5', '50%%', '%50', '.', '%');

const padded = (text: fc.Arbitrary<string>) => fc.tuple(SPACING, text, SPACING).map(([before, core, after]) => before + core + after);

export const statusCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<CellValue>('S', 'S', 'D', 's', 'Selv', 'delvis', 'O', '-') },
  { weight: 4, arbitrary: padded(anyCaseWord) },
  { weight: 4, arbitrary: padded(numberText) },
  { weight: 1, arbitrary: oneFlaw },
  { weight: 3, arbitrary: numbers },
  { weight: 3, arbitrary: otherCells },
  { weight: 2, arbitrary: junk },
);

/** The same cells for every run: a failure names its seed and reproduces. */
export function sampleStatusCells(seed: number, count: number): CellValue[] {
  return fc.sample(statusCell, { seed, numRuns: count });
}
