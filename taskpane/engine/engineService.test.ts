import * as xlsx from '../../src/adapters/xlsx';
import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { OfficeError } from '../../src/adapters/office/officeError';
import { SheetGrid, WorkbookReader } from '../../src/workbook/types';
import { weekLabel } from '../../src/engine/weeks';
import * as invoiceJob from '../../src/jobs/invoiceJob';
import { ledgerSheetName } from '../../src/sheet/ledger';
import { createInlineEngine } from '../testing/inlineEngine';
import { CLEAN_ROWS, workbookWith } from '../testing/workbooks';
import { connectEngine } from './engineClient';
import { EngineService } from './engineService';
import { EngineReply, EngineRequest, EngineRequestError } from './protocol';

const LEDGER_SHEET = ledgerSheetName('en');

describe('the engine’s service', () => {
  test('rows to append that the writer did not add fail the write, and the workbook stays as it was', async () => {
    const engine = createInlineEngine(createXlsx(workbookWith(CLEAN_ROWS)));
    await engine.apply({ addSheets: [{ name: LEDGER_SHEET, rows: [[{ value: 'Week' }]] }] });
    const before = await engine.bytes();
    const write = jest.spyOn(xlsx, 'writeXlsx').mockImplementation((input) => input);
    try {
      await expect(
        engine.apply({ addSheets: [], appendRows: [{ sheet: LEDGER_SHEET, firstRow: 1, rows: [[{ value: '2021-W01' }]] }] }),
      ).rejects.toThrow(`The .xlsx writer did not add the rows to '${LEDGER_SHEET}', so nothing was changed`);
    } finally {
      write.mockRestore();
    }
    expect(await engine.bytes()).toEqual(before);
  });

  test('a remote workbook’s sheets are asked for one by one, and a sheet that cannot be read fails the job with its reason', async () => {
    const asked: string[] = [];
    const { engine, remote } = engineOverRemote(async (name) => {
      asked.push(name);
      throw new Error(`Excel could not read '${name}'`);
    });
    await expect(engine.run({ kind: 'cellValue', address: 'Candidates!B2' }, remote)).rejects.toThrow("Excel could not read 'Candidates'");
    expect(asked).toEqual(['Candidates']);
  });

  test('a sheet Excel refuses to read fails the job in the adapter’s own words, in both of the pane’s languages', async () => {
    const { engine, remote } = engineOverRemote(async (name) => {
      throw new OfficeError('sheet.notFound', { sheet: name, sheets: 'Contract' });
    });
    const failure = await engine.run({ kind: 'cellValue', address: 'Candidates!B2' }, remote).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineRequestError);
    expect((failure as EngineRequestError).texts).toEqual({
      en: "The workbook has no sheet named 'Candidates'. Its sheets: Contract",
      da: "Projektmappen har intet ark med navnet 'Candidates'. Dens ark: Contract",
    });
  });

  test('once the sheet is checked, the week the Invoice tab shows first is settled, and its preview uses that settlement', async () => {
    const settle = jest.spyOn(invoiceJob, 'settleInvoice');
    try {
      const engine = createInlineEngine(createXlsx(workbookWith(CLEAN_ROWS)));
      await engine.run({ kind: 'check', choice: {} });
      for (let waited = 0; waited < 5000 && settle.mock.calls.length === 0; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const { defaultWeek } = await engine.run({ kind: 'invoiceSetup', choice: {} });
      expect(settle.mock.calls.map(([, request]) => request.week)).toEqual([defaultWeek]);
      const preview = await engine.run({ kind: 'invoicePreview', choice: {}, week: defaultWeek! });
      expect(preview).toMatchObject({ kind: 'invoice', sheetName: `Invoice ${weekLabel(defaultWeek!)}` });
      expect(settle).toHaveBeenCalledTimes(1);
    } finally {
      settle.mockRestore();
    }
  });

  test('without a workbook, a job says so', async () => {
    await expect(createInlineEngine().run({ kind: 'sheets' })).rejects.toThrow('No workbook is open');
  });
});

/** The engine, and a remote workbook as Excel's host offers one: the clean sheet's names and terms, its sheets read by `readSheet`. */
function engineOverRemote(readSheet: (name: string) => Promise<SheetGrid>) {
  let toPane: (reply: EngineReply) => void = () => undefined;
  const service = new EngineService((reply) => setTimeout(() => toPane(reply)));
  const excel = openXlsx(createXlsx(workbookWith(CLEAN_ROWS)));
  const remote = {
    open: async (): Promise<WorkbookReader> => ({
      dateSystem: excel.dateSystem,
      sheetNames: () => excel.sheetNames(),
      definedNames: () => excel.definedNames(),
      tables: () => excel.tables(),
      uncomputedFormula: async () => undefined,
      readSheet,
    }),
  };
  const engine = connectEngine({
    post: (message: EngineRequest) => void service.handle(message),
    listen: (listener) => (toPane = listener),
  });
  return { engine, remote };
}
