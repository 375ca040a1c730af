import { NumberFormatKind } from '../../workbook/types';
import { childNamed, childrenNamed, parseXmlPart, prefixOf, XmlNode } from './xmlPart';
import { escapeXml } from './xmlText';

/**
 * Cell styles for new cells, added to the styles part by appending only: existing number formats, fonts and
 * cell formats keep their indexes (every existing cell points at them). An identical entry already there is
 * reused, so writing week after week does not grow the part.
 */

export interface CellStyle {
  readonly format: NumberFormatKind;
  readonly bold: boolean;
}

export interface StylesResult {
  /** The styles part, or undefined when it needed no change. */
  readonly xml?: string;
  /** The `s` attribute (cellXfs index) for a style; 0 is the workbook's default. */
  readonly indexOf: (style: CellStyle) => number;
}

/** Built-in number format ids are the same in every Excel; dates get an explicit ISO code (14 follows the locale). */
const NUMBER_FORMATS: Readonly<Record<NumberFormatKind, number | string>> = {
  general: 0,
  integer: 1,
  amount: 4,
  share: 10,
  text: 49,
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

const FIRST_CUSTOM_FORMAT_ID = 164;

/** CT_Stylesheet's children in schema order, with what a missing block must start with (Excel's defaults). */
const STYLESHEET_BLOCKS: readonly { name: string; defaults: readonly string[] }[] = [
  { name: 'numFmts', defaults: [] },
  { name: 'fonts', defaults: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'] },
  { name: 'fills', defaults: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'] },
  { name: 'borders', defaults: ['<border><left/><right/><top/><bottom/><diagonal/></border>'] },
  { name: 'cellStyleXfs', defaults: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'] },
  { name: 'cellXfs', defaults: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'] },
  { name: 'cellStyles', defaults: ['<cellStyle name="Normal" xfId="0" builtinId="0"/>'] },
  { name: 'dxfs', defaults: [] },
  { name: 'tableStyles', defaults: [] },
  { name: 'colors', defaults: [] },
  { name: 'extLst', defaults: [] },
];

/** A styles part with only the defaults, for a package that has none. */
export function defaultStylesXml(): string {
  let xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';
  for (const { name, defaults } of STYLESHEET_BLOCKS) if (defaults.length > 0) xml = ensureBlock(xml, name, DEFAULT_PART);
  return xml;
}

export function addCellStyles(xml: string, wanted: readonly CellStyle[], part = DEFAULT_PART): StylesResult {
  const styles = new CellStyles(xml, part);
  const indexes = new Map(wanted.map((style) => [styleKey(style), styles.indexOf(style)]));
  return { xml: styles.xml, indexOf: (style) => indexes.get(styleKey(style)) ?? 0 };
}

/**
 * Cell styles added one at a time, as a writer meets them in its cells (so it need not collect them in a pass
 * of its own first); addCellStyles does the same for a list known beforehand. The result is the same either way.
 */
export class CellStyles {
  private edited: string;
  private readonly prefix: string;
  private readonly indexes = new Map<string, number>();
  private readonly formatIds = new Map<NumberFormatKind, number>();
  private boldFont?: number;

  constructor(
    private readonly original: string,
    private readonly part = DEFAULT_PART,
  ) {
    this.edited = original;
    this.prefix = prefixOf(parseXmlPart(original, part));
  }

  /** The edited styles part, or undefined while it needs no change. */
  get xml(): string | undefined {
    return this.edited === this.original ? undefined : this.edited;
  }

  /** The `s` attribute (cellXfs index) for a style, adding what it needs; 0 is the workbook's default. */
  indexOf(style: CellStyle): number {
    if (style.format === 'general' && !style.bold) return 0;
    const key = styleKey(style);
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.cellFormat(this.numberFormatId(style.format), style.bold ? this.boldFontId() : 0);
      this.indexes.set(key, index);
    }
    return index;
  }

  private numberFormatId(format: NumberFormatKind): number {
    const code = NUMBER_FORMATS[format];
    if (typeof code === 'number') return code;
    let id = this.formatIds.get(format);
    if (id === undefined) {
      this.edited = ensureBlock(this.edited, 'numFmts', this.part);
      const formats = children(this.edited, 'numFmts', 'numFmt', this.part);
      const same = formats.find((element) => (element.attributes.formatCode ?? '') === code);
      id = same
        ? Number(same.attributes.numFmtId)
        : Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...formats.map((element) => Number(element.attributes.numFmtId) || 0)) + 1;
      if (!same)
        this.edited = appendChild(
          this.edited,
          this.part,
          'numFmts',
          'numFmt',
          `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
        );
      this.formatIds.set(format, id);
    }
    return id;
  }

  private boldFontId(): number {
    if (this.boldFont === undefined) {
      const edited = ensureBlock(this.edited, 'fonts', this.part);
      const fonts = children(edited, 'fonts', 'font', this.part).map((element) => edited.slice(element.start, element.end));
      const bold = boldVersion(fonts[0], this.prefix);
      let id = fonts.indexOf(bold);
      if (id < 0) {
        this.edited = appendChild(edited, this.part, 'fonts', 'font', bold);
        id = fonts.length;
      } else {
        this.edited = edited;
      }
      this.boldFont = id;
    }
    return this.boldFont;
  }

  /** The index of a plain cell format with this number format and font, appended when there is none. */
  private cellFormat(numFmtId: number, fontId: number): number {
    this.edited = ensureBlock(this.edited, 'cellXfs', this.part);
    const formats = children(this.edited, 'cellXfs', 'xf', this.part);
    const index = formats.findIndex((element) => isPlainXf(element, numFmtId, fontId));
    if (index >= 0) return index;
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}`;
    this.edited = appendChild(
      this.edited,
      this.part,
      'cellXfs',
      'xf',
      `<${this.prefix}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applies}/>`,
    );
    return formats.length;
  }
}

function styleKey(style: CellStyle): string {
  return `${style.format}/${style.bold ? 'b' : ''}`;
}

/** A cell format that shows exactly this number format and font, and nothing else of its own. */
function isPlainXf(element: XmlNode, numFmtId: number, fontId: number): boolean {
  const { attributes } = element;
  const plain = Object.keys(attributes).every(
    (name) => ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId'].includes(name) || name.startsWith('apply'),
  );
  return (
    plain &&
    element.selfClosing &&
    Number(attributes.numFmtId ?? 0) === numFmtId &&
    Number(attributes.fontId ?? 0) === fontId &&
    Number(attributes.fillId ?? 0) === 0 &&
    Number(attributes.borderId ?? 0) === 0 &&
    Number(attributes.xfId ?? 0) === 0
  );
}

/** The default font with bold added; CT_Font's children may come in any order. */
function boldVersion(font: string, p: string): string {
  const withoutBold = font.replace(new RegExp(`<${p}b(\\s[^>]*)?/>`), '');
  const open = /^<[^>]*?(\/?)>/.exec(withoutBold) as RegExpExecArray;
  const rest = open[1] ? `</${p}font>` : withoutBold.slice(open[0].length);
  return `${open[0].replace(/\/>$/, '>')}<${p}b/>${rest}`;
}

/** Where the styles part's name is not known (a new part): messages name it as Excel does. */
const DEFAULT_PART = 'xl/styles.xml';

function block(xml: string, blockName: string, part: string): XmlNode | undefined {
  return childNamed(parseXmlPart(xml, part), blockName);
}

function children(xml: string, blockName: string, childName: string, part: string): XmlNode[] {
  return childrenNamed(block(xml, blockName, part) as XmlNode, childName);
}

/** Appends a child at the end of a block and sets the block's `count` to match. */
function appendChild(xml: string, part: string, blockName: string, childName: string, child: string): string {
  const found = block(xml, blockName, part) as XmlNode;
  const count = childrenNamed(found, childName).length + 1;
  const nameEnd = found.start + 1 + found.name.length;
  const startTag = xml.slice(nameEnd, found.contentStart);
  const existing = /(\scount\s*=\s*)(["'])[^"']*\2/.exec(startTag);
  const counted = existing ? startTag.replace(existing[0], `${existing[1]}"${count}"`) : ` count="${count}"${startTag}`;
  return xml.slice(0, nameEnd) + counted + xml.slice(found.contentStart, found.contentEnd) + child + xml.slice(found.contentEnd);
}

/** Makes sure the block exists with content: expands `<x/>`, or inserts it in schema order with its defaults. */
function ensureBlock(xml: string, blockName: string, part: string): string {
  const root = parseXmlPart(xml, part);
  const p = prefixOf(root);
  const defaults = (STYLESHEET_BLOCKS.find(({ name }) => name === blockName)?.defaults ?? []).map((child) => withPrefix(child, p));
  const found = childNamed(root, blockName);
  if (found && !found.selfClosing && (defaults.length === 0 || xml.slice(found.contentStart, found.contentEnd).trim() !== '')) return xml;
  const full = `<${p}${blockName} count="${defaults.length}">${defaults.join('')}</${p}${blockName}>`;
  if (found) return xml.slice(0, found.start) + full + xml.slice(found.end);
  const order = STYLESHEET_BLOCKS.map(({ name }) => name);
  const later = order.slice(order.indexOf(blockName) + 1);
  const follower = root.children.find((child) => later.includes(child.local));
  const at = follower ? follower.start : root.contentEnd;
  return xml.slice(0, at) + full + xml.slice(at);
}

function withPrefix(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${p}`) : xml;
}
