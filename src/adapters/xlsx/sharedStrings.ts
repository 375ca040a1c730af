import { endOfName, endOfTag, isLocalName, localStart, needsDecoding, skipMarkup } from './xmlScanning';
import { decodeCellText } from './xmlText';

/** The shared-strings part, and the rich text that inline-string cells hold in the same form. */

const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/** Shared strings in index order: rich-text runs joined, phonetic runs (`rPh`) left out. */
export function scanSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return strings;
    // Most items are one plain <t>: <si><t>text</t></si>.
    if (xml.startsWith('<si>', lt)) {
      const textStart = plainTextStart(xml, lt + 4);
      const textEnd = textStart < 0 ? -1 : xml.indexOf('<', textStart);
      if (textEnd >= 0 && xml.startsWith('</t></si>', textEnd)) {
        strings.push(
          needsDecoding(xml, textStart, textEnd) ? decodeCellText(xml.slice(textStart, textEnd)) : xml.slice(textStart, textEnd),
        );
        pos = textEnd + 9;
        continue;
      }
    }
    const nameStart = lt + 1;
    const first = xml.charCodeAt(nameStart);
    if (first === SLASH || first === BANG || first === QUESTION) {
      pos = first === SLASH ? nameStart : skipMarkup(xml, lt);
      continue;
    }
    const nameEnd = endOfName(xml, nameStart);
    const local = localStart(xml, nameStart, nameEnd);
    if (nameEnd - local === 2 && xml.startsWith('si', local)) {
      const tagEnd = endOfTag(xml, nameEnd);
      if (xml.charCodeAt(tagEnd - 2) === SLASH) {
        strings.push('');
        pos = tagEnd;
      } else {
        const rich = readRichText(xml, tagEnd, 'si');
        strings.push(rich.text);
        pos = rich.end;
      }
    } else {
      pos = nameEnd;
    }
  }
}

/** After an unprefixed `<t>` or `<t xml:space="preserve">` at `at`, where its text starts; -1 for any other tag. */
export function plainTextStart(xml: string, at: number): number {
  if (xml.startsWith('<t>', at)) return at + 3;
  if (xml.startsWith(PRESERVED_T, at)) return at + PRESERVED_T.length;
  return -1;
}

const PRESERVED_T = '<t xml:space="preserve">';

/** Text of an `<is>` or `<si>` from just after its start tag: direct `<t>` or `<r><t>` runs, not `<rPh>`. */
export function readRichText(xml: string, from: number, container: string): { text: string; end: number } {
  let text = '';
  let phonetic = 0;
  let pos = from;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) throw new Error(`Malformed XML: <${container}> at offset ${from} is never closed`);
    const nameStart = lt + 1;
    if (xml.charCodeAt(nameStart) === SLASH) {
      const nameEnd = endOfName(xml, nameStart + 1);
      const tagEnd = xml.indexOf('>', nameEnd) + 1;
      if (isLocalName(xml, nameStart + 1, nameEnd, container)) return { text, end: tagEnd };
      if (isLocalName(xml, nameStart + 1, nameEnd, 'rPh')) phonetic--;
      pos = tagEnd;
      continue;
    }
    const nameEnd = endOfName(xml, nameStart);
    const local = localStart(xml, nameStart, nameEnd);
    const tagEnd = endOfTag(xml, nameEnd);
    const empty = xml.charCodeAt(tagEnd - 2) === SLASH;
    if (nameEnd - local === 1 && xml.charCodeAt(local) === 116 /* t */ && !empty) {
      const textEnd = xml.indexOf('<', tagEnd);
      if (phonetic === 0) text += decodeCellText(xml.slice(tagEnd, textEnd));
      pos = textEnd;
    } else {
      if (!empty && isLocalName(xml, local, nameEnd, 'rPh')) phonetic++;
      pos = tagEnd;
    }
  }
}
