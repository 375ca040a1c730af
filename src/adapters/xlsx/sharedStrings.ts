import { SaxesParser } from 'saxes';
import { streamXmlPart } from './xmlPart';
import { resolveCellEscapes } from './xmlText';

/**
 * The shared-strings part, in index order: each item's `<t>` texts and rich-text runs joined, phonetic runs
 * (`rPh`) left out. It is streamed, not built into a tree: a workbook can hold millions of shared strings.
 */
export function readSharedStrings(xml: string, part: string): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let item: string | undefined;
  let phonetic = 0;
  let piece: string | undefined;
  const addText = (text: string) => {
    if (piece !== undefined) piece += text;
  };
  parser.on('opentag', (tag) => {
    if (tag.local === 'si') item = '';
    else if (tag.local === 'rPh') phonetic++;
    else if (tag.local === 't' && item !== undefined && phonetic === 0) piece = '';
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    if (tag.local === 'si') {
      strings.push(item ?? '');
      item = undefined;
    } else if (tag.local === 'rPh') {
      phonetic--;
    } else if (tag.local === 't' && piece !== undefined) {
      item += resolveCellEscapes(piece);
      piece = undefined;
    }
  });
  streamXmlPart(xml, part, parser);
  return strings;
}
