import { downloadName, EDITED } from './downloadName';

describe('the name a download suggests', () => {
  test('the file’s name with what was written, never the file’s own name', () => {
    expect(downloadName('demo.xlsx', 'Invoice 2019-W30')).toBe('demo - 2019-W30.xlsx');
    expect(downloadName('Aalborg IMPACT60.XLSX', 'Correction 2019-W30 (2)')).toBe('Aalborg IMPACT60 - Correction 2019-W30 (2).xlsx');
    expect(downloadName('demo.xlsx', EDITED)).toBe('demo - edited.xlsx');
    expect(downloadName('demo.xlsx', undefined)).toBe('demo - copy.xlsx');
  });

  test('nothing a file system refuses', () => {
    expect(downloadName('.xlsx', 'Invoice 2019-W30')).toBe('workbook - 2019-W30.xlsx');
    expect(downloadName('a.xlsx', 'Investor chart: 2/3')).toBe('a - Investor chart_ 2_3.xlsx');
  });
});
