import { errorMessage, isEngineError } from '../../src/engine/errors';
import { numberFromText, parseStatus, statusCode } from '../../src/engine/status';

function code(value: Parameters<typeof parseStatus>[0]): string {
  const reading = parseStatus(value);
  return isEngineError(reading) ? reading.code : statusCode(reading.status);
}

describe('statuses in every accepted spelling (DESIGN §4.3)', () => {
  test.each(['S', 's', 'FULL', 'full', ' Full ', 'SELV', 'selv', 1])('%p is wholly self-supporting', (value) => {
    expect(code(value)).toBe('S');
  });
  test.each(['D', 'd', 'PARTIAL', 'partial', 'DELVIS', ' delvis '])('%p is partly self-supporting', (value) => {
    expect(code(value)).toBe('D');
  });
  test.each([null, '', '   ', 'O', 'o', 'NONE', 'none', '-', 0])('%p is not self-supporting', (value) => {
    expect(code(value)).toBe('O');
  });
  test.each([
    [0.4, '0.4'],
    [0.25, '0.25'],
    [0.1 + 0.2, '0.3'],
  ])('%p is a share of %s', (value, share) => {
    expect(code(value)).toBe(share);
  });
});

describe('invalid statuses name the value', () => {
  test.each([
    ['X', '#VALUE!', "Unknown status 'X'"],
    ['SS', '#VALUE!', "Unknown status 'SS'"],
    [1.5, '#NUM!', 'Status 1.5 is outside 0–1'],
    [-0.2, '#NUM!', 'Status -0.2 is outside 0–1'],
    ['150%', '#NUM!', 'Status 150% is outside 0–1'],
    [true, '#VALUE!', 'TRUE/FALSE'],
    [{ error: '#N/A' }, '#VALUE!', '#N/A'],
  ])('%p → %s', (value, errorCode, text) => {
    const reading = parseStatus(value as never);
    expect(isEngineError(reading)).toBe(true);
    if (isEngineError(reading)) {
      expect(reading.code).toBe(errorCode);
      expect(errorMessage(reading)).toContain(text);
    }
  });
});

describe('text that looks like a number is read as that number, flagged', () => {
  test.each([
    ['0,5', '0.5'],
    ['0.5', '0.5'],
    ['50%', '0.5'],
    ['50 %', '0.5'],
    ['1', 'S'],
    ['0', 'O'],
    ['40,0 %', '0.4'],
  ])('%p → %s', (value, expected) => {
    const reading = parseStatus(value);
    expect(isEngineError(reading)).toBe(false);
    if (!isEngineError(reading)) {
      expect(statusCode(reading.status)).toBe(expected);
      expect(reading.numberAsText).toBe(true);
    }
  });

  test('Danish and percent forms', () => {
    expect(numberFromText('12,5%')).toBe(0.125);
    expect(numberFromText('abc')).toBeUndefined();
    expect(numberFromText('1.2.3')).toBeUndefined();
  });
});
