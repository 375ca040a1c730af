/**
 * The identifiers an e-invoice routes and pays by, each with the check digit its issuer defines, so a
 * mistyped digit is caught in the workbook instead of by the buyer's system weeks later.
 */

/** A Danish CVR number: 8 digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is divisible by 11. */
export function isCvr(text: string): boolean {
  if (!/^[1-9]\d{7}$/.test(text)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  return [...text].reduce((total, digit, index) => total + Number(digit) * weights[index], 0) % 11 === 0;
}

/** A GS1 GLN (the Danish EAN location number): 13 digits, the last a GS1 check digit (weights 3 and 1 from the right). */
export function isGln(text: string): boolean {
  if (!/^\d{13}$/.test(text)) return false;
  const digits = [...text].map(Number);
  const weighted = digits.slice(0, 12).reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (weighted % 10)) % 10 === digits[12];
}

/** The IBAN without spaces, upper case, as its owner may type it grouped by four. */
export function compactIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** An IBAN (ISO 13616): country code, two check digits and the account, whose mod-97 remainder is 1; a Danish one has 18 characters. */
export function isIban(text: string): boolean {
  const iban = compactIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('DK') && iban.length !== 18) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A Danish IBAN's bank registration number (4 digits) and account number (10 digits). */
export function danishAccount(iban: string): { registration: string; account: string } | undefined {
  const compact = compactIban(iban);
  return compact.startsWith('DK') && isIban(compact) ? { registration: compact.slice(4, 8), account: compact.slice(8) } : undefined;
}
