import { addToWorkbookPart, parseWorkbookPart } from '../../../src/adapters/xlsx/workbookPart';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const newSheet = { name: 'Invoice 2021-W10', sheetId: 9, relationshipId: 'rId9' };
const newName = { name: 'SIB_Total', formula: "'Invoice 2021-W10'!$G$20" };

describe('parseWorkbookPart', () => {
  test('sheets with state, 1904 flag (1 or true), names with sheet scope and entities', () => {
    const xml =
      `<workbook ${MAIN} ${R}><workbookPr date1904="true"/><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/><sheet name="H" sheetId="3" state="hidden" r:id="rId2"/><sheet name="V" sheetId="4" state="veryHidden" r:id="rId3"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'A &amp; B'!$A$1:$B$2</definedName><definedName name="Rate">H!$B$1&lt;&gt;0</definedName></definedNames></workbook>`;
    expect(parseWorkbookPart(xml, 'xl/workbook.xml')).toEqual({
      sheets: [
        { name: 'A & B', sheetId: 1, relationshipId: 'rId1', state: 'visible' },
        { name: 'H', sheetId: 3, relationshipId: 'rId2', state: 'hidden' },
        { name: 'V', sheetId: 4, relationshipId: 'rId3', state: 'veryHidden' },
      ],
      dateSystem: '1904',
      definedNames: [
        { name: '_xlnm.Print_Area', localSheetId: 0, formula: "'A & B'!$A$1:$B$2" },
        { name: 'Rate', formula: 'H!$B$1<>0' },
      ],
      strict: false,
    });
    expect(parseWorkbookPart(`<workbook ${MAIN}><workbookPr date1904="0"/><sheets/></workbook>`, 'xl/workbook.xml').dateSystem).toBe(
      '1900',
    );
  });
});

describe('addToWorkbookPart', () => {
  test('appends to existing sheets and names and turns on fullCalcOnLoad, keeping every other attribute', () => {
    const xml = `<workbook ${MAIN} ${R}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="A">S!$A$1</definedName></definedNames><calcPr calcId="191029" fullCalcOnLoad="0"/><extLst/></workbook>`;
    expect(addToWorkbookPart(xml, 'xl/workbook.xml', [newSheet], [newName])).toBe(
      `<workbook ${MAIN} ${R}><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="Invoice 2021-W10" sheetId="9" r:id="rId9"/></sheets>` +
        `<definedNames><definedName name="A">S!$A$1</definedName><definedName name="SIB_Total">'Invoice 2021-W10'!$G$20</definedName></definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/><extLst/></workbook>`,
    );
  });

  test('creates definedNames and calcPr where the schema puts them', () => {
    const xml = `<workbook ${MAIN} ${R}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><externalReferences><externalReference r:id="rId5"/></externalReferences><pivotCaches/><extLst/></workbook>`;
    expect(addToWorkbookPart(xml, 'xl/workbook.xml', [], [newName])).toBe(
      `<workbook ${MAIN} ${R}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><externalReferences><externalReference r:id="rId5"/></externalReferences>` +
        `<definedNames><definedName name="SIB_Total">'Invoice 2021-W10'!$G$20</definedName></definedNames><calcPr fullCalcOnLoad="1"/><pivotCaches/><extLst/></workbook>`,
    );
  });

  test('a prefixed part gets prefixed elements; a missing r: prefix is declared on the element', () => {
    const xml =
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="S" sheetId="1"/></x:sheets><x:calcPr/></x:workbook>';
    expect(addToWorkbookPart(xml, 'xl/workbook.xml', [newSheet], [])).toBe(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="S" sheetId="1"/>' +
        '<x:sheet name="Invoice 2021-W10" sheetId="9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></x:sheets><x:calcPr fullCalcOnLoad="1"/></x:workbook>',
    );
  });

  test('names and formulas are escaped', () => {
    const xml = `<workbook ${MAIN} ${R}><sheets/></workbook>`;
    expect(
      addToWorkbookPart(xml, 'xl/workbook.xml', [{ ...newSheet, name: 'R&D <"x">' }], [{ name: 'N', formula: 'IF(A1<>"",1,2)' }]),
    ).toContain(
      '<sheets><sheet name="R&amp;D &lt;&quot;x&quot;&gt;" sheetId="9" r:id="rId9"/></sheets><definedNames><definedName name="N">IF(A1&lt;&gt;&quot;&quot;,1,2)</definedName></definedNames>',
    );
  });
});
