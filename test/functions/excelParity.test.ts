import * as functions from '../../functions/functions';
import cases from '../fixtures/excel-parity.json';
import { useOfficeHost } from './officeHost';

useOfficeHost();

type Call = (...args: unknown[]) => unknown;

describe('custom functions agree with Excel (test/fixtures/excel-parity.json)', () => {
  it.each(cases)('$name', async ({ function: name, args, expected, digits }) => {
    const result = await (functions[name as keyof typeof functions] as Call)(...args);
    if (typeof digits === 'number') expect(result).toBeCloseTo(expected as number, digits);
    else expect(result).toEqual(expected);
  });
});
