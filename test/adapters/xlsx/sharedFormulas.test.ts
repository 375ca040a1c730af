import { createXlsx, openXlsx, writeXlsx } from '../../../src/adapters/xlsx';
import { readCellFormula } from '../../../src/adapters/xlsx/cellFormula';
import { movedFormula } from '../../../src/adapters/xlsx/sharedFormula';
import { ZipPackage } from '../../../src/adapters/xlsx/zipPackage';
import { demoWorkbook } from '../../../src/demo/demoWorkbook';
import { cellAddress, columnIndex } from '../../../src/engine/cells';
import { IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { runInvoice } from '../../../src/jobs/invoiceJob';
import { invoiceColumnNames } from '../../../src/sheet/invoiceSheet';
import { SheetSpec } from '../../../src/workbook/types';

/** An invoice's line formulas are stored as shared formulas (ECMA-376 §18.3.1.40) and read back in full. */

const demo = createXlsx(demoWorkbook());
const SHEET = 'Invoice 2019-W30';

async function demoInvoice(): Promise<{ sheet: SheetSpec; candidateRows: number[]; written: Uint8Array }> {
  const result = await runInvoice(openXlsx(demo), { week: parseWeekLabel('2019-W30') as IsoWeek, builtAt: new Date(2019, 6, 29) });
  if (result.kind !== 'invoice') throw new Error(result.kind);
  return {
    sheet: result.changes.addSheets[0],
    candidateRows: result.invoice.lines.map((line) => line.candidate.row),
    written: writeXlsx(demo, result.changes),
  };
}

function sheetPart(bytes: Uint8Array, name: string): string {
  const zip = new ZipPackage(bytes);
  const workbook = zip.text('xl/workbook.xml')!;
  const id = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    zip.text('xl/_rels/workbook.xml.rels')!,
  )!;
  return zip.text(`xl/${target[1] ?? target[2]}`)!;
}

/** The `ref` of every shared group the part starts, by column letters. */
function sharedGroups(xml: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [, ref] of xml.matchAll(/<f t="shared" ref="([A-Z]+\d+:[A-Z]+\d+)" si="\d+">/g)) {
    const column = /^[A-Z]+/.exec(ref)![0];
    groups.set(column, [...(groups.get(column) ?? []), ref]);
  }
  return groups;
}

describe('an invoice written to .xlsx', () => {
  test('every line cell reads back with its full formula (as Explain shows it), followers of a shared formula included', async () => {
    const { sheet, written } = await demoInvoice();
    const xml = sheetPart(written, SHEET);
    expect(xml.match(/<f t="shared" si="\d+"\/>/g)?.length).toBeGreaterThan(50);
    let compared = 0;
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell?.formula) return;
        expect([cellAddress(r, c), readCellFormula(written, `'${SHEET}'!${cellAddress(r, c)}`)]).toEqual([
          cellAddress(r, c),
          `=${cell.formula.replace(/_xlfn\./g, '')}`,
        ]);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(24 * 8);
  });

  test('a column of the line’s own cells is one group; one that reads the candidate’s row splits where the candidate rows skip', async () => {
    const { candidateRows, written } = await demoInvoice();
    const groups = sharedGroups(sheetPart(written, SHEET));
    const firstRow = 17;
    const lastRow = firstRow + candidateRows.length - 1;
    const column = (name: string) => String.fromCharCode(65 + invoiceColumnNames('en').indexOf(name));
    expect(groups.get(column('Share'))).toEqual([`${column('Share')}${firstRow}:${column('Share')}${lastRow}`]);
    expect(groups.get(column('Amount'))).toEqual([`${column('Amount')}${firstRow}:${column('Amount')}${lastRow}`]);
    // Runs of lines whose candidates sit in consecutive rows (the demo's rows 10, 17, 20, 29, 30, 33 …).
    const runs: string[] = [];
    let start = 0;
    for (let line = 1; line <= candidateRows.length; line++) {
      if (line < candidateRows.length && candidateRows[line] === candidateRows[line - 1] + 1) continue;
      if (line - 1 > start) runs.push(`${firstRow + start}:${firstRow + line - 1}`);
      start = line;
    }
    expect(runs.length).toBeGreaterThan(1);
    const before = column('Payable weeks before');
    expect(groups.get(before)).toEqual(runs.map((run) => run.replace(/(\d+):(\d+)/, `${before}$1:${before}$2`)));
  });
});

