import { DateSystem } from '../../engine/weeks';
import { relationshipIdOf } from './relationships';
import { decodeXml, escapeXml, findElement, findElements, isTrue, readAttributes, rootPrefix } from './xmlText';

/** The workbook part (`xl/workbook.xml`): its sheet list, date system and defined names, and edits to it. */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly state: SheetState;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** Index into the sheet list for a sheet-scoped name. */
  readonly localSheetId?: number;
  readonly formula: string;
}

export interface WorkbookPartInfo {
  readonly sheets: readonly SheetEntry[];
  readonly dateSystem: DateSystem;
  readonly definedNames: readonly DefinedNameEntry[];
  /** True for ISO 29500 strict files, whose namespaces differ from the transitional ones this adapter writes. */
  readonly strict: boolean;
}

export function parseWorkbookPart(xml: string): WorkbookPartInfo {
  const sheets = findElements(xml, 'sheet').map(({ attrs }): SheetEntry => ({
    name: attrs.name ?? '',
    sheetId: Number(attrs.sheetId),
    relationshipId: relationshipIdOf(attrs) ?? '',
    state: attrs.state === 'hidden' || attrs.state === 'veryHidden' ? attrs.state : 'visible',
  }));
  const workbookPr = findElement(xml, 'workbookPr');
  const definedNames = findElements(xml, 'definedName').map(({ attrs, content }) => ({
    name: attrs.name ?? '',
    ...(attrs.localSheetId === undefined ? {} : { localSheetId: Number(attrs.localSheetId) }),
    formula: decodeXml(content ?? ''),
  }));
  return {
    sheets,
    dateSystem: isTrue(workbookPr?.attrs.date1904) ? '1904' : '1900',
    definedNames,
    strict: xml.includes('http://purl.oclc.org/ooxml/spreadsheetml/main'),
  };
}

export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
}

/**
 * Appends sheets to `<sheets>` and names to `<definedNames>` (creating it in schema order when missing), and
 * sets `fullCalcOnLoad` on `<calcPr>` so Excel recomputes the new formulas when the file opens. Nothing
 * else in the part changes.
 */
export function addToWorkbookPart(
  xml: string,
  sheets: readonly NewSheetEntry[],
  names: readonly { name: string; formula: string }[],
): string {
  const p = rootPrefix(xml);
  const r = relationshipPrefix(xml);
  const idAttribute = r === undefined ? `xmlns:r="${RELATIONSHIPS_NS}" r:id` : `${r}:id`;
  let edited = appendChildren(
    xml,
    'sheets',
    sheets
      .map(
        (sheet) =>
          `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}" ${idAttribute}="${escapeXml(sheet.relationshipId)}"/>`,
      )
      .join(''),
    AFTER_SHEETS,
  );
  if (names.length > 0) {
    const added = names
      .map((name) => `<${p}definedName name="${escapeXml(name.name)}">${escapeXml(name.formula)}</${p}definedName>`)
      .join('');
    edited = appendChildren(edited, 'definedNames', added, AFTER_DEFINED_NAMES);
  }
  return withFullCalcOnLoad(edited);
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** CT_Workbook's children after `<definedNames>` and after `<calcPr>`: a new element goes before the first present. */
const AFTER_CALC_PR = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const AFTER_DEFINED_NAMES = ['calcPr', ...AFTER_CALC_PR];
const AFTER_SHEETS = ['functionGroups', 'externalReferences', 'definedNames', ...AFTER_DEFINED_NAMES];

function relationshipPrefix(xml: string): string | undefined {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? '';
  return /xmlns:([\w.-]+)\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships["']/.exec(root)?.[1];
}

/** Appends `children` inside the workbook's `<name>` element, creating it before the first of `followers`. */
function appendChildren(xml: string, name: string, children: string, followers: readonly string[]): string {
  const p = rootPrefix(xml);
  const element = findElement(xml, name);
  if (element?.content !== undefined) {
    const close = element.contentStart + element.content.length;
    return xml.slice(0, close) + children + xml.slice(close);
  }
  const block = `<${p}${name}>${children}</${p}${name}>`;
  if (element) return xml.slice(0, element.start) + block + xml.slice(element.end);
  const at = insertionPoint(xml, followers);
  return xml.slice(0, at) + block + xml.slice(at);
}

function withFullCalcOnLoad(xml: string): string {
  const calcPr = findElement(xml, 'calcPr');
  if (!calcPr) {
    const at = insertionPoint(xml, AFTER_CALC_PR);
    return `${xml.slice(0, at)}<${rootPrefix(xml)}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
  }
  const nameEnd = calcPr.start + 1 + calcPr.tag.length;
  const { end } = readAttributes(xml, nameEnd);
  const existing = /(\s)fullCalcOnLoad\s*=\s*(["'])[^"']*\2/.exec(xml.slice(nameEnd, end));
  if (!existing) return `${xml.slice(0, nameEnd)} fullCalcOnLoad="1"${xml.slice(nameEnd)}`;
  const at = nameEnd + existing.index;
  return `${xml.slice(0, at)}${existing[1]}fullCalcOnLoad="1"${xml.slice(at + existing[0].length)}`;
}

function insertionPoint(xml: string, followers: readonly string[]): number {
  const p = rootPrefix(xml);
  const positions = followers.map((follower) => findElement(xml, follower)?.start ?? -1).filter((at) => at >= 0);
  if (positions.length > 0) return Math.min(...positions);
  const close = xml.lastIndexOf(`</${p}workbook>`);
  if (close < 0) throw new Error('Malformed workbook part: no </workbook>');
  return close;
}
