/** What a download is named after when only cells were edited. */
export const EDITED = 'edited';

/**
 * The name a download suggests: the opened file's name with what was last written, so the input file is
 * never overwritten by accident: `demo.xlsx` with Invoice 2019-W30 built becomes `demo - 2019-W30.xlsx`.
 */
export function downloadName(fileName: string, written: string | undefined): string {
  const base = fileName.replace(/\.xlsx$/i, '') || 'workbook';
  const what = written === undefined ? 'copy' : written.replace(/^Invoice (?=\d{4}-W\d{2}$)/, '');
  return `${base} - ${what.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;
}
