import { DateSystem } from '../../engine/weeks';
import { relationshipIdOf } from './relationships';
import { childNamed, childrenNamed, parseXmlPart, prefixOf, XmlNode } from './xmlPart';
import { escapeXml } from './xmlText';

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

/** Strict OOXML's SpreadsheetML namespace; transitional files, which this adapter reads and writes, use another. */
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export function parseWorkbookPart(xml: string, part: string): WorkbookPartInfo {
  const root = parseXmlPart(xml, part);
  const sheets = childrenNamed(childNamed(root, 'sheets') ?? root, 'sheet').map((sheet): SheetEntry => ({
    name: sheet.attributes.name ?? '',
    sheetId: Number(sheet.attributes.sheetId),
    relationshipId: relationshipIdOf(sheet) ?? '',
    state: sheet.attributes.state === 'hidden' || sheet.attributes.state === 'veryHidden' ? sheet.attributes.state : 'visible',
  }));
  const workbookPr = childNamed(root, 'workbookPr');
  const definedNames = childrenNamed(childNamed(root, 'definedNames') ?? root, 'definedName').map((element) => ({
    name: element.attributes.name ?? '',
    ...(element.attributes.localSheetId === undefined ? {} : { localSheetId: Number(element.attributes.localSheetId) }),
    formula: element.text,
  }));
  return {
    sheets,
    dateSystem: isTrue(workbookPr?.attributes.date1904) ? '1904' : '1900',
    definedNames,
    strict: root.uri === STRICT_MAIN_NS,
  };
}

/** xsd:boolean. */
function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
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
  part: string,
  sheets: readonly NewSheetEntry[],
  names: readonly { name: string; formula: string }[],
): string {
  const root = parseXmlPart(xml, part);
  const p = prefixOf(root);
  const r = relationshipPrefix(root);
  const idAttribute = r === undefined ? `xmlns:r="${RELATIONSHIPS_NS}" r:id` : `${r}:id`;
  const edits: Edit[] = [];
  const newSheets = sheets
    .map(
      (sheet) =>
        `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}" ${idAttribute}="${escapeXml(sheet.relationshipId)}"/>`,
    )
    .join('');
  edits.push(appendChildren(xml, root, 'sheets', newSheets, AFTER_SHEETS));
  if (names.length > 0) {
    const added = names
      .map((name) => `<${p}definedName name="${escapeXml(name.name)}">${escapeXml(name.formula)}</${p}definedName>`)
      .join('');
    edits.push(appendChildren(xml, root, 'definedNames', added, AFTER_DEFINED_NAMES));
  }
  edits.push(fullCalcOnLoad(xml, root));
  return applyEdits(xml, edits);
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

/** A replacement of the text between `start` and `end`; edits of one part never overlap. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(xml: string, edits: readonly Edit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    result += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + xml.slice(at);
}

/** The prefix the root binds to the relationships namespace, if any. */
function relationshipPrefix(root: XmlNode): string | undefined {
  return Object.entries(root.declared).find(([, uri]) => uri === RELATIONSHIPS_NS)?.[0];
}

/** Appends `children` inside the workbook's `<name>` element, creating it before the first of `followers`. */
function appendChildren(xml: string, root: XmlNode, name: string, children: string, followers: readonly string[]): Edit {
  const element = childNamed(root, name);
  if (element?.selfClosing) {
    const opened = xml.slice(element.start, element.end).replace(/\s*\/>$/, '>');
    return { start: element.start, end: element.end, text: `${opened}${children}</${element.name}>` };
  }
  if (element) return { start: element.contentEnd, end: element.contentEnd, text: children };
  const at = insertionPoint(root, followers);
  const p = prefixOf(root);
  return { start: at, end: at, text: `<${p}${name}>${children}</${p}${name}>` };
}

function fullCalcOnLoad(xml: string, root: XmlNode): Edit {
  const calcPr = childNamed(root, 'calcPr');
  if (!calcPr) {
    const at = insertionPoint(root, AFTER_CALC_PR);
    return { start: at, end: at, text: `<${prefixOf(root)}calcPr fullCalcOnLoad="1"/>` };
  }
  const nameEnd = calcPr.start + 1 + calcPr.name.length;
  const tagEnd = calcPr.selfClosing ? calcPr.end : calcPr.contentStart;
  const attributes = xml.slice(nameEnd, tagEnd);
  const existing = /(\s)fullCalcOnLoad\s*=\s*(["'])[^"']*\2/.exec(attributes);
  if (!existing) return { start: nameEnd, end: nameEnd, text: ' fullCalcOnLoad="1"' };
  const at = nameEnd + existing.index;
  return { start: at, end: at + existing[0].length, text: `${existing[1]}fullCalcOnLoad="1"` };
}

function insertionPoint(root: XmlNode, followers: readonly string[]): number {
  const follower = root.children.find((child) => followers.includes(child.local));
  return follower ? follower.start : root.contentEnd;
}
