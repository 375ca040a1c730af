import { missingRequirements } from '../../../src/adapters/office';

// Office.context.requirements exists only inside Office; each test hands in what its Excel supports.
const upTo = (minor: number) => (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

describe('missingRequirements', () => {
  test.each([
    [99, []],
    [7, []],
    [4, ['1.7 read', '1.7 activeCell']],
    [3, ['1.7 read', '1.4 write', '1.7 activeCell']],
    [0, ['1.7 read', '1.4 write', '1.1 navigate', '1.7 activeCell', '1.1 chart']],
  ])('an Excel with ExcelApi up to 1.%i lacks %j', (minor, missing) => {
    expect(missingRequirements(upTo(minor)).map((requirement) => `${requirement.version} ${requirement.feature}`)).toEqual(missing);
  });
});
