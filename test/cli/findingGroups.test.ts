import { ShownFinding } from '../../src/sheet/findings';
import { cliStrings } from '../../src/cli/text/cliStrings';
import { cellList, groupFindings } from '../../src/cli/text/findingGroups';
import { findingLines } from '../../src/cli/text/findingLines';

const pastMax = (address: string, count = 60): ShownFinding => ({
  severity: 'warning',
  address,
  code: 'candidate.pastMaxWeeks',
  message: `The candidate has ${count} payable weeks; only the first 52 are paid (from week 2019-W30 on: max weeks reached)`,
  action: 'No action needed unless the statuses are wrong',
});
const missingTerm = (name: string): ShownFinding => ({
  severity: 'error',
  address: name,
  code: 'terms.missing',
  message: `The contract term ${name} is not defined`,
  action: `Define ${name} as a name pointing at a cell on the Contract sheet`,
});
const rows = (count: number, make: (address: string) => ShownFinding = pastMax) =>
  Array.from({ length: count }, (_, index) => make(`Candidates!H${14 + index}`));

describe('groupFindings: which findings are one kind', () => {
  test('up to 3 of a kind are listed one by one; from 4 on they are one group, in the order each kind first appears', () => {
    const three = rows(3);
    expect(groupFindings(three)).toEqual(three.map((finding) => ({ finding })));
    const many = rows(10_000);
    const other = missingTerm('SIB_WeeklyRate');
    const entries = groupFindings([many[0], other, ...many.slice(1)]);
    expect(entries).toEqual([{ group: many }, { finding: other }]);
  });

  test('one kind means the same severity, code and advice; the message may differ in its particulars', () => {
    const counts = [53, 60, 61, 70].map((count, index) => pastMax(`Candidates!H${index + 2}`, count));
    expect(groupFindings(counts)).toEqual([{ group: counts }]);
    const terms = ['SIB_WeeklyRate', 'SIB_PartialRate', 'SIB_MaxWeeks', 'SIB_PaymentCap'].map(missingTerm);
    expect(groupFindings(terms)).toEqual(terms.map((finding) => ({ finding })));
    const asErrors = rows(4).map((finding) => ({ ...finding, severity: 'error' as const }));
    expect(groupFindings([...rows(4), ...asErrors])).toEqual([{ group: rows(4) }, { group: asErrors }]);
  });
});

describe('cellList', () => {
  test('names the sheet once while it stays the same, quoted names included; names of terms stay whole', () => {
    expect(cellList(['Candidates!H14', 'Candidates!H15', "'Bo''s sheet'!B2", "'Bo''s sheet'!B3", 'SIB_WeeklyRate', 'Candidates!A1'])).toBe(
      "Candidates!H14, H15, 'Bo''s sheet'!B2, B3, SIB_WeeklyRate, Candidates!A1",
    );
  });
});

describe('findingLines', () => {
  test('10,000 identical warnings are one line with the count and the first cells, and a note that --json has each', () => {
    expect(findingLines(rows(10_000), cliStrings('en'))).toEqual([
      '  warning candidate.pastMaxWeeks × 10,000: Candidates!H14, H15, H16, H17, H18 and 9,995 more — The candidate has 60 payable weeks; only the first 52 are paid (from week 2019-W30 on: max weeks reached) — No action needed unless the statuses are wrong',
      'A finding repeated more than 3 times is shown once, with its count; --json lists each.',
    ]);
  });

  test('in Danish, with Danish severity and grouping; a group whose messages differ shows the first one as such', () => {
    const counts = [60, 61, 62, 63].map((count, index) => pastMax(`Candidates!H${index + 2}`, count));
    expect(findingLines(counts, cliStrings('da'))).toEqual([
      '  advarsel candidate.pastMaxWeeks × 4: Candidates!H2, H3, H4, H5 — den første: The candidate has 60 payable weeks; only the first 52 are paid (from week 2019-W30 on: max weeks reached) — No action needed unless the statuses are wrong',
      'Et fund, der gentages mere end 3 gange, vises én gang med antallet; --json viser hvert enkelt.',
    ]);
    expect(findingLines(rows(12_345), cliStrings('da'))[0]).toContain('× 12.345: Candidates!H14, H15, H16, H17, H18 og 12.340 til —');
  });

  test('findings listed one by one carry their cell, message and advice, and no note', () => {
    expect(findingLines([missingTerm('SIB_WeeklyRate'), pastMax('Candidates!H9')], cliStrings('en'))).toEqual([
      '  error   SIB_WeeklyRate: The contract term SIB_WeeklyRate is not defined — Define SIB_WeeklyRate as a name pointing at a cell on the Contract sheet',
      '  warning Candidates!H9: The candidate has 60 payable weeks; only the first 52 are paid (from week 2019-W30 on: max weeks reached) — No action needed unless the statuses are wrong',
    ]);
  });
});