describe('the writer', () => {
  test('stores a run once, and writes in full a cell whose run started in another column or has one row', () => {
    const run = { firstRow: 0, lastRow: 2 };
    const single = { firstRow: 3, lastRow: 3 };
    const rows = [0, 1, 2].map((r) => [
      { value: r },
      { formula: `A${r + 1}*2`, formulaRun: run, value: r * 2 },
      { formula: `B${r + 1}+1`, formulaRun: run, value: r * 2 + 1 },
    ]);
    const bytes = createXlsx({
      addSheets: [{ name: 'Data', rows: [...rows, [{ value: 3 }, { formula: 'A4*2', formulaRun: single, value: 6 }]] }],
    });
    const xml = new ZipPackage(bytes).text('xl/worksheets/sheet1.xml')!;
    expect(xml.match(/<f[^>]*>[^<]*<\/f>|<f[^>]*\/>/g)).toEqual([
      '<f t="shared" ref="B1:B3" si="0">A1*2</f>',
      '<f>B1+1</f>',
      '<f t="shared" si="0"/>',
      '<f>B2+1</f>',
      '<f t="shared" si="0"/>',
      '<f>B3+1</f>',
      '<f>A4*2</f>',
    ]);
    expect(['B2', 'B3', 'C3'].map((cell) => readCellFormula(bytes, `Data!${cell}`))).toEqual(['=A2*2', '=A3*2', '=B3+1']);
  });
});

describe('a shared formula written by another program', () => {
  const bytes = (() => {
    const workbook = createXlsx({
      addSheets: [{ name: 'Data', rows: [[{ value: 1 }, { value: 2 }], [{ value: 3 }, { value: 4 }], [{ value: 5 }]] }],
    });
    const zip = new ZipPackage(workbook);
    const part = 'xl/worksheets/sheet1.xml';
    // Excel's own shape: the group's first cell holds the text, the others only its index, one without a cached value.
    const xml = zip
      .text(part)!
      .replace(
        '</sheetData>',
        '<row r="5"><c r="C5"><f t="shared" ref="C5:D6" si="0">SUM($A1:A$2)*Data!B1</f><v>3</v></c><c r="D5"><f t="shared" si="0"/><v>6</v></c></row>' +
          '<row r="6"><c r="C6"><f t="shared" si="0"/><v>7</v></c><c r="D6"><f t="shared" si="0"/></c></row></sheetData>',
      );
    return zip.rewrite(new Map([[part, xml]]), new Map());
  })();

  test('reads as its first formula moved to the cell, across rows and columns', () => {
    expect(readCellFormula(bytes, 'Data!C5')).toBe('=SUM($A1:A$2)*Data!B1');
    expect(readCellFormula(bytes, 'Data!D5')).toBe('=SUM($A1:B$2)*Data!C1');
    expect(readCellFormula(bytes, 'Data!C6')).toBe('=SUM($A2:A$2)*Data!B2');
    expect(readCellFormula(bytes, 'Data!D6')).toBe('=SUM($A2:B$2)*Data!C2');
  });

  test('a follower without a computed value is an uncomputed formula; one with a value is not', async () => {
    const workbook = openXlsx(bytes);
    expect(await workbook.uncomputedFormula('Data!D6')).toBe('=SUM($A2:B$2)*Data!C2');
    expect(await workbook.uncomputedFormula('Data!C6')).toBeUndefined();
    const rows = (await workbook.readSheet('Data')).rows;
    expect([rows[4]?.[2], rows[4]?.[3], rows[5]?.[2], rows[5]?.[3] ?? null]).toEqual([3, 6, 7, null]);
  });
});

describe('movedFormula', () => {
  test.each([
    ['B17*2', 1, 0, 'B18*2'],
    ['G$16:G16', 3, 0, 'G$16:G19'],
    ["Candidates!$C2:$FA2+'Other sheet'!B2", 2, 1, "Candidates!$C4:$FA4+'Other sheet'!C4"],
    ['$B$7+SIB_WeeklyRate+LOG10(A1)', 5, 5, '$B$7+SIB_WeeklyRate+LOG10(F6)'],
    ['"A1 stays"&A1', 1, 0, '"A1 stays"&A2'],
    ["'A1''s sheet'!A1", 1, 0, "'A1''s sheet'!A2"],
    ['Table1[Amount]+Table1[[#Totals],[A1]]', 1, 1, 'Table1[Amount]+Table1[[#Totals],[A1]]'],
    ['1E5+2.5E-3+A1', 1, 0, '1E5+2.5E-3+A2'],
    ['SUM(2:3)+SUM(A:B)+SUM($4:$4)', 1, 1, 'SUM(3:4)+SUM(B:C)+SUM($4:$4)'],
    ['A1+XFD1', 0, 1, 'B1+#REF!'],
    ['A1', -1, 0, '#REF!'],
    ['_xlfn.CONCAT(B2,"x")', 1, 0, '_xlfn.CONCAT(B3,"x")'],
    ['Kunde2+R1C1+A1', 1, 0, 'Kunde2+R1C1+A2'],
  ])('%s moved %i rows and %i columns is %s', (formula, rows, columns, moved) => {
    expect(movedFormula(formula, rows, columns)).toBe(moved);
  });

  test('column letters past the grid are a name, not a reference', () => {
    expect(columnIndex('XFE')).toBeGreaterThan(16_383);
    expect(movedFormula('XFE1+TAXES2019', 1, 0)).toBe('XFE1+TAXES2019');
  });
});
