import fc from 'fast-check';
import { CellValue, isExcelError } from '../../src/engine/cells';
import { errorMessage, isEngineError } from '../../src/engine/errors';
import { parseStatus, shareOf, statusCode } from '../../src/engine/status';
import { STATUS_WORDS } from '../../src/engine/statusGrammar';
import { statusCell } from '../support/statusCells';

/**
 * The engine alone, over the alphabet of the differential test (test/support/statusCells.ts), against the
 * grammar as docs/status-grammar.md states it, written here as regular expressions. Seeded: a failure
 * reproduces with the same seed.
 */
const SEED = 8_2021;
const RUNS = 5_000;

const spellings = new Map(
  Object.entries(STATUS_WORDS).flatMap(([kind, words]) =>
    words.flatMap((word) => [word, word.toLowerCase(), word[0] + word.slice(1).toLowerCase()].map((each) => [each, kind])),
  ),
);

/** What the documented grammar says a cell means: S, D, O, the share, or 'invalid'. */
function documented(cell: CellValue): string | number {
  if (cell === null) return 'O';
  if (typeof cell === 'boolean') return cell ? 'S' : 'O';
  if (isExcelError(cell)) return 'invalid';
  if (typeof cell === 'number') return ofNumber(cell);
  const word = spellings.get(cell.replace(/^ +| +$/g, ''));
  if (word) return { full: 'S', partial: 'D', none: 'O' }[word]!;
  if (/^ *$/.test(cell)) return 'O';
  const compact = cell.replace(/ /g, '');
  const match = /^([0-9]*)([.,]?)([0-9]*)(%?)$/.exec(compact);
  const digits = match ? match[1].length + match[3].length : 0;
  if (!match || digits < 1 || digits > 15) return 'invalid';
  const number = Number(`${match[1] || '0'}.${match[3] || '0'}`);
  return ofNumber(match[4] ? Number((number / 100).toPrecision(15)) : number);
}

function ofNumber(value: number): string | number {
  if (value < 0 || value > 1) return 'invalid';
  if (value === 0) return 'O';
  if (value === 1) return 'S';
  return Number(value.toPrecision(15));
}

function engine(cell: CellValue): string | number {
  const reading = parseStatus(cell);
  if (isEngineError(reading)) return 'invalid';
  return reading.status.kind === 'share' ? reading.status.share.toNumber() : statusCode(reading.status);
}

describe('the engine reads every cell as the documented grammar says (fast-check, seeded)', () => {
  test('the same status, or invalid, for every cell', () => {
    fc.assert(
      fc.property(statusCell, (cell) => {
        expect(engine(cell)).toBe(documented(cell));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('spaces (U+0020) around a word, or anywhere in number-like text, change nothing', () => {
    fc.assert(
      fc.property(statusCell, fc.nat(8), fc.constantFrom(' ', '  '), (cell, at, spaces) => {
        fc.pre(typeof cell === 'string' && engine(cell) !== 'invalid');
        const text = cell as string;
        const spaced = /[0-9]/.test(text) ? text.slice(0, at) + spaces + text.slice(at) : spaces + text + spaces;
        expect(engine(spaced)).toBe(engine(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('every refusal is a message in English and Danish, with each placeholder filled and any odd character named', () => {
    fc.assert(
      fc.property(statusCell, (cell) => {
        const reading = parseStatus(cell);
        if (!isEngineError(reading)) {
          expect(shareOf(reading.status) ?? 'partial').toBeDefined();
          return;
        }
        for (const language of ['en', 'da'] as const) expect(errorMessage(reading, language)).not.toMatch(/\{\w+\}/);
        if (typeof reading.params.code === 'string') {
          const code = parseInt(reading.params.code.slice(2), 16);
          expect([...(cell as string)].some((character) => character.codePointAt(0) === code)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
