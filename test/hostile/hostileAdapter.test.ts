import { deflateRawSync } from 'node:zlib';
import { createXlsx, isXlsxError, openXlsx, ReadLimits, writeXlsx, XlsxError } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { inflateInChunks } from '../../src/adapters/xlsx/zipPackage';
import { xlsxTexts } from '../../src/adapters/xlsx/xlsxMessages';
import { parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { IsoWeek } from '../../src/engine/weeks';
import { bombXml, HOSTILE_CASES, HostileCase, WEEK, workbook, workbookParts } from './corpus';
import { rawZip } from './rawZip';
import { descendants, parseXml } from '../support/xml';
import { placeholders } from '../support/placeholders';

/**
 * The hostile corpus through the adapter API the task pane uses (openXlsx, the invoice job, writeXlsx):
 * each file gives its XlsxError, at the stage it must, and never anything else.
 */

const week = parseWeekLabel(WEEK) as IsoWeek;

/** Everything the pane reads of a workbook: its sheets, names and tables. */
async function readAll(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<void> {
  const book = openXlsx(bytes, limits);
  for (const name of await book.sheetNames()) await book.readSheet(name);
  await book.definedNames();
  await book.tables();
}

async function invoiceBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const result = await runInvoice(openXlsx(bytes), { week, builtAt: new Date(Date.UTC(2021, 1, 15)) });
  if (result.kind !== 'invoice') throw new Error(`expected an invoice, got ${result.kind}`);
  return writeXlsx(bytes, result.changes);
}

/** The refusal `run` ends with; fails the test on success or on any other kind of error. */
async function refusal(run: () => unknown): Promise<XlsxError> {
  try {
    await run();
  } catch (error) {
    if (isXlsxError(error)) return error;
    throw error;
  }
  throw new Error('expected an XlsxError, but it succeeded');
}

describe('the base workbook of the corpus is sound', () => {
  test('it reads and invoices', async () => {
    await readAll(workbook());
    const output = openXlsx(await invoiceBytes(workbook()));
    expect(await output.sheetNames()).toEqual(['Contract', 'Candidates', `Invoice ${WEEK}`, 'Settlement ledger']);
  });
});

describe.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile: HostileCase) => {
  test(`is refused with ${hostile.code} when ${hostile.stage === 'open' ? 'opened' : hostile.stage === 'read' ? 'read' : 'written'}`, async () => {
    const bytes = hostile.bytes();
    const stages = { open: () => openXlsx(bytes), read: () => readAll(bytes), write: () => invoiceBytes(bytes) };
    if (hostile.stage !== 'open') expect(() => openXlsx(bytes)).not.toThrow();
    if (hostile.stage === 'write') await expect(readAll(bytes)).resolves.toBeUndefined();
    const error = await refusal(stages[hostile.stage]);
    expect(error.code).toBe(hostile.code);
    expect(error.message).toContain(hostile.says);
    expect(error.text('da')).not.toBe(error.message);
    expect(error.text('da')).not.toMatch(/\{\w+\}/);
  });
});

