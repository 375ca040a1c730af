import { createXlsx, openXlsx } from '../../../src/adapters/xlsx';
import { ZipPackage } from '../../../src/adapters/xlsx/zipPackage';
import { SheetSpec, WorkbookChanges } from '../../../src/workbook/types';

const sheet = (name: string, values: unknown[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  rows: values.map((row) => row.map((value) => (value === undefined ? null : { value: value as never }))),
  ...extra,
});

const tableSheet: SheetSpec = {
  name: 'Invoice 2021-W10',
  rows: [
    [{ value: 'Invoice 2021-W10', bold: true }],
    null,
    [
      { value: 'Candidate ID', bold: true },
      { value: 'Amount', bold: true },
    ],
    [{ value: 'K-001' }, { value: 1234.57, format: 'amount' }],
    [{ value: 'K-002' }, { value: 617.29, format: 'amount' }],
    [
      { value: 'Total', bold: true },
      { formula: 'SUBTOTAL(109,Invoice_2021_W10[Amount])', value: 1851.86, format: 'amount', bold: true },
    ],
  ],
  columnWidths: [28, 16],
  tables: [{ name: 'Invoice_2021_W10', range: 'A3:B6', columns: ['Candidate ID', 'Amount'], totalsRow: true }],
};

describe('createXlsx then openXlsx', () => {
  test('every kind of cell value reads back as written', async () => {
    const values = [
      ['text', 'Ærø – København ✓ 😀', '', '  padded  ', 'line\nbreak\r\nand tab\t'],
      [0, -0.125, 1234.565, 1e-300, 9.999999999999998e307],
      [true, false, { error: '#N/A' }, { error: '#DIV/0!' }, { error: '#VALUE!' }],
      ['a & b < c > d " e \' f', '&amp; is not decoded twice', '_x0041_ stays literal', '\u0001\u001f control', ']]> <![CDATA[ x'],
    ];
    const bytes = createXlsx({ addSheets: [sheet('Values', values)] });
    const grid = await openXlsx(bytes).readSheet('Values');
    expect(grid).toEqual({ name: 'Values', rows: values });
  });

  test('formulas keep their cached value, typed', async () => {
    const bytes = createXlsx({
      addSheets: [
        {
          name: 'F',
          rows: [
            [
              { formula: '1+1', value: 2 },
              { formula: '"a"&"b"', value: 'ab' },
              { formula: '1=1', value: true },
              { formula: 'NA()', value: { error: '#N/A' } },
              { formula: '=A1*2' },
            ],
          ],
        },
      ],
    });
    const book = openXlsx(bytes);
    expect((await book.readSheet('F')).rows).toEqual([[2, 'ab', true, { error: '#N/A' }]]);
    const xml = new ZipPackage(bytes).text('xl/worksheets/sheet1.xml') as string;
    expect(xml).toContain('<c r="B1" t="str"><f>&quot;a&quot;&amp;&quot;b&quot;</f><v>ab</v></c>');
    expect(xml).toContain('<c r="E1"><f>A1*2</f></c>');
  });

  test('sheet order, hidden state, date system, names and tables', async () => {
    const changes: WorkbookChanges & { dateSystem: '1904' } = {
      dateSystem: '1904',
      addSheets: [sheet('Contract', [['Weekly rate', 1234.565]]), tableSheet, sheet('Notes', [['n']])],
      addNames: [
        { name: 'SIB_WeeklyRate', formula: 'Contract!$B$1' },
        { name: 'SIB_Notes', formula: "'Invoice 2021-W10'!$A$1" },
      ],
    };
    const book = openXlsx(createXlsx(changes));
    expect(book.dateSystem).toBe('1904');
    expect(await book.sheetNames()).toEqual(['Contract', 'Invoice 2021-W10', 'Notes']);
    expect(book.sheets.map((s) => s.state)).toEqual(['visible', 'visible', 'visible']);
    expect(await book.definedNames()).toEqual([
      { name: 'SIB_WeeklyRate', formula: 'Contract!$B$1' },
      { name: 'SIB_Notes', formula: "'Invoice 2021-W10'!$A$1" },
    ]);
    expect(await book.tables()).toEqual([
      { name: 'Invoice_2021_W10', sheet: 'Invoice 2021-W10', range: 'A3:B6', headerRowCount: 1, totalsRowCount: 1 },
    ]);
    expect((await book.readSheet('invoice 2021-w10')).rows[5]).toEqual(['Total', 1851.86]);
  });

  test('the table part mirrors the header and totals cells', () => {
    const zip = new ZipPackage(createXlsx({ addSheets: [tableSheet] }));
    const table = zip.text('xl/tables/table1.xml') as string;
    expect(table).toContain('ref="A3:B6" totalsRowCount="1"><autoFilter ref="A3:B5"/>');
    expect(table).toContain('<tableColumn id="1" name="Candidate ID" totalsRowLabel="Total"/>');
    expect(table).toContain(
      '<tableColumn id="2" name="Amount" totalsRowFunction="custom"><totalsRowFormula>SUBTOTAL(109,Invoice_2021_W10[Amount])</totalsRowFormula></tableColumn>',
    );
    expect(zip.text('xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../tables/table1.xml"');
    expect(zip.text('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    );
  });

  test('number formats, bold and column widths become styles and cols', () => {
    const formats = ['amount', 'integer', 'share', 'date', 'datetime', 'text'] as const;
    const bytes = createXlsx({
      addSheets: [
        { name: 'S', rows: [formats.map((format) => ({ value: 1, format, bold: format === 'amount' }))], columnWidths: [10, 0, 12] },
      ],
    });
    const zip = new ZipPackage(bytes);
    const styles = zip.text('xl/styles.xml') as string;
    expect(styles).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>',
    );
    expect(styles).toContain('<font><b/><sz val="11"/>');
    const xfs = /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/.exec(styles) as RegExpExecArray;
    expect(Number(xfs[1])).toBe(7);
    const xfList = xfs[2].match(/<xf [^>]*\/>/g) as string[];
    const sheetXml = zip.text('xl/worksheets/sheet1.xml') as string;
    const styleOf = (ref: string) => xfList[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)?.[1])];
    expect(styleOf('A1')).toMatch(/numFmtId="4" fontId="1"/);
    expect(styleOf('B1')).toMatch(/numFmtId="1" fontId="0"/);
    expect(styleOf('C1')).toMatch(/numFmtId="10"/);
    expect(styleOf('D1')).toMatch(/numFmtId="164"/);
    expect(styleOf('E1')).toMatch(/numFmtId="165"/);
    expect(styleOf('F1')).toMatch(/numFmtId="49"/);
    expect(sheetXml).toContain(
      '<cols><col min="1" max="1" width="10.7109375" customWidth="1"/><col min="3" max="3" width="12.7109375" customWidth="1"/></cols>',
    );
  });

  test('the same input and changes give the same bytes', () => {
    const changes = { addSheets: [tableSheet] };
    expect(createXlsx(changes)).toEqual(createXlsx(changes));
  });
});

