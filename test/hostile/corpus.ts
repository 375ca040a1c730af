import { deflateRawSync } from 'node:zlib';
import { XlsxErrorCode } from '../../src/adapters/xlsx';
import { rawZip, RawEntry } from './rawZip';

/**
 * The hostile corpus: broken and hostile variants of one small, valid candidate workbook, each made from
 * code, with the refusal the adapter must give. Zip bombs are real ones (deflate inflating far beyond the
 * ratio real workbooks reach) kept small; the budgets on size are tested with small limits instead.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const WEEK = '2021-W06';
export const INVOICE_TABLE = 'Invoice_2021_W06';

/** Shared strings of the base workbook, in index order. */
const STRINGS = ['Candidate ID', '2021-W05', '2021-W06', 'K-1', 'K-2', 'K-3', 'S', 'D', 'SIB_WeeklyRate', 'SIB_PartialRate'];
const s = (text: string) => STRINGS.indexOf(text);

export interface WorkbookOptions {
  /** Rows of the candidate sheet's `<sheetData>`, replacing the usual ones. */
  readonly candidateRows?: string;
  /** Extra `<definedName>` elements. */
  readonly names?: string;
  /** The content types part, or null to leave it out. */
  readonly contentTypes?: string | null;
  /** A DTD or anything else to put before a part's root element, by part name. */
  readonly prolog?: Readonly<Record<string, string>>;
  readonly mainNamespace?: string;
}

const CANDIDATE_ROWS =
  `<row r="1"><c r="A1" t="s"><v>${s('Candidate ID')}</v></c><c r="B1" t="s"><v>${s('2021-W05')}</v></c><c r="C1" t="s"><v>${s('2021-W06')}</v></c></row>` +
  `<row r="2"><c r="A2" t="s"><v>${s('K-1')}</v></c><c r="B2" t="s"><v>${s('S')}</v></c><c r="C2" t="s"><v>${s('S')}</v></c></row>` +
  `<row r="3"><c r="A3" t="s"><v>${s('K-2')}</v></c><c r="B3" t="s"><v>${s('D')}</v></c><c r="C3" t="s"><v>${s('D')}</v></c></row>` +
  `<row r="4"><c r="A4" t="s"><v>${s('K-3')}</v></c><c r="C4"><v>0.4</v></c></row>`;

