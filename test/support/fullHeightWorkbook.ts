import { zipTextParts } from '../../src/adapters/xlsx/zipPackage';

export const FULL_HEIGHT_ROWS = 1_048_576;

/**
 * A legal full-height candidate sheet as Excel saves one: a header row and 1,048,575 candidates (ids as shared
 * strings) over `weeks` week columns, every candidate wholly self-supporting (`S`) in every week, and the
 * contract's weekly rate. Built as XML directly, so it costs the benchmark seconds, not minutes.
 */
export function fullHeightWorkbook(weeks: number): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const letters = Array.from({ length: weeks }, (_, i) => String.fromCharCode(66 + i));
  const fixed = ['Candidate ID', 'S', 'SIB_WeeklyRate', ...letters.map((_, i) => `2021-W${String(i + 1).padStart(2, '0')}`)];
  const ids = FULL_HEIGHT_ROWS - 1;
  const strings: string[] = [...fixed];
  for (let i = 1; i <= ids; i++) strings.push(`K-${i}`);
  const rows: string[] = [
    `<row r="1"><c r="A1" t="s"><v>0</v></c>${letters.map((l, i) => `<c r="${l}1" t="s"><v>${3 + i}</v></c>`).join('')}</row>`,
  ];
  for (let r = 2; r <= FULL_HEIGHT_ROWS; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${fixed.length + r - 2}</v></c>${letters.map((l) => `<c r="${l}${r}" t="s"><v>1</v></c>`).join('')}</row>`,
    );
  }
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return zipTextParts(
    new Map([
      [
        '[Content_Types].xml',
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
      ],
      [
        '_rels/.rels',
        `<?xml version="1.0"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        'xl/workbook.xml',
        `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Contract" sheetId="1" r:id="rId1"/><sheet name="Candidates" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="SIB_WeeklyRate">Contract!$B$1</definedName></definedNames></workbook>`,
      ],
      [
        'xl/_rels/workbook.xml.rels',
        `<?xml version="1.0"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ],
      [
        'xl/worksheets/sheet1.xml',
        `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1"><v>1250.5</v></c></row></sheetData></worksheet>`,
      ],
      ['xl/worksheets/sheet2.xml', `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${rows.join('')}</sheetData></worksheet>`],
      [
        'xl/sharedStrings.xml',
        `<?xml version="1.0"?><sst xmlns="${main}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
      ],
    ]),
  );
}
