import { parseArguments } from '../../src/cli/arguments';
import { CliError } from '../../src/cli/cliError';

const VALUED = new Set(['sheet', 'week']);
const FLAGS = new Set(['json']);
const parse = (...argv: string[]) => parseArguments(argv, VALUED, FLAGS);
const usage = (...argv: string[]) => usageIn('en', ...argv);
const usageIn = (language: 'en' | 'da', ...argv: string[]) => {
  try {
    parseArguments(argv, VALUED, FLAGS, language);
  } catch (error) {
    return error instanceof CliError ? `${error.exitCode}: ${error.message}` : `not a usage error: ${String(error)}`;
  }
  return 'accepted';
};

describe('parseArguments', () => {
  it('reads --name value, --name=value, flags and positionals in any order', () => {
    expect(parse('book.xlsx', '--sheet', 'Kandidater', '--week=2019-W30', '--json')).toEqual({
      positionals: ['book.xlsx'],
      options: { sheet: 'Kandidater', week: '2019-W30', json: true },
    });
  });

  it('keeps a value that starts with a dash when given with =', () => {
    expect(parse('--sheet=-odd-').options.sheet).toBe('-odd-');
  });

  it.each([
    [['--frob'], '2: Unknown option --frob'],
    [['--sheet'], '2: --sheet needs a value'],
    [['--sheet', '--json'], '2: --sheet needs a value'],
    [['--json=yes'], '2: --json takes no value'],
  ])('refuses %j as a usage error', (argv, message) => {
    expect(usage(...argv)).toBe(message);
  });

  it.each([
    [['--frob'], '2: Ukendt tilvalg --frob'],
    [['--sheet'], '2: --sheet skal have en værdi'],
    [['--sheet', '--json'], '2: --sheet skal have en værdi'],
    [['--json=yes'], '2: --json tager ingen værdi'],
  ])('refuses %j in Danish when the reader reads Danish', (argv, message) => {
    expect(usageIn('da', ...argv)).toBe(message);
  });
});