describe('budgets', () => {
  const limits = { partBytes: 64 * 1024, totalBytes: 256 * 1024 };

  test('a part over the part budget is refused before it is inflated', async () => {
    const bytes = workbook({ candidateRows: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(100_000)}</t></is></c></row>` });
    await expect(readAll(bytes)).resolves.toBeUndefined();
    const error = await refusal(() => readAll(bytes, limits));
    expect(error.code).toBe('zip.partTooLarge');
    expect(error.message).toContain(
      'The part xl/worksheets/sheet2.xml would decompress to 97.9 KiB, more than the 64 KiB allowed for one part',
    );
  });

  test('parts that pass one by one are stopped at the total budget', async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${'y'.repeat(50_000)}</t></is></c></row>`;
    const extraSheets = [3, 4, 5, 6, 7, 8].map((n) => ({
      name: `xl/worksheets/sheet${n}.xml`,
      data: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1)}</sheetData></worksheet>`,
    }));
    const parts = workbookParts().map((entry) =>
      entry.name === 'xl/workbook.xml'
        ? {
            ...entry,
            data: (entry.data as string).replace(
              '</sheets>',
              `${extraSheets.map((_, i) => `<sheet name="S${i + 3}" sheetId="${i + 3}" r:id="rId${i + 10}"/>`).join('')}</sheets>`,
            ),
          }
        : entry.name === 'xl/_rels/workbook.xml.rels'
          ? {
              ...entry,
              data: (entry.data as string).replace(
                '</Relationships>',
                `${extraSheets.map((_, i) => `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 3}.xml"/>`).join('')}</Relationships>`,
              ),
            }
          : entry,
    );
    const bytes = rawZip([...parts, ...extraSheets]);
    const error = await refusal(() => readAll(bytes, limits));
    expect(error.code).toBe('zip.totalTooLarge');
    expect(error.message).toContain('would decompress to more than 256 KiB in all');
  });

  test('a part that compresses well but stays within the grace size is read', async () => {
    const bytes = workbook({ candidateRows: `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(500_000)}x</t></is></c></row>` });
    await expect(readAll(bytes)).resolves.toBeUndefined();
    await expect(refusal(() => readAll(bytes, { ratioGraceBytes: 1000 }))).resolves.toMatchObject({ code: 'zip.ratio' });
  });

  test('more zip entries than the limit are refused before any is read', () => {
    expect(() => openXlsx(workbook(), { entries: 5 })).toThrow(expect.objectContaining({ code: 'zip.tooManyEntries' }));
  });

  test('a real bomb inflates to at most its declared size plus one byte: the understated directory is caught at 2 KiB', async () => {
    const data = bombXml('worksheet', 16 * 1024 * 1024);
    const bytes = rawZip(
      workbookParts().map((entry) => (entry.name === 'xl/worksheets/sheet2.xml' ? { ...entry, data, declaredSize: 2048 } : entry)),
    );
    expect(deflateRawSync(Buffer.from(data)).length).toBeLessThan(100_000);
    await expect(refusal(() => readAll(bytes))).resolves.toMatchObject({ code: 'zip.sizeMismatch' });
  });
});

describe("the browser's inflater (fflate), used where Node's zlib is not", () => {
  const content = Buffer.from(bombXml('worksheet', 4 * 1024 * 1024));
  const data = deflateRawSync(content);

  test('inflates a part whole', () => {
    expect(Buffer.from(inflateInChunks(data, content.length + 1)).equals(content)).toBe(true);
  });

  test('stops once past its limit instead of inflating the rest', () => {
    expect(() => inflateInChunks(data, 2048)).toThrow('inflated past the declared size');
  });

  test('refuses damaged and truncated data', () => {
    const damaged = Buffer.from(data);
    damaged.fill(0xff, 2, 12);
    expect(() => inflateInChunks(damaged, content.length + 1)).toThrow();
    expect(() => inflateInChunks(data.subarray(0, data.length - 10), content.length + 1)).toThrow();
  });
});

describe('files that are accepted are read as LibreOffice reads them, and written correctly', () => {
  test('a sheetData inside a comment is not read', async () => {
    const bytes = workbook({
      candidateRows: '<!-- </sheetData><sheetData><row r="1"><c r="A1"><v>666</v></c></row> --><row r="1"><c r="A1"><v>1</v></c></row>',
    });
    expect((await openXlsx(bytes).readSheet('Candidates')).rows).toEqual([[1]]);
  });

  test('a content types part without Default rels (Apache POI) gets one for the new sheet rels part', async () => {
    const parts = workbookParts({
      contentTypes:
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/xl/_rels/workbook.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    });
    const output = await invoiceBytes(rawZip(parts));
    const zip = new (await import('../../src/adapters/xlsx/zipPackage')).ZipPackage(output);
    const types = parseXml(zip.text('[Content_Types].xml') as string);
    const defaults = descendants(types, 'Default').map((element) => element.attributes.Extension);
    const overrides = descendants(types, 'Override').map((element) => element.attributes.PartName);
    for (const name of zip.names()) {
      const covered = overrides.includes(`/${name}`) || defaults.includes(name.slice(name.lastIndexOf('.') + 1));
      expect([name, covered]).toEqual([name, true]);
    }
    expect(defaults).toContain('rels');
  });

  test("a single-cell edit (the pane's term edit) refuses a sheet that is not well-formed, and edits a sound one", async () => {
    const edit = [{ address: 'Contract!B1', cell: { value: 1300 } }];
    const broken = rawZip(
      workbookParts().map((entry) =>
        entry.name === 'xl/worksheets/sheet1.xml' ? { ...entry, data: (entry.data as string).replace('</row>', '</c></row>') } : entry,
      ),
    );
    expect(() => setCellsXlsx(broken, edit)).toThrow(expect.objectContaining({ code: 'xml.mismatchedTag' }));
    expect((await openXlsx(setCellsXlsx(workbook(), edit)).readSheet('Contract')).rows[0]).toEqual(['SIB_WeeklyRate', 1300]);
  });

  test("a sheet longer than Excel's grid is refused before anything is written", () => {
    expect(() => createXlsx({ addSheets: [{ name: 'Long', rows: new Array(1_048_577).fill(null) }] })).toThrow(
      expect.objectContaining({
        code: 'write.rowLimit',
        message: "The sheet 'Long' would have 1048577 rows; an Excel sheet holds at most 1,048,576",
      }),
    );
  });

  test('every refusal has a text in both languages, with the same placeholders', () => {
    for (const code of Object.keys(xlsxTexts.en) as (keyof typeof xlsxTexts.en)[]) {
      expect([code, placeholders(xlsxTexts.da[code])]).toEqual([code, placeholders(xlsxTexts.en[code])]);
    }
  });
});
