import { descendants, parseXml } from './xml';

describe('parseXml (test support: saxes with positions)', () => {
  it.each([
    ['<a><b></a>', 'unexpected close tag'],
    ['<a x="1" x="2"/>', 'duplicate attribute: x'],
    ['<a>&nbsp;</a>', 'undefined entity'],
    ['<a/><b/>', 'only one root'],
    ['<a>', 'unclosed tag: a'],
    ['<a x=1/>', 'unquoted attribute value'],
    ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', 'a DTD is not allowed'],
  ])('rejects %s', (source, problem) => {
    expect(() => parseXml(source)).toThrow(problem);
  });

  it('reads elements, attributes, text and entities, skipping the declaration and comments, and knows where each element is', () => {
    const source =
      '<?xml version="1.0"?>\n<!-- c --><a t=\'x &amp; y\'><bt:b id="1">one &lt;&#65;&#x42;&gt;</bt:b><!-- c --><bt:b id="2"/></a>';
    const root = parseXml(source);
    expect(root.attributes).toEqual({ t: 'x & y' });
    const found = descendants(root, 'bt:b');
    expect(found.map((b) => [b.attributes.id, b.text])).toEqual([
      ['1', 'one <AB>'],
      ['2', ''],
    ]);
    expect(found.map((b) => source.slice(b.start, b.end))).toEqual(['<bt:b id="1">one &lt;&#65;&#x42;&gt;</bt:b>', '<bt:b id="2"/>']);
  });
});
