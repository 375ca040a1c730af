import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { readCellFormula } from '../../src/adapters/xlsx/cellFormula';
import { ZipPackage } from '../../src/adapters/xlsx/zipPackage';

/**
 * Markup that is not markup: a comment, a CDATA section or a processing instruction in a worksheet part
 * that holds `<row r="5">` (with a formula cell, a dimension, a sheetData) as text. The single-cell edits,
 * Explain's formula, the uncomputed formula and the ledger's appended rows must see through it: the text
 * is neither a row, nor a cell, nor a place to write into, and it stays as it was.
 */

const PART = 'xl/worksheets/sheet1.xml';
const FAKE_ROW = '<row r="5"><c r="B5"><f>666*2</f></c></row>';

const COMMENT = [`<!-- <dimension ref="A1:Z99"/><sheetData>${FAKE_ROW}</sheetData> -->`, `<!-- ${FAKE_ROW} -->`];
const INSTRUCTION = [`<?note <sheetData>${FAKE_ROW}</sheetData>?>`, `<?note ${FAKE_ROW}?>`];
const CDATA = `<![CDATA[<dimension ref="A1:Z99"/>${FAKE_ROW}]]>`;

/** Each kind of text: what it puts where in the sheet part, and the texts that must stay as they are. */
const HOSTILE: Readonly<Record<string, { readonly edit: (xml: string) => string; readonly texts: readonly string[] }>> = {
  'a comment': {
    edit: (xml) => xml.replace('<sheetData>', `<sheetData>${COMMENT[1]}`).replace('<dimension ', `${COMMENT[0]}<dimension `),
    texts: COMMENT,
  },
  'a processing instruction': {
    edit: (xml) => xml.replace('<sheetData>', `<sheetData>${INSTRUCTION[1]}`).replace('<dimension ', `${INSTRUCTION[0]}<dimension `),
    texts: INSTRUCTION,
  },
  'a CDATA section in a cell': { edit: (xml) => xml.replace('<is><t>Rate</t></is>', `<is><t>${CDATA}</t></is>`), texts: [CDATA] },
};

/** Two rows of terms, the second a formula, with the hostile text of `kind` in the sheet part. */
function hostileWorkbook(kind: string): { bytes: Uint8Array; hostile: readonly string[] } {
  const plain = createXlsx({
    addSheets: [
      {
        name: 'Terms',
        rows: [
          [{ value: 'Rate' }, { value: 1000 }],
          [{ value: 'Cap' }, { formula: 'B1*2', value: 2000 }],
        ],
      },
    ],
  });
  const zip = new ZipPackage(plain);
  const edited = HOSTILE[kind].edit(zip.text(PART)!);
  expect(edited).not.toBe(zip.text(PART));
  return { bytes: zip.rewrite(new Map([[PART, edited]]), new Map()), hostile: HOSTILE[kind].texts };
}

const sheetXml = (bytes: Uint8Array) => new ZipPackage(bytes).text(PART)!;

describe.each(Object.keys(HOSTILE))('%s holding <row r="5"> as text', (kind) => {
  test('is read as text: the workbook reads as two rows', async () => {
    const { bytes } = hostileWorkbook(kind);
    const rows = (await openXlsx(bytes).readSheet('Terms')).rows;
    expect(rows.slice(1)).toEqual([['Cap', 2000]]);
    expect(rows).toHaveLength(2);
  });

  test('a term set in row 5 is a new row after row 2, and the text is left as it was', async () => {
    const { bytes, hostile } = hostileWorkbook(kind);
    const edited = setCellsXlsx(bytes, [{ address: 'Terms!B5', cell: { value: 7 } }]);
    const xml = sheetXml(edited);
    for (const text of hostile) expect(xml).toContain(text);
    expect(xml).toContain('<dimension ref="A1:B5"/>');
    expect(xml).toMatch(/<\/row><row r="5"><c r="B5"><v>7<\/v><\/c><\/row><\/sheetData>/);
    const rows = (await openXlsx(edited).readSheet('Terms')).rows;
    expect(rows[4]).toEqual([null, 7]);
    expect(rows[1]).toEqual(['Cap', 2000]);
  });

  test('a term set in row 1 goes into row 1, past the text', async () => {
    const { bytes, hostile } = hostileWorkbook(kind);
    const edited = setCellsXlsx(bytes, [{ address: 'Terms!B1', cell: { value: 1250 } }]);
    for (const text of hostile) expect(sheetXml(edited)).toContain(text);
    expect((await openXlsx(edited).readSheet('Terms')).rows[0]?.[1]).toBe(1250);
  });

  test('row 5 has no formula to explain, and none uncomputed; row 2 has its own', async () => {
    const { bytes } = hostileWorkbook(kind);
    expect(readCellFormula(bytes, 'Terms!B5')).toBeUndefined();
    expect(await openXlsx(bytes).uncomputedFormula('Terms!B5')).toBeUndefined();
    expect(readCellFormula(bytes, 'Terms!B2')).toBe('=B1*2');
  });

  test('ledger rows are appended after row 2, not refused as if row 5 were there', async () => {
    const { bytes, hostile } = hostileWorkbook(kind);
    const written = writeXlsx(bytes, {
      addSheets: [],
      appendRows: [{ sheet: 'Terms', firstRow: 2, rows: [[{ value: 'Floor' }, { value: 5 }]] }],
    });
    const xml = sheetXml(written);
    for (const text of hostile) expect(xml).toContain(text);
    expect(xml).toContain('<dimension ref="A1:B3"/>');
    expect((await openXlsx(written).readSheet('Terms')).rows.slice(1)).toEqual([
      ['Cap', 2000],
      ['Floor', 5],
    ]);
  });
});
