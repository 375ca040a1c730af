import { readSharedStrings } from '../../../src/adapters/xlsx/sharedStrings';
import { Grid, readSheetPart, serialFromIsoDateTime } from '../../../src/adapters/xlsx/sheetScanner';

const sheet = (sheetData: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/>${sheetData}<pageMargins left="0.7"/></worksheet>`;
const utf8 = (text: string) => new TextEncoder().encode(text);

const SOURCE = { part: 'xl/worksheets/sheet1.xml', sheet: 'Sheet1' };

function scanXml(xml: string, shared: string[] = []): Grid {
  return readSheetPart(utf8(xml), shared, '1900', SOURCE);
}
const scanSharedStrings = (xml: string) => readSharedStrings(xml, 'xl/sharedStrings.xml');
const scan = (sheetData: string, shared: string[] = []) => scanXml(sheet(sheetData), shared);

describe('readSheetPart: cell types', () => {
  test('shared strings, numbers, booleans, errors, inline and formula strings', () => {
    const rows = scan(
      '<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>-12.5</v></c><c r="C1" t="n"><v>1.2345678901234567E-5</v></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#DIV/0!</v></c>' +
        '<c r="G1" t="inlineStr"><is><t>inline</t></is></c><c r="H1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="I1"><f>1/0</f><v>0.1</v></c></row></sheetData>',
      ['zero', 'one'],
    );
    expect(rows).toEqual([['one', -12.5, 1.2345678901234568e-5, true, false, { error: '#DIV/0!' }, 'inline', 'ab', 0.1]]);
  });

  test('every Excel error text reads as that error', () => {
    const errors = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'];
    const cells = errors.map((error, i) => `<c r="${String.fromCharCode(65 + i)}1" t="e"><f>X()</f><v>${error}</v></c>`).join('');
    expect(scan(`<sheetData><row r="1">${cells}</row></sheetData>`)).toEqual([errors.map((error) => ({ error }))]);
  });

  test('t="d" holds ISO dates and times, converted to serials of the workbook date system', () => {
    const rows = scan(
      '<sheetData><row r="1"><c r="A1" t="d"><v>2021-03-08</v></c><c r="B1" t="d"><v>2021-03-08T12:00:00.000</v></c><c r="C1" t="d"><v>06:00:00</v></c></row></sheetData>',
    );
    expect(rows).toEqual([[44263, 44263.5, 0.25]]);
    expect(serialFromIsoDateTime('1904-01-02', '1904')).toBe(1);
    expect(serialFromIsoDateTime('1900-03-01', '1900')).toBe(61);
    expect(serialFromIsoDateTime('not a date', '1900')).toBeUndefined();
  });

  test('numbers: integers, decimals and exponents read exactly as Number() reads them', () => {
    const texts = [
      '0',
      '-0.125',
      '1234.565',
      '0.1',
      '.5',
      '123456789012345',
      '1234567890123456789',
      '9.999999999999999E+307',
      '1E-320',
      '0.30000000000000004',
      '44263.5',
    ];
    const cells = texts.map((text, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${text}</v></c>`).join('');
    expect(scan(`<sheetData><row r="1">${cells}</row></sheetData>`)).toEqual([texts.map(Number)]);
  });

  test('a styled cell without a value, and an empty <v/>, are blank', () => {
    expect(scan('<sheetData><row r="1"><c r="A1" s="3"/><c r="B1" s="1"><v/></c><c r="C1"><v>7</v></c></row></sheetData>')).toEqual([
      [null, null, 7],
    ]);
  });
});

describe('readSheetPart: positions', () => {
  test('rows and cells without r follow the previous ones', () => {
    const rows = scan(
      '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row></sheetData>',
    );
    expect(rows).toEqual([[1, 2], [null, null, 3, 4], undefined, undefined, [5]]);
  });

  test('gaps are blank and skipped rows are missing', () => {
    const rows = scan('<sheetData><row r="2" spans="1:3" ht="20" customHeight="1"><c r="C2"><v>1</v></c></row><row r="4"/></sheetData>');
    expect(rows).toEqual([undefined, [null, null, 1]]);
  });

  test('columns beyond Z and absolute markers', () => {
    const rows = scan('<sheetData><row r="1"><c r="AA1"><v>1</v></c><c r="XFD1"><v>2</v></c></row></sheetData>');
    expect(rows[0]?.[26]).toBe(1);
    expect(rows[0]?.[16383]).toBe(2);
    expect(rows[0]?.length).toBe(16384);
  });

  test('prefixed element names, single quotes, attributes in any order, comments', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><!-- <c r="A1"><v>9</v></c> -->' +
      "<x:row r='1'><x:c t='s' s='2' r='B1'><x:v>0</x:v></x:c><x:c\n r=\"C1\"\tt=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>";
    expect(scanXml(xml, ['shared'])).toEqual([[null, 'shared', 'x']]);
  });

  test('formula children and extensions around the value are skipped', () => {
    const rows = scan(
      '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1"><f t="shared" si="0"/><v>6</v><extLst><ext uri="x"><y><v>9</v></y></ext></extLst></c></row></sheetData>',
    );
    expect(rows).toEqual([[4, 6]]);
  });

  test('a sheet without sheetData, or with an empty one, has no rows', () => {
    expect(scan('')).toEqual([]);
    expect(scan('<sheetData/>')).toEqual([]);
  });
});

