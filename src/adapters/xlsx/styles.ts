import { NumberFormatKind } from '../../workbook/types';
import { decodeXml, escapeXml, findElement, findElements, rootPrefix, XmlElement } from './xmlText';

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
  for (const { name, defaults } of STYLESHEET_BLOCKS) if (defaults.length > 0) xml = ensureBlock(xml, name);
  return xml;
}

export function addCellStyles(xml: string, wanted: readonly CellStyle[]): StylesResult {
  const styles = new CellStyles(xml);
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

  constructor(private readonly original: string) {
    this.edited = original;
    this.prefix = rootPrefix(original);
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
      this.edited = ensureBlock(this.edited, 'numFmts');
      const formats = children(this.edited, 'numFmts', 'numFmt');
      const same = formats.find((element) => decodeXml(element.attrs.formatCode ?? '') === code);
      id = same
        ? Number(same.attrs.numFmtId)
        : Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...formats.map((element) => Number(element.attrs.numFmtId) || 0)) + 1;
      if (!same)
        this.edited = appendChild(
          this.edited,
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
      const edited = ensureBlock(this.edited, 'fonts');
      const fonts = children(edited, 'fonts', 'font').map((element) => edited.slice(element.start, element.end));
      const bold = boldVersion(fonts[0], this.prefix);
      let id = fonts.indexOf(bold);
      if (id < 0) {
        this.edited = appendChild(edited, 'fonts', 'font', bold);
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
    this.edited = ensureBlock(this.edited, 'cellXfs');
    const formats = children(this.edited, 'cellXfs', 'xf');
    const index = formats.findIndex((element) => isPlainXf(element, numFmtId, fontId));
    if (index >= 0) return index;
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}`;
    this.edited = appendChild(
      this.edited,
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
function isPlainXf(element: XmlElement, numFmtId: number, fontId: number): boolean {
  const { attrs } = element;
  const plain = Object.keys(attrs).every(
    (name) => ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId'].includes(name) || name.startsWith('apply'),
  );
  return (
    plain &&
    element.content === undefined &&
    Number(attrs.numFmtId ?? 0) === numFmtId &&
    Number(attrs.fontId ?? 0) === fontId &&
    Number(attrs.fillId ?? 0) === 0 &&
    Number(attrs.borderId ?? 0) === 0 &&
    Number(attrs.xfId ?? 0) === 0
  );
}

/** The default font with bold added; CT_Font's children may come in any order. */
function boldVersion(font: string, p: string): string {
  const withoutBold = font.replace(new RegExp(`<${p}b(\\s[^>]*)?/>`), '');
  const open = /^<[^>]*?(\/?)>/.exec(withoutBold) as RegExpExecArray;
  const rest = open[1] ? `</${p}font>` : withoutBold.slice(open[0].length);
  return `${open[0].replace(/\/>$/, '>')}<${p}b/>${rest}`;
}

function children(xml: string, blockName: string, childName: string): XmlElement[] {
  const block = findElement(xml, blockName) as XmlElement;
  return findElements(xml, childName, block.contentStart, block.end);
}

/** Appends a child at the end of a block and sets the block's `count` to match. */
function appendChild(xml: string, blockName: string, childName: string, child: string): string {
  const count = children(xml, blockName, childName).length + 1;
  const block = findElement(xml, blockName) as XmlElement;
  const close = block.contentStart + (block.content ?? '').length;
  return withCount(xml.slice(0, close) + child + xml.slice(close), blockName, count);
}

/** Makes sure the block exists with content: expands `<x/>`, or inserts it in schema order with its defaults. */
function ensureBlock(xml: string, blockName: string): string {
  const p = rootPrefix(xml);
  const defaults = (STYLESHEET_BLOCKS.find(({ name }) => name === blockName)?.defaults ?? []).map((child) => withPrefix(child, p));
  const block = findElement(xml, blockName);
  if (block?.content !== undefined && (defaults.length === 0 || block.content.trim() !== '')) return xml;
  const full = `<${p}${blockName} count="${defaults.length}">${defaults.join('')}</${p}${blockName}>`;
  if (block) return xml.slice(0, block.start) + full + xml.slice(block.end);
  const order = STYLESHEET_BLOCKS.map(({ name }) => name);
  const positions = order
    .slice(order.indexOf(blockName) + 1)
    .map((name) => findElement(xml, name)?.start ?? -1)
    .filter((at) => at >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf(`</${p}styleSheet>`);
  if (at < 0) throw new Error('Malformed styles part: no </styleSheet>');
  return xml.slice(0, at) + full + xml.slice(at);
}

function withCount(xml: string, blockName: string, count: number): string {
  const block = findElement(xml, blockName) as XmlElement;
  const nameEnd = block.start + 1 + block.tag.length;
  const startTag = xml.slice(nameEnd, block.contentStart);
  const existing = /(\scount\s*=\s*)(["'])[^"']*\2/.exec(startTag);
  const edited = existing ? startTag.replace(existing[0], `${existing[1]}"${count}"`) : ` count="${count}"${startTag}`;
  return xml.slice(0, nameEnd) + edited + xml.slice(block.contentStart);
}

function withPrefix(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${p}`) : xml;
}
