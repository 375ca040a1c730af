import fc from 'fast-check';
import { Utf8Writer } from '../../../src/adapters/xlsx/utf8Writer';
import { escapeXml } from '../../../src/adapters/xlsx/xmlText';

/** The writer that builds new worksheet parts must give exactly the bytes TextEncoder gives for the same text. */

const encoder = new TextEncoder();

const texts = [
  '',
  'plain ASCII <c r="A1"/>',
  'Ærø – København ✓',
  '東京 and 😀 (a surrogate pair)',
  'lone high \uD800 and lone low \uDC00 surrogates, and a low one first \uDC00\uD800',
  'ends on a high surrogate \uD83D',
  '\u0000\u001F\u007F\u0080\u07FF\u0800\uFFFD\uFFFE\uFFFF',
  'IF(B2="S",1,0) & <tag> \t\n\r',
];

const written = (build: (writer: Utf8Writer) => void, capacity?: number) => {
  const writer = new Utf8Writer(capacity);
  build(writer);
  return Array.from(writer.result());
};

describe('Utf8Writer', () => {
  test.each(texts)('text %# is encoded as TextEncoder encodes it', (text) => {
    expect(written((writer) => writer.text(text))).toEqual(Array.from(encoder.encode(text)));
  });

  test.each(texts)('escaped text %# is escapeXml, encoded', (text) => {
    expect(written((writer) => writer.escaped(text))).toEqual(Array.from(encoder.encode(escapeXml(text))));
  });

  test('any text, written in pieces through a buffer that has to grow', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.boolean()), { maxLength: 20 }), (pieces) => {
        const expected = pieces.map(([text, escape]) => (escape ? escapeXml(text) : text)).join('');
        const bytes = written((writer) => pieces.forEach(([text, escape]) => (escape ? writer.escaped(text) : writer.text(text))), 4);
        expect(bytes).toEqual(Array.from(encoder.encode(expected)));
      }),
      { numRuns: 300 },
    );
  });

  test('truncate drops what came after; the room left before the text takes what is known only at the end', () => {
    const writer = new Utf8Writer(2, 8);
    writer.text('<row>');
    const mark = writer.length;
    writer.text('<c/>');
    writer.truncate(mark);
    writer.text('æ</row>');
    expect(writer.length).toBe(13);
    expect(new TextDecoder().decode(writer.result(encoder.encode('<sheet>')))).toBe('<sheet><row>æ</row>');
    expect(() => writer.result(encoder.encode('<worksheet>'))).toThrow(/No room for 11 bytes/);
  });
});
