import { descendants, parseXml } from './xml';

describe('parseXml (test support for the manifest check)', () => {
  it.each([
    ['<a><b></a>', 'closing tag does not match <b>'],
    ['<a x="1" x="2"/>', 'duplicate attribute x'],
    ['<a>&nbsp;</a>', 'unknown entity &nbsp;'],
    ['<a/><b/>', 'content after the root element'],
    ['<a>', '<a> is not closed'],
    ['<a x=1/>', 'expected a quoted attribute value'],
  ])('rejects %s', (source, problem) => {
    expect(() => parseXml(source)).toThrow(problem);
  });

  it('reads elements, attributes, text and entities, skipping the declaration and comments', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c --><a t=\'x &amp; y\'><bt:b id="1">one &lt;&#65;&#x42;&gt;</bt:b><!-- c --><bt:b id="2"/></a>',
    );
    expect(root.attributes).toEqual({ t: 'x & y' });
    expect(descendants(root, 'bt:b').map((b) => [b.attributes.id, b.text])).toEqual([
      ['1', 'one <AB>'],
      ['2', ''],
    ]);
  });
});
