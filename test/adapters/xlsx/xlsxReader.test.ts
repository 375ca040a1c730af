import { readFileSync } from 'fs';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';
import { openXlsx } from '../../../src/adapters/xlsx';
import { largeCandidateWorkbook } from '../../support/largeWorkbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

describe('openXlsx', () => {
  test('a LibreOffice-made workbook: sheets with their states, names with scope, values', async () => {
    const book = openXlsx(new Uint8Array(readFileSync(join(__dirname, '../../fixtures/rich-workbook.xlsx'))));
    expect(book.sheets).toEqual([
      { name: 'Data', state: 'visible' },
      { name: 'Hidden', state: 'hidden' },
      { name: 'Contract', state: 'visible' },
    ]);
    expect(book.dateSystem).toBe('1900');
    expect(await book.definedNames()).toEqual([
      { name: 'Amounts', formula: 'Data!$B$2:$B$5' },
      { name: 'SIB_PartialRate', formula: 'Contract!$B$2' },
      { name: 'SIB_WeeklyRate', formula: 'Contract!$B$1' },
      { name: 'LocalNote', sheetScope: 'Contract', formula: 'Contract!$A$1' },
    ]);
    expect((await book.readSheet('Data')).rows).toEqual([
      ['Item', 'Amount', 'Weeks', 'Merged heading'],
      ['Ærø & København', 1234.565, 12, 44263, 0.4],
      ['<tag> "quoted"', -0.125, 52, true],
      ['Third', 10],
      ['Fourth', 20.5],
      ['Total', 1264.94],
    ]);
    expect(await book.tables()).toEqual([]);
  });

  test('follows the package relationships to a workbook stored elsewhere, with absolute targets and no shared strings', async () => {
    const bytes = zipSync(
      {
        '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        '_rels/.rels': strToU8(
          `<Relationships xmlns="${PKG_REL}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`,
        ),
        'book/main.xml': strToU8(
          `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="Only" sheetId="1" r:id="s1"/></sheets>` +
            `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Only!$A$1:$A$2</definedName></definedNames></workbook>`,
        ),
        'book/_rels/main.xml.rels': strToU8(
          `<Relationships xmlns="${PKG_REL}"><Relationship Id="s1" Type="${REL}/worksheet" Target="/book/sheets/one.xml"/></Relationships>`,
        ),
        'book/sheets/one.xml': strToU8(
          `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>hi</t></is></c></row></sheetData></worksheet>`,
        ),
      },
      { level: 0 },
    );
    const book = openXlsx(bytes);
    expect(book.dateSystem).toBe('1904');
    expect(await book.sheetNames()).toEqual(['Only']);
    expect(await book.definedNames()).toEqual([]);
    expect((await book.readSheet('ONLY')).rows).toEqual([['hi']]);
  });

  test('says clearly what is wrong with a file it cannot read', async () => {
    expect(() => openXlsx(strToU8('name,amount\nK-1,12'))).toThrow('The file is not an Excel workbook (.xlsx)');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => openXlsx(ole)).toThrow(/password-protected workbook or an old \.xls file/);
    expect(() => openXlsx(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toThrow(/no workbook part/);
    await expect(openXlsx(largeCandidateWorkbook(1, 3)).readSheet('Nope')).rejects.toThrow(
      "The workbook has no sheet named 'Nope'. Its sheets: Candidates",
    );
  });

  test('reads a 10,000 × 160 candidate sheet whole (its time is measured by npm run bench)', async () => {
    const grid = await openXlsx(largeCandidateWorkbook(10_000, 160)).readSheet('Candidates');
    expect(grid.rows).toHaveLength(10_001);
    expect(grid.rows[0]?.slice(0, 3)).toEqual(['Candidate ID', 'Start', 43831]);
    expect(grid.rows[10_000]?.[0]).toBe('K-10000');
  });
});