/** The parts of the base workbook: a Contract sheet with two terms and a candidate sheet of three candidates. */
export function workbookParts(options: WorkbookOptions = {}): RawEntry[] {
  const main = options.mainNamespace ?? MAIN;
  const prolog = (part: string) => DECLARATION + (options.prolog?.[part] ?? '');
  const contentTypes =
    options.contentTypes === undefined
      ? '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'
      : options.contentTypes;
  const parts: RawEntry[] = [];
  if (contentTypes !== null) parts.push({ name: '[Content_Types].xml', data: prolog('[Content_Types].xml') + contentTypes });
  parts.push(
    {
      name: '_rels/.rels',
      data: `${prolog('_rels/.rels')}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        `${prolog('xl/workbook.xml')}<workbook xmlns="${main}" xmlns:r="${REL}"><workbookPr/><sheets><sheet name="Contract" sheetId="1" r:id="rId1"/><sheet name="Candidates" sheetId="2" r:id="rId2"/></sheets>` +
        `<definedNames><definedName name="SIB_WeeklyRate">Contract!$B$1</definedName><definedName name="SIB_PartialRate">Contract!$B$2</definedName>${options.names ?? ''}</definedNames></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `${prolog('xl/_rels/workbook.xml.rels')}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data:
        `${prolog('xl/worksheets/sheet1.xml')}<worksheet xmlns="${main}"><sheetData>` +
        `<row r="1"><c r="A1" t="s"><v>${s('SIB_WeeklyRate')}</v></c><c r="B1"><v>1250.5</v></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>${s('SIB_PartialRate')}</v></c><c r="B2"><v>625.25</v></c></row></sheetData></worksheet>`,
    },
    {
      name: 'xl/worksheets/sheet2.xml',
      data: `${prolog('xl/worksheets/sheet2.xml')}<worksheet xmlns="${main}"><sheetData>${options.candidateRows ?? CANDIDATE_ROWS}</sheetData></worksheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `${prolog('xl/sharedStrings.xml')}<sst xmlns="${main}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
    },
    {
      name: 'docProps/app.xml',
      data: `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Hostile corpus</Application></Properties>`,
    },
  );
  return parts;
}

export function workbook(options: WorkbookOptions = {}): Uint8Array {
  return rawZip(workbookParts(options));
}

/** The base workbook with one part changed (or, with `extra`, entries added after it). */
function withPart(name: string, change: (entry: RawEntry) => RawEntry, extra: RawEntry[] = []): Uint8Array {
  return rawZip([...workbookParts().map((entry) => (entry.name === name ? change(entry) : entry)), ...extra]);
}

/** `size` bytes of XML that deflate about a thousandfold: a zip bomb, at a size a test can afford. */
export function bombXml(root: string, size: number): string {
  const open = `${DECLARATION}<${root} xmlns="${MAIN}">`;
  return open + ' '.repeat(size - open.length - root.length - 3) + `</${root}>`;
}

export type Stage = 'open' | 'read' | 'write';

export interface HostileCase {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  /** The refusal the adapter gives, and when: opening, reading the sheets, or writing the invoice. */
  readonly code: XlsxErrorCode;
  readonly stage: Stage;
  /** A piece of the English message the CLI prints. */
  readonly says: string;
}

const cell = (reference: string, value = '1') =>
  `<row r="2"><c r="A2" t="s"><v>${s('K-1')}</v></c><c r="${reference}"><v>${value}</v></c></row>`;
const MIB = 1024 * 1024;

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'a text file',
    bytes: () => Buffer.from('Candidate ID;2021-W06\nK-1;S\n'),
    code: 'file.notZip',
    stage: 'open',
    says: 'is not an Excel workbook (.xlsx)',
  },
  {
    name: 'an old .xls or encrypted workbook',
    bytes: () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
    code: 'file.oldOrEncrypted',
    stage: 'open',
    says: 'password-protected workbook or an old .xls file',
  },
  {
    name: 'a Word document',
    bytes: () =>
      rawZip([
        { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
        { name: 'word/document.xml', data: '<w:document xmlns:w="w"/>' },
      ]),
    code: 'file.notWorkbook',
    stage: 'open',
    says: 'not an Excel workbook: it has no workbook part (xl/workbook.xml)',
  },
  {
    name: 'no [Content_Types].xml',
    bytes: () => workbook({ contentTypes: null }),
    code: 'package.noContentTypes',
    stage: 'open',
    says: 'it has no [Content_Types].xml',
  },
  {
    name: 'Strict Open XML',
    bytes: () => workbook({ mainNamespace: STRICT_MAIN }),
    code: 'file.strict',
    stage: 'open',
    says: 'Strict Open XML Spreadsheet, which is not supported',
  },
  {
    name: 'a workbook cut short (an interrupted copy)',
    bytes: () => workbook().subarray(0, 900),
    code: 'zip.damaged',
    stage: 'open',
    says: 'The workbook is damaged or incomplete: its zip directory cannot be read',
  },
  {
    name: 'a local header that names another part than the directory',
    bytes: () => {
      const bytes = workbook();
      const at = Buffer.from(bytes).indexOf('xl/worksheets/sheet2.xml');
      bytes[at + 'xl/worksheets/sheet'.length] = '9'.charCodeAt(0);
      return bytes;
    },
    code: 'zip.entryDamaged',
    stage: 'read',
    says: 'the zip entry of the part xl/worksheets/sheet2.xml does not agree with its directory',
  },
  {
    name: 'a duplicate zip entry',
    bytes: () =>
      rawZip([...workbookParts(), { name: 'xl/worksheets/sheet2.xml', data: `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>` }]),
    code: 'zip.duplicate',
    stage: 'open',
    says: 'holds the part xl/worksheets/sheet2.xml twice',
  },
  {
    name: 'a duplicate zip entry that differs only in case',
    bytes: () =>
      rawZip([...workbookParts(), { name: 'XL/Worksheets/Sheet2.xml', data: `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>` }]),
    code: 'zip.duplicate',
    stage: 'open',
    says: 'holds the part XL/Worksheets/Sheet2.xml twice',
  },
  ...['../../evil.sh', '/etc/cron.d/evil', 'xl/../../evil.xml', 'C:/evil.xml', 'xl\\..\\evil.xml'].map((name): HostileCase => ({
    name: `an entry named ${name}`,
    bytes: () => rawZip([...workbookParts(), { name, data: 'echo owned' }]),
    code: 'zip.unsafeName',
    stage: 'open',
    says: `an entry named '${name}', a path outside the package`,
  })),
  {
    name: 'an encrypted entry',
    bytes: () => withPart('xl/worksheets/sheet1.xml', (entry) => ({ ...entry, flags: 0x801 })),
    code: 'zip.encrypted',
    stage: 'open',
    says: 'The part xl/worksheets/sheet1.xml is encrypted',
  },
  {
    name: 'compression method 12 (bzip2)',
    bytes: () => withPart('xl/worksheets/sheet1.xml', (entry) => ({ ...entry, method: 12, stored: Buffer.from('BZh9') })),
    code: 'zip.method',
    stage: 'open',
    says: 'uses zip compression method 12',
  },
  {
    name: 'a wrong CRC in the candidate sheet',
    bytes: () => withPart('xl/worksheets/sheet2.xml', (entry) => ({ ...entry, crc: 0x12345678 })),
    code: 'zip.checksum',
    stage: 'read',
    says: 'the part xl/worksheets/sheet2.xml fails its checksum',
  },
  {
    name: 'a wrong CRC in a part nothing reads',
    bytes: () => withPart('docProps/app.xml', (entry) => ({ ...entry, crc: 0x12345678 })),
    code: 'zip.checksum',
    stage: 'write',
    says: 'the part docProps/app.xml fails its checksum',
  },
  {
    name: 'damaged deflate data',
    bytes: () =>
      withPart('xl/worksheets/sheet2.xml', (entry) => {
        const stored = Buffer.from(deflateRawSync(Buffer.from(entry.data as string)));
        stored.fill(0xff, 2, 12);
        return { ...entry, stored };
      }),
    code: 'zip.partDamaged',
    stage: 'read',
    says: 'the part xl/worksheets/sheet2.xml cannot be decompressed',
  },
  {
    name: 'a directory that understates a size (2 KiB declared, 20 MiB inside)',
    bytes: () => withPart('xl/worksheets/sheet2.xml', (entry) => ({ ...entry, data: bombXml('worksheet', 20 * MIB), declaredSize: 2048 })),
    code: 'zip.sizeMismatch',
    stage: 'read',
    says: 'the part xl/worksheets/sheet2.xml is not the 2048 bytes its zip directory declares',
  },
  {
    name: 'a zip bomb as the candidate sheet',
    bytes: () => withPart('xl/worksheets/sheet2.xml', (entry) => ({ ...entry, data: bombXml('worksheet', 8 * MIB) })),
    code: 'zip.ratio',
    stage: 'read',
    says: 'The part xl/worksheets/sheet2.xml would decompress to',
  },
  {
    name: 'a zip bomb as the shared strings',
    bytes: () => withPart('xl/sharedStrings.xml', (entry) => ({ ...entry, data: bombXml('sst', 8 * MIB) })),
    code: 'zip.ratio',
    stage: 'read',
    says: 'The part xl/sharedStrings.xml would decompress to',
  },
  {
    name: 'a zip bomb as the workbook part',
    bytes: () => withPart('xl/workbook.xml', (entry) => ({ ...entry, data: bombXml('workbook', 8 * MIB) })),
    code: 'zip.ratio',
    stage: 'open',
    says: 'The part xl/workbook.xml would decompress to',
  },
  {
    name: 'a zip bomb in a part nothing reads',
    bytes: () => withPart('docProps/app.xml', (entry) => ({ ...entry, data: bombXml('Properties', 8 * MIB) })),
    code: 'zip.ratio',
    stage: 'write',
    says: 'The part docProps/app.xml would decompress to',
  },
  {
    name: 'a column far past XFD (ZZZZZZZ11)',
    bytes: () => workbook({ candidateRows: cell('ZZZZZZZ11') }),
    code: 'grid.column',
    stage: 'read',
    says: "The sheet 'Candidates' has a cell ZZZZZZZ11, beyond Excel's last column XFD",
  },
  {
    name: 'column XFE',
    bytes: () => workbook({ candidateRows: cell('XFE2') }),
    code: 'grid.column',
    stage: 'read',
    says: 'has a cell XFE2',
  },
  {
    name: 'row 2,000,000,000',
    bytes: () => workbook({ candidateRows: '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>' }),
    code: 'grid.row',
    stage: 'read',
    says: "has a row 2000000000, beyond Excel's last row 1,048,576",
  },
  {
    name: 'cell A1048577',
    bytes: () => workbook({ candidateRows: cell('A1048577') }),
    code: 'grid.row',
    stage: 'read',
    says: 'has a row 1048577',
  },
  {
    name: 'a cell reference that is no address',
    bytes: () => workbook({ candidateRows: cell('B-2') }),
    code: 'grid.reference',
    stage: 'read',
    says: "a cell reference 'B-2'",
  },
  {
    name: 'a shared-string index out of range',
    bytes: () => workbook({ candidateRows: `<row r="1"><c r="A1" t="s"><v>4711</v></c></row>` }),
    code: 'sheet.sharedString',
    stage: 'read',
    says: "Cell A1 of the sheet 'Candidates' refers to shared text number 4711, but the workbook has 10",
  },
  {
    name: 'a missing worksheet part',
    bytes: () => rawZip(workbookParts().filter((entry) => entry.name !== 'xl/worksheets/sheet2.xml')),
    code: 'package.missingSheetPart',
    stage: 'read',
    says: "the sheet 'Candidates' has no worksheet part (xl/worksheets/sheet2.xml)",
  },
  ...['xl/workbook.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', '_rels/.rels'].map((part): HostileCase => ({
    name: `a DTD in ${part}`,
    bytes: () => workbook({ prolog: { [part]: '<!DOCTYPE x [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' } }),
    code: 'xml.dtd',
    stage: part === 'xl/workbook.xml' || part === '_rels/.rels' ? 'open' : 'read',
    says: `The part ${part} holds a document type declaration (DTD)`,
  })),
  {
    name: 'an undefined entity in the candidate sheet',
    bytes: () => workbook({ candidateRows: `<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>` }),
    code: 'xml.undefinedEntity',
    stage: 'read',
    says: 'The part xl/worksheets/sheet2.xml uses the undefined entity &lol; (line 2)',
  },
  {
    name: 'an undefined entity in a defined name',
    bytes: () => workbook({ names: '<definedName name="X">&nbsp;</definedName>' }),
    code: 'xml.undefinedEntity',
    stage: 'open',
    says: 'The part xl/workbook.xml uses the undefined entity &nbsp;',
  },
  {
    name: 'mismatched tags in the candidate sheet',
    bytes: () => workbook({ candidateRows: `<row r="2"><c r="A2" t="s"><v>${s('K-1')}</v></row></c>` }),
    code: 'xml.mismatchedTag',
    stage: 'read',
    says: 'in the part xl/worksheets/sheet2.xml, the end tag </row> does not close <c>',
  },
  {
    name: 'a cell never closed',
    bytes: () => workbook({ candidateRows: `<row r="2"><c r="A2" t="s"><v>${s('K-1')}</v>` }),
    code: 'xml.mismatchedTag',
    stage: 'read',
    says: 'the end tag </sheetData> does not close <c>',
  },
  {
    name: 'mismatched tags in the workbook part',
    bytes: () => workbook({ names: '<definedName name="X">Contract!$A$1</definedNames>' }),
    code: 'xml.mismatchedTag',
    stage: 'open',
    says: 'in the part xl/workbook.xml, the end tag </definedNames> does not close <definedName>',
  },
  {
    name: `a defined name '${INVOICE_TABLE.toLowerCase()}', the invoice table's name in another case`,
    bytes: () => workbook({ names: `<definedName name="${INVOICE_TABLE.toLowerCase()}">Contract!$A$1</definedName>` }),
    code: 'write.definedNameTaken',
    stage: 'write',
    says: `already has a defined name '${INVOICE_TABLE.toLowerCase()}'`,
  },
  {
    name: `a sheet-scoped defined name '${INVOICE_TABLE}'`,
    bytes: () => workbook({ names: `<definedName name="${INVOICE_TABLE}" localSheetId="1">Candidates!$A$1</definedName>` }),
    code: 'write.localNameTaken',
    stage: 'write',
    says: `already has a defined name '${INVOICE_TABLE}' on the sheet 'Candidates'`,
  },
];
