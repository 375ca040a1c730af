import { danishAccount, isCvr, isGln, isIban } from '../../src/einvoice/identifiers';

// One case a line: the text, whether it is valid, and why.
describe('CVR numbers: 8 digits, modulus 11 with weights 2 7 6 5 4 3 2 1', () => {
  test.each([
    ['29189420', true, 'weighted sum 165 = 15 × 11'],
    ['30000005', true, 'weighted sum 11'],
    ['29189421', false, 'last digit off by one'],
    ['2918942', false, '7 digits'],
    ['291894200', false, '9 digits'],
    ['09189420', false, 'leading zero: no CVR number starts with 0'],
    ['2918 9420', false, 'a space'],
    ['DK29189420', false, 'the VAT prefix belongs to the VAT number, not the CVR term'],
  ])('%s → %s (%s)', (text, valid) => expect(isCvr(text)).toBe(valid));
});

describe('GLN / EAN location numbers: 13 digits, GS1 check digit', () => {
  test.each([
    ['5798000000001', true, 'check digit 1'],
    ['7300010000001', true, 'the GLN of Peppol’s own examples'],
    ['5798000000002', false, 'wrong check digit'],
    ['579800000000', false, '12 digits'],
    ['579800000000A', false, 'a letter'],
  ])('%s → %s (%s)', (text, valid) => expect(isGln(text)).toBe(valid));
});

describe('IBANs: ISO 13616 mod 97, Danish ones 18 characters', () => {
  test.each([
    ['DK5000400440116243', true, 'the IBAN registry’s Danish example'],
    ['DK50 0040 0440 1162 43', true, 'grouped by four, as printed'],
    ['dk5000400440116243', true, 'lower case'],
    ['DK5100400440116243', false, 'wrong check digits'],
    ['DK50004004401162', false, 'a Danish IBAN too short'],
    ['GB82WEST12345698765432', true, 'a British IBAN'],
    ['GB82WEST12345698765433', false, 'one digit off'],
  ])('%s → %s (%s)', (text, valid) => expect(isIban(text)).toBe(valid));

  test('a Danish IBAN holds the bank registration number and the account number', () => {
    expect(danishAccount('DK50 0040 0440 1162 43')).toEqual({ registration: '0040', account: '0440116243' });
    expect(danishAccount('GB82WEST12345698765432')).toBeUndefined();
  });
});
