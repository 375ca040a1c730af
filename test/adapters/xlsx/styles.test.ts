import { addCellStyles, defaultStylesXml } from '../../../src/adapters/xlsx/styles';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('addCellStyles', () => {
  test('general, not bold, is the default style and changes nothing', () => {
    const result = addCellStyles(defaultStylesXml(), [{ format: 'general', bold: false }]);
    expect(result.xml).toBeUndefined();
    expect(result.indexOf({ format: 'general', bold: false })).toBe(0);
  });

  test('appends after existing entries, with the next free custom format id and counts updated', () => {
    const xml =
      `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="170" formatCode="0.000"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>` +
      '<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs count="0"/></styleSheet>';
    const result = addCellStyles(xml, [
      { format: 'date', bold: true },
      { format: 'amount', bold: false },
    ]);
    expect(result.xml).toBe(
      `<styleSheet ${MAIN}><numFmts count="2"><numFmt numFmtId="170" formatCode="0.000"/><numFmt numFmtId="171" formatCode="yyyy-mm-dd"/></numFmts>` +
        '<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>' +
        '<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="171" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs count="0"/></styleSheet>',
    );
    expect(result.indexOf({ format: 'date', bold: true })).toBe(2);
    expect(result.indexOf({ format: 'amount', bold: false })).toBe(3);
  });

  test('reuses an identical format, font and cell format already there', () => {
    const first = addCellStyles(defaultStylesXml(), [
      { format: 'datetime', bold: true },
      { format: 'share', bold: false },
    ]);
    const second = addCellStyles(first.xml as string, [
      { format: 'share', bold: false },
      { format: 'datetime', bold: true },
    ]);
    expect(second.xml).toBeUndefined();
    expect(second.indexOf({ format: 'datetime', bold: true })).toBe(first.indexOf({ format: 'datetime', bold: true }));
    expect(second.indexOf({ format: 'share', bold: false })).toBe(first.indexOf({ format: 'share', bold: false }));
  });

  test('a prefixed part with missing numFmts, a count-less cellXfs and an explicitly not-bold font', () => {
    const xml =
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="11"/><x:b val="0"/></x:font></x:fonts>' +
      '<x:cellXfs><x:xf numFmtId="0" fontId="0"/></x:cellXfs></x:styleSheet>';
    const result = addCellStyles(xml, [
      { format: 'date', bold: false },
      { format: 'text', bold: true },
    ]);
    expect(result.xml).toBe(
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></x:numFmts>' +
        '<x:fonts count="2"><x:font><x:sz val="11"/><x:b val="0"/></x:font><x:font><x:b/><x:sz val="11"/></x:font></x:fonts>' +
        '<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<x:xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></x:cellXfs></x:styleSheet>',
    );
  });

  test('a default font that is already bold serves bold cells', () => {
    const xml = `<styleSheet ${MAIN}><fonts count="1"><font><b/><sz val="11"/></font></fonts><cellXfs count="1"><xf/></cellXfs></styleSheet>`;
    const result = addCellStyles(xml, [{ format: 'general', bold: true }]);
    expect(result.xml).toBeUndefined();
    expect(result.indexOf({ format: 'general', bold: true })).toBe(0);
  });
});
