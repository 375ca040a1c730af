import fc from 'fast-check';
import { createXlsx, openXlsx } from '../../../src/adapters/xlsx';
import { CellValue, EXCEL_ERROR_TEXTS } from '../../../src/engine/cells';
import { CellSpec, NumberFormatKind } from '../../../src/workbook/types';

/** Whatever grid the writer is given, the scanner reads back exactly its values, and neither throws. */

const awkwardText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom(
      '_x0041_',
      '_x005F_',
      '_x',
      '&amp;',
      '&',
      '<',
      '>',
      '"',
      "'",
      ']]>',
      '\r',
      '\n',
      '\t',
      ' ',
      '\u0000',
      '\uFFFE',
      '\uD800',
      '\uDC00',
      'ø',
      '😀',
    ),
    maxLength: 6,
  }),
);

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  awkwardText,
  fc.boolean(),
  fc.constantFrom(...EXCEL_ERROR_TEXTS).map((error) => ({ error })),
);

const formats: NumberFormatKind[] = ['general', 'amount', 'integer', 'share', 'date', 'datetime', 'text'];

const cell: fc.Arbitrary<CellSpec | null> = fc.oneof(
  fc.constant(null),
  fc.record({ value, format: fc.constantFrom(...formats), bold: fc.boolean() }),
  fc.record({ formula: fc.constant('1+1'), value }),
);

const grid = fc.array(fc.oneof(fc.constant(null), fc.array(cell, { maxLength: 8 })), { maxLength: 8 });

/** What a reader sees: -0 is stored as 0, blank cells and rows at the ends are not stored at all. */
function expectedRows(rows: (CellSpec | null)[][] | null[]): (CellValue[] | undefined)[] {
  const expected = rows.map((row) => {
    const values = (row ?? []).map((spec) =>
      spec?.value === undefined || Object.is(spec.value, -0) ? (spec?.value === undefined ? null : 0) : spec.value,
    );
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values.length > 0 ? values : undefined;
  });
  while (expected.length > 0 && expected[expected.length - 1] === undefined) expected.pop();
  return expected;
}

test('random grids written with createXlsx read back identically', async () => {
  await fc.assert(
    fc.asyncProperty(grid, async (rows) => {
      const bytes = createXlsx({ addSheets: [{ name: 'Fuzz', rows }] });
      const read = await openXlsx(bytes).readSheet('Fuzz');
      expect(read.rows).toEqual(expectedRows(rows as (CellSpec | null)[][]));
    }),
    { numRuns: 300 },
  );
});