describe('createXlsx refuses what Excel would repair', () => {
  const refuse = (changes: WorkbookChanges, message: RegExp) => expect(() => createXlsx(changes)).toThrow(message);

  test('no sheets', () => refuse({ addSheets: [] }, /at least one sheet/));

  test.each([
    ['', /1 to 31/],
    ['x'.repeat(32), /1 to 31/],
    ['a/b', /must not contain/],
    ['a[1]', /must not contain/],
    ['what?', /must not contain/],
    ["'quoted'", /apostrophe/],
    ['History', /reserved/],
  ])('invalid sheet name %p', (name, message) => refuse({ addSheets: [sheet(name, [[1]])] }, message));

  test('duplicate sheet names, compared case-insensitively', () =>
    refuse({ addSheets: [sheet('Data', [[1]]), sheet('DATA', [[1]])] }, /already has a sheet named 'DATA'/));

  test.each([
    ['1abc', /may only hold/],
    ['has space', /may only hold/],
    ['A1', /cell reference/],
    ['R1C1', /cell reference/],
    ['c', /cell reference/],
  ])('invalid table name %p', (name, message) =>
    refuse({ addSheets: [{ ...tableSheet, tables: [{ ...tableSheet.tables![0], name }] }] }, message),
  );

  test('a table name that is already a defined name', () =>
    refuse(
      { addSheets: [tableSheet], addNames: [{ name: 'invoice_2021_w10', formula: 'Contract!$A$1' }] },
      /already has a table or defined name/,
    ));

  test('header cells that do not hold the column names', () =>
    refuse(
      { addSheets: [{ ...tableSheet, tables: [{ ...tableSheet.tables![0], columns: ['Candidate', 'Amount'] }] }] },
      /header cell A3 must hold the text 'Candidate'/,
    ));

  test('a column count that does not match the range', () =>
    refuse({ addSheets: [{ ...tableSheet, tables: [{ ...tableSheet.tables![0], range: 'A3:C6' }] }] }, /2 column names for 3 columns/));

  test('overlapping tables', () =>
    refuse(
      {
        addSheets: [
          {
            ...tableSheet,
            tables: [tableSheet.tables![0], { ...tableSheet.tables![0], name: 'Second', range: 'A3:B5', totalsRow: false }],
          },
        ],
      },
      /overlaps another table at A3:B6/,
    ));
});
