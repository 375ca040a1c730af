import { FakeExcel } from '../adapters/office/fakeExcel';

export interface OfficeHostOptions {
  readonly date1904?: boolean;
  readonly displayLanguage?: string;
}

/**
 * The globals the custom functions find in Office's shared runtime, for the tests of one file: `Excel.run` over the
 * Office adapter's fake workbook (in the 1900 or 1904 date system) and `Office.context.displayLanguage`.
 * Jest gives each test file its own modules, so the date system a file's functions learn is that file's.
 */
export function useOfficeHost(options: OfficeHostOptions = {}): FakeExcel {
  const excel = new FakeExcel();
  excel.date1904 = options.date1904 ?? false;
  beforeAll(() => {
    Object.assign(globalThis, { Excel: { run: excel.run }, Office: { context: { displayLanguage: options.displayLanguage ?? 'en-US' } } });
  });
  afterAll(() => {
    delete (globalThis as any).Excel;
    delete (globalThis as any).Office;
  });
  return excel;
}
