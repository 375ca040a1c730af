import { errorMessage, isEngineError } from '../../src/engine/errors';
import { parseStatus, statusCode } from '../../src/engine/status';
import { excelTrim, numberOfText, spellings } from '../../src/engine/statusGrammar';

function code(value: Parameters<typeof parseStatus>[0]): string {
  const reading = parseStatus(value);
  return isEngineError(reading) ? reading.code : statusCode(reading.status);
}

function note(value: Parameters<typeof parseStatus>[0]): string | undefined {
  const reading = parseStatus(value);
  return isEngineError(reading) ? reading.key : reading.note;
}

describe('statuses in every accepted spelling (docs/status-grammar.md)', () => {
  test.each(['S', 's', 'FULL', 'full', 'Full', ' Full ', 'SELV', 'selv', 'Selv', 1])('%p is wholly self-supporting', (value) => {
    expect(code(value)).toBe('S');
  });
  test.each(['D', 'd', 'PARTIAL', 'partial', 'Partial', 'DELVIS', 'Delvis', ' delvis '])('%p is partly self-supporting', (value) => {
    expect(code(value)).toBe('D');
  });
  test.each([null, '', '   ', 'O', 'o', 'NONE', 'none', 'None', '-', ' - ', 0])('%p is not self-supporting', (value) => {
    expect(code(value)).toBe('O');
  });
  test.each([
    [0.4, '0.4'],
    [0.25, '0.25'],
    [0.1 + 0.2, '0.3'],
  ])('%p is a share of %s', (value, share) => {
    expect(code(value)).toBe(share);
  });

  test('the spellings of each word: as listed, lower case, capitalised', () => {
    expect(spellings('full')).toEqual(['S', 's', 'FULL', 'full', 'Full', 'SELV', 'selv', 'Selv']);
    expect(spellings('none')).toEqual(['O', 'o', 'NONE', 'none', 'None', '-', '']);
  });

  test('only the three spellings: mixed case is refused and the check says how to write it', () => {
    const reading = parseStatus('fULL');
    expect(isEngineError(reading) && errorMessage(reading)).toBe(
      "Status 'fULL' mixes upper and lower case — write it as one of FULL, full, Full",
    );
  });
});

describe('TRIM as Excel has it: U+0020 only', () => {
  test.each([
    ['  a  b  ', 'a b'],
    ['\u00a0S', '\u00a0S'],
    ['S\t', 'S\t'],
    ['', ''],
  ])('%p → %p', (text, trimmed) => {
    expect(excelTrim(text)).toBe(trimmed);
  });

  test('a word with spaces around it is read, with a note for the check', () => {
    expect(code(' D ')).toBe('D');
    expect(note(' D ')).toBe('spaces');
    expect(note('D')).toBeUndefined();
    expect(note('   ')).toBeUndefined();
  });
});

describe('invalid statuses name the value and what is wrong with it', () => {
  test.each([
    ['X', '#VALUE!', "Unknown status 'X'"],
    ['SS', '#VALUE!', "Unknown status 'SS'"],
    [1.5, '#NUM!', 'Status 1.5 is outside 0–1'],
    [-0.2, '#NUM!', 'Status -0.2 is outside 0–1'],
    ['150%', '#NUM!', 'Status 150% is outside 0–1'],
    [{ error: '#N/A' }, '#VALUE!', '#N/A'],
    ['S\u00a0', '#VALUE!', "Status 'S⟨U+00A0⟩' contains a non-breaking space (U+00A0)"],
    ['\u00a0', '#VALUE!', 'a non-breaking space (U+00A0)'],
    ['S\t', '#VALUE!', 'contains a tab (U+0009)'],
    ['D\n', '#VALUE!', 'contains a line break (U+000A)'],
    ['S\u200b', '#VALUE!', 'an invisible zero-width character (U+200B)'],
    ['\ufeffD', '#VALUE!', 'an invisible zero-width character (U+FEFF)'],
    ['0,5\u2009', '#VALUE!', 'a special space (U+2009)'],
    ['\u3000S', '#VALUE!', 'a special space (U+3000)'],
    ['ＳＥＬＶ', '#VALUE!', 'full-width letters or digits (U+FF33)'],
    ['０,５', '#VALUE!', 'full-width letters or digits (U+FF10)'],
    ['S\u0007', '#VALUE!', 'a control character (U+0007)'],
    ['1e-1', '#VALUE!', 'with an exponent'],
    ['-0,5', '#VALUE!', 'has a + or − sign'],
    ['+0.5', '#VALUE!', 'has a + or − sign'],
    ['1.000,5', '#VALUE!', 'more than one comma or point'],
    ['0,5,', '#VALUE!', 'more than one comma or point'],
    ['%50', '#VALUE!', 'a % sign that is not at its end'],
    ['50%%', '#VALUE!', 'a % sign that is not at its end'],
    ['0,1234567890123456', '#VALUE!', 'more than 15 digits'],
    ['.', '#VALUE!', "Unknown status '.'"],
    ['%', '#VALUE!', "Unknown status '%'"],
  ])('%p → %s', (value, errorCode, text) => {
    const reading = parseStatus(value as never);
    expect(isEngineError(reading)).toBe(true);
    if (isEngineError(reading)) {
      expect(reading.code).toBe(errorCode);
      expect(errorMessage(reading)).toContain(text);
    }
  });

  test('in Danish too', () => {
    const reading = parseStatus('S\u00a0');
    expect(isEngineError(reading) && errorMessage(reading, 'da')).toBe(
      "Status 'S⟨U+00A0⟩' indeholder et hårdt mellemrum (U+00A0), som Excels TRIM ikke fjerner — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
    );
  });
});

describe('TRUE and FALSE are the numbers 1 and 0, as LibreOffice (which has no logical type) reads them', () => {
  test.each([
    [true, 'S'],
    [false, 'O'],
  ])('%p → %s, with a note for the check', (value, expected) => {
    expect(code(value)).toBe(expected);
    expect(note(value)).toBe('logical');
  });
});

describe('text that looks like a number is read as that number, with a note for the check', () => {
  test.each([
    ['0,5', '0.5'],
    ['0.5', '0.5'],
    ['50%', '0.5'],
    ['50 %', '0.5'],
    ['0, 5', '0.5'],
    ['0. 5', '0.5'],
    ['5 0%', '0.5'],
    [' 0,25 ', '0.25'],
    ['.5', '0.5'],
    ['1', 'S'],
    ['1,', 'S'],
    ['100%', 'S'],
    ['0', 'O'],
    ['0%', 'O'],
    ['40,0 %', '0.4'],
    ['12,3455%', '0.123455'],
    ['0,12345678901234', '0.12345678901234'],
  ])('%p → %s', (value, expected) => {
    expect(code(value)).toBe(expected);
    expect(note(value)).toBe('numberAsText');
  });

  test.each([
    ['12,5%', 0.125],
    ['33.3333%', 0.333333],
    ['abc', undefined],
    ['1.2.3', undefined],
    ['', undefined],
    ['1 000', 1000],
  ])('numberOfText(%p) = %p', (text, number) => {
    expect(numberOfText(text)).toBe(number);
  });
});
