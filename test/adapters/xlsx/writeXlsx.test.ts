import { readFileSync } from 'fs';
import { join } from 'path';
import { openXlsx, writeXlsx } from '../../../src/adapters/xlsx';
import { isKind, parseRelationships, relsPath, resolveTarget } from '../../../src/adapters/xlsx/relationships';
import { descendants, parseXml, XmlElement } from '../../support/xml';
import { ZipPackage } from '../../../src/adapters/xlsx/zipPackage';
import { SheetSpec, WorkbookChanges } from '../../../src/workbook/types';
import { recalculateWithLibreOffice } from '../../support/libreoffice';

/**
 * docs/rules.md §9: writing a workbook must not lose anything it did not mean to change. The input is a real
 * LibreOffice-made .xlsx (test/fixtures/rich-workbook.fods → make-rich-workbook.sh) with a chart, a note,
 * data validation, conditional formatting, merged cells, a hidden sheet, defined names and styles.
 */

const input = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/rich-workbook.xlsx')));

const summary: SheetSpec = {
  name: 'Summary',
  rows: [
    [
      { value: 'Sum of amounts', bold: true },
      { formula: 'SUM(Data!B2:B5)', value: 0, format: 'amount' },
    ],
    [
      { value: 'Weekly rate', bold: true },
      { formula: 'ROUND(SIB_WeeklyRate,2)', value: 0, format: 'amount' },
    ],
    [
      { value: 'Two partial weeks', bold: true },
      { formula: 'ROUND(SIB_PartialRate*2,2)', value: 0, format: 'amount' },
    ],
    [
      { value: 'Amounts by name', bold: true },
      { formula: 'SUM(Amounts)', value: 0, format: 'amount' },
    ],
    [
      { value: 'From the hidden sheet', bold: true },
      { formula: 'Hidden!A1', value: '' },
    ],
    [
      { value: 'Rounded refund', bold: true },
      { formula: 'ROUND(Data!B3,2)', value: 0, format: 'amount' },
    ],
    [
      { value: 'Built', bold: true },
      { value: 44263.5, format: 'datetime' },
    ],
  ],
  columnWidths: [24, 14],
};

const changes: WorkbookChanges = { addSheets: [summary], addNames: [{ name: 'SIB_SumOfAmounts', formula: 'Summary!$B$1' }] };
const output = writeXlsx(input, changes);
const before = new ZipPackage(input);
const after = new ZipPackage(output);

const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

