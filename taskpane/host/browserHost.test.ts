import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { createInlineEngine } from '../testing/inlineEngine';
import { CLEAN_ROWS, workbookWith } from '../testing/workbooks';
import { createBrowserHost } from './browserHost';

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);
const week = (label: string) => parseWeekLabel(label) as IsoWeek;

function hostWith(bytes = createXlsx(workbookWith(CLEAN_ROWS)), name = 'book.xlsx') {
  const engine = createInlineEngine(bytes);
  return { engine, host: createBrowserHost(engine, name, 'en') };
}

describe('the browser host: an .xlsx in memory, in the engine', () => {
  test('opens the demo workbook made by the engine', async () => {
    const engine = createInlineEngine();
    const host = createBrowserHost(engine, 'demo.xlsx', 'en', engine.openDemo());
    expect(host.file!.name).toBe('demo.xlsx');
    expect((await host.run({ kind: 'sheets' })).names).toEqual(demoWorkbook().addSheets.map((sheet) => sheet.name));
  });

  test('building writes new bytes, reports its progress step by step, tells the views, and marks the workbook unsaved', async () => {
    const { engine, host } = hostWith();
    const before = await engine.bytes();
    const heard: [number, boolean][] = [];
    host.subscribe(() => heard.push([host.state().revision, host.state().unsaved]));
    const progress: number[] = [];
    const outcome = await host.build({ choice: {}, week: week('2021-W04'), builtAt: new Date(2021, 1, 1) }, (done, total) =>
      progress.push(done / total),
    );
    expect(outcome.kind).toBe('built');
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(heard).toEqual([[1, true]]);
    expect(await openXlsx(before).sheetNames()).toEqual(['Contract', 'Candidates']);
    expect(await openXlsx(await engine.bytes()).sheetNames()).toEqual(['Contract', 'Candidates', 'Invoice 2021-W04', 'Settlement ledger']);
  });

  test('a build that follows a preview writes nothing when the data changed since, and shows the new preview', async () => {
    const { host } = hostWith();
    const preview = await host.run({ kind: 'invoicePreview', choice: {}, week: week('2021-W04') });
    if (preview.kind !== 'invoice') throw new Error(preview.kind);
    expect(preview.total.toFixed(2)).toBe('1000.00');
    await host.setCells([{ address: 'Candidates!F3', cell: { value: 'S' } }]);
    const outcome = await host.build({
      choice: {},
      week: week('2021-W04'),
      builtAt: new Date(2021, 1, 1),
      expected: { sheetName: preview.sheetName, fingerprint: preview.fingerprint },
    });
    if (outcome.kind !== 'changed' || outcome.preview.kind !== 'invoice') throw new Error(outcome.kind);
    expect(outcome.preview.total.toFixed(2)).toBe('2000.00');
    expect((await host.run({ kind: 'sheets' })).names).toEqual(['Contract', 'Candidates']);
  });

  test('the download is named after what was written, never the input, and counts as saved', async () => {
    const { host } = hostWith(createXlsx(workbookWith(CLEAN_ROWS)), 'demo.xlsx');
    expect((await host.file!.download()).name).toBe('demo - copy.xlsx');
    await host.build({ choice: {}, week: week('2021-W04'), builtAt: new Date(2021, 1, 1) });
    expect(host.state().unsaved).toBe(true);
    const { bytes, name } = await host.file!.download();
    expect(name).toBe('demo - 2021-W04.xlsx');
    expect(host.state().unsaved).toBe(false);
    expect(await openXlsx(bytes).sheetNames()).toContain('Invoice 2021-W04');
  });

  test('selecting remembers the cell; its value and formula are read from the file', async () => {
    const { host } = hostWith();
    await host.apply({ addSheets: [{ name: 'Notes', rows: [[{ formula: 'SUM(Contract!C7:C8)', value: 1500 }]] }] });
    expect(await host.selectedCell()).toBeUndefined();
    await host.select('Notes!A1');
    expect([host.state().selected, await host.selectedCell()]).toEqual(['Notes!A1', 'Notes!A1']);
    expect(await host.formulaOf('Notes!A1')).toBe('=SUM(Contract!C7:C8)');
    expect(await host.run({ kind: 'cellValue', address: "'Notes'!A1" })).toBe(1500);
  });

  test('opening another file replaces the workbook; a file that is not one is refused as such, and the old one kept', async () => {
    const { host } = hostWith(createXlsx(workbookWith(CLEAN_ROWS)), 'demo.xlsx');
    await host.apply({ addSheets: [{ name: 'Notes', rows: [[{ value: 'a' }]] }] });
    await expect(host.file!.open(file(new TextEncoder().encode('hello'), 'notes.txt'))).rejects.toMatchObject({
      code: 'not-xlsx',
      message: "'notes.txt' is not an Excel workbook (.xlsx)",
    });
    expect([host.file!.name, host.state().unsaved]).toEqual(['demo.xlsx', true]);
    await host.file!.open(file(createXlsx(workbookWith(CLEAN_ROWS)), 'mine.xlsx'));
    expect([host.file!.name, host.state().unsaved, host.state().revision]).toEqual(['mine.xlsx', false, 2]);
    expect((await host.run({ kind: 'sheets' })).names).toEqual(['Contract', 'Candidates']);
  });

  test('a damaged workbook is refused in the .xlsx adapter’s words, English and Danish, and the old one kept', async () => {
    const { host } = hostWith();
    const damaged = createXlsx(workbookWith(CLEAN_ROWS)).slice(0, 200);
    const refused = await host.file!.open(file(damaged, 'cut.xlsx')).catch((error: unknown) => error);
    expect(refused).toMatchObject({ texts: { en: expect.stringMatching(/\S/), da: expect.stringMatching(/\S/) } });
    expect((refused as { texts: { en: string; da: string } }).texts.en).not.toBe(
      (refused as { texts: { en: string; da: string } }).texts.da,
    );
    expect((await host.run({ kind: 'sheets' })).names).toEqual(['Contract', 'Candidates']);
  });
});
