import { columnLetters } from '../../src/engine/cells';
import { strToU8, zipSync } from 'fflate';

/**
 * A candidate sheet as Excel saves one: `rows` × `columns` cells, ids and statuses as shared strings,
 * week headers and start dates as numbers. Built directly as XML, so it measures only the reader.
 */
export function largeCandidateWorkbook(rows: number, columns: number): Uint8Array {
  const strings = [
    'Candidate ID',
    'Start',
    'S',
    'D',
    'O',
    ...Array.from({ length: rows }, (_, i) => `K-${String(i + 1).padStart(5, '0')}`),
  ];
  const letters = Array.from({ length: columns }, (_, c) => columnLetters(c));
  const sheetRows: string[] = [];
  const header = letters.map((col, c) =>
    c === 0
      ? `<c r="${col}1" t="s"><v>0</v></c>`
      : c === 1
        ? `<c r="${col}1" t="s"><v>1</v></c>`
        : `<c r="${col}1" s="1"><v>${43831 + 7 * (c - 2)}</v></c>`,
  );
  sheetRows.push(`<row r="1" spans="1:${columns}">${header.join('')}</row>`);
  for (let r = 2; r <= rows + 1; r++) {
    const cells = letters.map((col, c) => {
      if (c === 0) return `<c r="${col}${r}" t="s"><v>${r + 3}</v></c>`;
      if (c === 1) return `<c r="${col}${r}" s="1"><v>${43831 + (r % 300)}</v></c>`;
      const status = (r * 31 + c * 7) % 10;
      if (status < 4) return `<c r="${col}${r}" t="s"><v>${2 + (status % 3)}</v></c>`;
      if (status < 6) return `<c r="${col}${r}"><v>${status === 4 ? 1 : 0.4}</v></c>`;
      return `<c r="${col}${r}" s="2"/>`;
    });
    sheetRows.push(`<row r="${r}" spans="1:${columns}">${cells.join('')}</row>`);
  }
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = new Map<string, string>([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Candidates" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="${main}"><dimension ref="A1:${letters[columns - 1]}${rows + 1}"/><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
    ],
  ]);
  // Fast compression keeps building the fixture quick; the reader does not care how well it was packed.
  return zipSync(Object.fromEntries([...parts].map(([name, xml]) => [name, strToU8(xml)])), { level: 1 });
}
