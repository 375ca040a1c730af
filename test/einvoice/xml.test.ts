import { el, isXmlText, xmlDocument } from '../../src/einvoice/xml';
import { parseXml } from '../support/xml';

describe('the XML writer', () => {
  test('escapes every text and attribute, so what is read back is what was written', () => {
    const tricky = `K-01 & <b>"quoted"</b> 'single' ]]> æøå\tand\nlines`;
    const xml = xmlDocument(
      el('Root', [el('Text', tricky), el('Empty', ''), undefined, el('Attr', 'x', { note: tricky })], { xmlns: 'urn:x' }),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Root xmlns="urn:x">')).toBe(true);
    const root = parseXml(xml);
    expect(root.children.map((child) => child.name)).toEqual(['Text', 'Empty', 'Attr']);
    expect(root.children[0].text).toBe(tricky);
    expect(root.children[2].attributes.note).toBe(tricky);
    expect(xml).not.toContain('<b>');
  });

  test('characters XML 1.0 cannot carry are recognised, and never written', () => {
    expect(isXmlText('K-01 æ 😀')).toBe(true);
    for (const text of ['K\u0001', 'K\u000b', 'K\uFFFF', 'K\uD800']) expect(isXmlText(text)).toBe(false);
    expect(() => xmlDocument(el('Text', 'K\u0001'))).toThrow('A character XML cannot carry');
  });
});