describe('readSheetPart: text', () => {
  test('entities and character references', () => {
    const rows = scan(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;</t></is></c><c r="B1" t="str"><v>a&amp;b</v></c></row></sheetData>',
    );
    expect(rows).toEqual([['&<>"\'AB😀', 'a&b']]);
  });

  test('_xHHHH_ escapes, with _x005F_ protecting a literal one', () => {
    const rows = scan(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b_x0009_c</t></is></c><c r="B1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row></sheetData>',
    );
    expect(rows).toEqual([['a\rb\tc', '_x0041_']]);
  });

  test('inline rich text joins its runs; whitespace is kept', () => {
    const rows = scan(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>and plain</t></r></is></c></row></sheetData>',
    );
    expect(rows).toEqual([['Bold and plain']]);
  });

  test('shared strings: plain, rich runs, empty, phonetic runs left out', () => {
    const xml =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">' +
      '<si><t>plain</t></si><si><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></si><si><t/></si><si/>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si><si><t xml:space="preserve"> a&amp;b_x000A_ </t></si></sst>';
    expect(scanSharedStrings(xml)).toEqual(['plain', 'rich', '', '', '東京', ' a&b\n ']);
  });

  test('shared strings: one plain <t>, with or without xml:space and references, and every other shape', () => {
    const items = [
      '<si><t>plain</t></si>',
      '<si><t xml:space="preserve">  spaced  </t></si>',
      '<si><t>a &amp; b &lt;c&gt; &#x41;</t></si>',
      '<si><t>line\r\nbreak_x000D__x005F_x0041_</t></si>',
      '<si><t>Ærø 東京 😀</t></si>',
      '<si><t>one</t><t>two</t></si>',
      '<si><t>kept</t><rPh sb="0" eb="1"><t>left out</t></rPh></si>',
      '<si>\n  <t>indented</t>\n</si>',
      '<x:si xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:t>prefixed</x:t></x:si>',
    ];
    const xml = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`;
    expect(scanSharedStrings(xml)).toEqual([
      'plain',
      '  spaced  ',
      'a & b <c> A',
      'line\nbreak\r_x0041_',
      'Ærø 東京 😀',
      'onetwo',
      'kept',
      'indented',
      'prefixed',
    ]);
  });

  test('a shared-string index outside the table is an error naming the cell, not a silent blank', () => {
    expect(() => scan('<sheetData><row r="1"><c r="B1" t="s"><v>3</v></c></row></sheetData>', ['only'])).toThrow(
      "Cell B1 of the sheet 'Sheet1' refers to shared text number 3, but the workbook has 1",
    );
    expect(() => scan('<sheetData><row r="1"><c r="A1" t="s"><v>x&amp;</v></c></row></sheetData>', ['only'])).toThrow(
      /shared text number x&/,
    );
  });
});

describe('the shapes Excel and this adapter write, read on the fast path', () => {
  const bytes = (sheetData: string, shared: string[] = []) => readSheetPart(utf8(sheet(sheetData)), shared, '1900', SOURCE);

  test('every cell type, formulas, styles, spans and blanks, without giving up', () => {
    const sheetData =
      '<sheetData><row r="1" spans="1:9" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>1</v></c><c r="B1"><v>-12.5</v></c><c r="C1" t="n"><v>1.2345678901234567E-5</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="d"><v>2021-03-08T12:00:00</v></c>' +
      '<c r="G1" t="str"><f t="shared" ref="G1:G2" si="0">"a"&amp;"b"</f><v>ab</v></c><c r="H1" s="3"/><c r="I1" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c></row>' +
      '<row r="3"/><row r="4"><c r="B4" t="str"><f t="shared" si="0"/><v>ab</v></c><c r="C4" t="inlineStr"><is><t>Delvis</t></is></c></row></sheetData>';
    const expected = [
      ['one', -12.5, 1.2345678901234568e-5, true, { error: '#DIV/0!' }, 44263.5, 'ab', null, ' x '],
      undefined,
      undefined,
      [null, 'ab', 'Delvis'],
    ];
    expect(bytes(sheetData, ['zero', 'one'])).toEqual(expected);
    expect(scan(sheetData, ['zero', 'one'])).toEqual(expected);
    expect(bytes('<sheetData/>')).toEqual([]);
  });

  test('text: references, _xHHHH_ escapes, line ends, UTF-8, a leading U+FEFF, long and repeated texts', () => {
    const texts = [
      'S',
      'S',
      'Delvis',
      'Delvis',
      'a &amp; b',
      '_x0041_ and _x005F_x0041_',
      'two\r\nlines',
      'Ærø – København ✓ 😀',
      '\uFEFFzero width',
      'a text longer than the short ones that repeat',
    ];
    const cells = texts.map((text, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${text}</t></is></c>`).join('');
    const expected = [
      [
        'S',
        'S',
        'Delvis',
        'Delvis',
        'a & b',
        'A and _x0041_',
        'two\nlines',
        'Ærø – København ✓ 😀',
        '\uFEFFzero width',
        'a text longer than the short ones that repeat',
      ],
    ];
    expect(bytes(`<sheetData><row r="1">${cells}</row></sheetData>`)).toEqual(expected);
    expect(scan(`<sheetData><row r="1">${cells}</row></sheetData>`)).toEqual(expected);
  });

  test.each([
    ['a prefixed part', '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>', [[1]]],
    ['a comment', '<sheetData><!-- <row r="1"><c r="A1"><v>9</v></c></row> --><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', [[1]]],
    ['inline rich text', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>rich</t></r></is></c></row></sheetData>', [['rich']]],
    ['an extension in a cell', '<sheetData><row r="1"><c r="A1"><v>1</v><extLst/></c></row></sheetData>', [[1]]],
    ['an empty <v/>', '<sheetData><row r="1"><c r="A1" t="str"><v/></c></row></sheetData>', [['']]],
    [
      'CDATA and references in a value',
      '<sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]>&amp;c</v></c></row></sheetData>',
      [['a<b&c']],
    ],
  ])('reads %s on the general path', (_what, sheetData, expected) => {
    expect(bytes(sheetData as string)).toEqual(expected);
  });
});