describe('writeXlsx keeps every part of a rich workbook', () => {
  test('the fixture has what this test is about', () => {
    const names = before.names();
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml'])
      expect(names).toContain(part);
    const data = before.text('xl/worksheets/sheet1.xml') as string;
    for (const element of [
      '<mergeCell ref="D1:E1"/>',
      '<conditionalFormatting sqref="B2:B5">',
      '<dataValidation ',
      '<drawing r:id=',
      '<legacyDrawing r:id=',
    ])
      expect(data).toContain(element);
    expect(before.text('xl/workbook.xml')).toContain('state="hidden"');
  });

  test('parts it need not change are copied byte for byte, in their order', () => {
    const kept = before.names().filter((name) => !EDITED.includes(name));
    expect(after.names().slice(0, before.names().length)).toEqual(before.names());
    for (const name of kept)
      expect(Buffer.from(after.read(name) as Uint8Array).equals(Buffer.from(before.read(name) as Uint8Array))).toBe(true);
  });

  test('and as they are stored: compressed bytes copied, never inflated and deflated again', () => {
    const kept = before.names().filter((name) => !EDITED.includes(name));
    const [stored, copied] = [storedEntries(input), storedEntries(output)];
    for (const name of kept) expect([name, Buffer.from(copied.get(name)!).equals(Buffer.from(stored.get(name)!))]).toEqual([name, true]);
    expect(kept.length).toBeGreaterThan(5);
  });

  test('only the new sheet is added', () => {
    expect(after.names().slice(before.names().length)).toEqual(['xl/worksheets/sheet4.xml']);
  });

  test('the edited parts only gain: workbook, relationships and content types are the originals plus insertions', () => {
    for (const name of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      expect(isSubsequence(before.text(name) as string, after.text(name) as string)).toBe(true);
    }
    const workbook = after.text('xl/workbook.xml') as string;
    expect(descendants(parseXml(workbook), 'sheet').map((sheet) => sheet.attributes)).toEqual([
      ...descendants(parseXml(before.text('xl/workbook.xml') as string), 'sheet').map((sheet) => sheet.attributes),
      { name: 'Summary', sheetId: '4', 'r:id': 'rId6' },
    ]);
    expect(descendants(parseXml(workbook), 'calcPr')[0]?.attributes).toEqual({
      fullCalcOnLoad: '1',
      iterateCount: '100',
      refMode: 'A1',
      iterate: 'false',
      iterateDelta: '0.001',
    });
    expect(workbook).toContain('<definedName name="SIB_SumOfAmounts">Summary!$B$1</definedName></definedNames><calcPr');
  });

  test('styles are appended, never renumbered', () => {
    const old = before.text('xl/styles.xml') as string;
    const now = after.text('xl/styles.xml') as string;
    for (const block of ['numFmts', 'fonts', 'cellXfs']) {
      const oldChildren = childTexts(old, block);
      const newChildren = childTexts(now, block);
      expect(newChildren.slice(0, oldChildren.length)).toEqual(oldChildren);
      expect(Number(blockOf(now, block).attributes.count)).toBe(newChildren.length);
    }
    expect(childTexts(now, 'cellXfs').length).toBeGreaterThan(childTexts(old, 'cellXfs').length);
    const untouched = (xml: string) =>
      ['numFmts', 'fonts', 'cellXfs'].reduce(
        (rest, block) => rest.replace(xml.slice(blockOf(xml, block).start, blockOf(xml, block).end), ''),
        xml,
      );
    expect(untouched(now)).toBe(untouched(old));
  });

  test('the chart is still reached from the Data sheet through its drawing', () => {
    const sheetRels = parseRelationships(after.text(relsPath('xl/worksheets/sheet1.xml')), 'sheet rels');
    const drawing = resolveTarget('xl/worksheets/sheet1.xml', sheetRels.find((rel) => rel.type.endsWith('/drawing'))!.target);
    const drawingRels = parseRelationships(after.text(relsPath(drawing)), 'drawing rels');
    const chart = resolveTarget(drawing, drawingRels.find((rel) => rel.type.endsWith('/chart'))!.target);
    expect(chart).toBe('xl/charts/chart1.xml');
    expect(after.text(chart)).toContain('<c:f>Data!$B$2:$B$5</c:f>');
    expect(after.text('[Content_Types].xml')).toContain('/xl/charts/chart1.xml');
  });

  test('reading the output gives the original sheets, names and states, plus the new ones', async () => {
    const original = openXlsx(input);
    const written = openXlsx(output);
    expect(written.sheets).toEqual([...original.sheets, { name: 'Summary', state: 'visible' }]);
    for (const name of await original.sheetNames()) expect(await written.readSheet(name)).toEqual(await original.readSheet(name));
    expect(await written.definedNames()).toEqual([
      ...(await original.definedNames()),
      { name: 'SIB_SumOfAmounts', formula: 'Summary!$B$1' },
    ]);
    expect(await original.definedNames()).toContainEqual({ name: 'LocalNote', sheetScope: 'Contract', formula: 'Contract!$A$1' });
  });

  test('writing onto its own output adds a second sheet and reuses the styles it added', () => {
    const again = writeXlsx(output, { addSheets: [{ ...summary, name: 'Summary 2' }] });
    expect(new ZipPackage(again).text('xl/styles.xml')).toBe(after.text('xl/styles.xml'));
    expect(() => writeXlsx(output, { addSheets: [{ ...summary, name: 'summary' }] })).toThrow(/already has a sheet named 'summary'/);
    expect(() => writeXlsx(output, { addSheets: [], addNames: [{ name: 'sib_weeklyrate', formula: 'Data!$A$1' }] })).toThrow(
      /already has a defined name 'SIB_WeeklyRate'/,
    );
  });

  test('LibreOffice opens the output, keeps its parts and recomputes the new formulas', async () => {
    const recalculated = await recalculateWithLibreOffice(output);
    const book = openXlsx(recalculated);
    expect((await book.readSheet('Summary')).rows.map((row) => row?.[1])).toEqual([
      1264.94,
      1234.57,
      1234.57,
      1264.94,
      'Not for the eyes of the casual reader',
      -0.13,
      44263.5,
    ]);
    expect(book.sheets.find((sheet) => sheet.name === 'Hidden')?.state).toBe('hidden');
    const zip = new ZipPackage(recalculated);
    expect(zip.names().some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    expect(zip.names().some((name) => /^xl\/comments\d*\.xml$/.test(name))).toBe(true);
    const dataPath = resolveTarget(
      'xl/workbook.xml',
      parseRelationships(zip.text('xl/_rels/workbook.xml.rels'), 'workbook rels').find(
        (rel) => isKind(rel, 'worksheet') && rel.target.endsWith('sheet1.xml'),
      )!.target,
    );
    const data = zip.text(dataPath) as string;
    for (const element of ['<mergeCell ref="D1:E1"/>', '<conditionalFormatting sqref="B2:B5">', '<dataValidation '])
      expect(data).toContain(element);
  });
});

/** Whether `original` can be read out of `edited` by deleting characters, i.e. `edited` only inserted. */
function isSubsequence(original: string, edited: string): boolean {
  let at = 0;
  for (let i = 0; i < edited.length && at < original.length; i++) if (edited[i] === original[at]) at++;
  return at === original.length;
}

function blockOf(xml: string, block: string): XmlElement {
  return descendants(parseXml(xml), block)[0];
}

function childTexts(xml: string, block: string): string[] {
  const element = descendants(parseXml(xml), block)[0];
  if (!element) return [];
  const child = { numFmts: 'numFmt', fonts: 'font', cellXfs: 'xf' }[block] as string;
  return element.children.filter((found) => found.name === child).map((found) => xml.slice(found.start, found.end));
}

/** Each entry's data as the package stores it (compressed), found through the central directory. */
function storedEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries = new Map<string, Uint8Array>();
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.set(
      Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      bytes.subarray(start, start + view.getUint32(at + 20, true)),
    );
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
