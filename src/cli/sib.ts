import { isXlsxError } from '../adapters/xlsx';
import { Language } from '../engine/messages';
import { JobError } from '../jobs/jobError';
import { parseArguments } from './arguments';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './cliError';
import { FileError } from './fileError';
import { Blocked } from './commands/blocked';
import { check } from './commands/check';
import { einvoice } from './commands/einvoice';
import { demo } from './commands/demo';
import { invoice } from './commands/invoice';
import { statement } from './commands/statement';
import { ledger } from './commands/ledger';
import { investor } from './commands/investor';
import { chooseLanguage } from './language';
import { blockedText } from './text/blockedText';
import { checkText } from './text/checkText';
import { cliStrings } from './text/cliStrings';
import { demoText } from './text/demoText';
import { einvoiceText } from './text/einvoiceText';
import { investorText } from './text/investorText';
import { invoiceText } from './text/invoiceText';
import { ledgerText } from './text/ledgerText';
import { statementText } from './text/statementText';

const JSON_VERSION = 1;

const COMMANDS = ['check', 'invoice', 'statement', 'ledger', 'investor', 'einvoice', 'demo'] as const;
type Command = (typeof COMMANDS)[number];

const VALUED_OPTIONS = new Set(['sheet', 'header-row', 'week', 'out', 'lang', 'invoice', 'until', 'correction', 'format']);
const FLAGS = new Set(['json', 'help', 'overwrite']);

type Output = { json: unknown; text: string; exitCode: number };

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

async function run(argv: readonly string[], progress: (message: string) => void): Promise<Output> {
  const { language, refused } = chooseLanguage(argv, process.env);
  const strings = cliStrings(language);
  const { t } = strings;
  if (refused !== undefined) throw new CliError(t('usage.lang', { value: refused }));
  const help = (command: Command | 'sib'): Output => ({ json: null, text: t(`help.${command}`), exitCode: EXIT_OK });
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return help('sib');
  if (command.startsWith('-')) {
    const { positionals } = parseArguments(argv, new Set(['lang']), new Set(['help']), language);
    if (positionals.length) throw new CliError(t('usage.commandFirst'));
    return help('sib');
  }
  if (!isCommand(command)) throw new CliError(`${t('usage.unknownCommand', { command })}\n\n${t('help.sib')}`);
  const { positionals, options } = parseArguments(rest, VALUED_OPTIONS, FLAGS, language);
  if (options.help) return help(command);
  const usage = t(`help.${command}`).split('\n')[0];
  /** Text for people is made only when it is printed: `--json` prints the report itself. */
  const say = (text: () => string) => (options.json === true ? '' : text());
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const headerRow = text('header-row') === undefined ? undefined : Number(text('header-row'));
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1)) throw new CliError(t('usage.headerRow'));
  const book = () => {
    if (positionals.length !== 1) throw new CliError(t('usage.oneWorkbook', { usage }));
    return positionals[0];
  };
  const required = (name: string) => {
    const value = text(name);
    if (value === undefined) throw new CliError(t('usage.required', { option: `--${name}`, usage }));
    return value;
  };
  try {
    switch (command) {
      case 'check': {
        const report = await check({ book: book(), sheet: text('sheet'), headerRow: headerRow && headerRow - 1, language });
        return { json: report, text: say(() => checkText(report, strings)), exitCode: report.errors > 0 ? EXIT_FINDINGS : EXIT_OK };
      }
      case 'invoice': {
        const report = await invoice({
          book: book(),
          week: text('week'),
          out: required('out'),
          sheet: text('sheet'),
          headerRow: headerRow && headerRow - 1,
          overwrite: options.overwrite === true,
          language,
          progress,
        });
        return { json: report, text: say(() => invoiceText(report, strings)), exitCode: EXIT_OK };
      }
      case 'statement': {
        const report = await statement({
          invoice: required('invoice'),
          book: book(),
          week: text('week'),
          sheet: text('sheet'),
          headerRow: headerRow && headerRow - 1,
          language,
          progress,
        });
        return { json: report, text: say(() => statementText(report, strings)), exitCode: report.agrees ? EXIT_OK : EXIT_FINDINGS };
      }
      case 'investor': {
        const report = await investor({
          book: book(),
          until: text('until'),
          sheet: text('sheet'),
          headerRow: headerRow && headerRow - 1,
          language,
          progress,
        });
        return { json: report, text: say(() => investorText(report, strings)), exitCode: EXIT_OK };
      }
      case 'ledger': {
        const report = await ledger({ book: book(), language });
        return { json: report, text: say(() => ledgerText(report, strings)), exitCode: EXIT_OK };
      }
      case 'einvoice': {
        const report = await einvoice({
          book: book(),
          week: required('week'),
          correction: text('correction'),
          format: text('format'),
          out: required('out'),
          overwrite: options.overwrite === true,
          language,
          progress,
        });
        return { json: report, text: say(() => einvoiceText(report, strings)), exitCode: EXIT_OK };
      }
      case 'demo': {
        if (positionals.length) throw new CliError(t('usage.noWorkbook', { usage }));
        const report = demo({ out: text('out'), overwrite: options.overwrite === true });
        return { json: report, text: say(() => demoText(report, strings)), exitCode: EXIT_OK };
      }
    }
  } catch (error) {
    if (error instanceof Blocked) throw new CliError(blockedText(error, strings, options.json !== true), EXIT_FINDINGS);
    throw error;
  }
}

/** The entry: the only place that reads argv, prints results and exits. */
export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyWhenOutputCloses();
  const wantsJson = argv.includes('--json');
  const progress = (message: string) => process.stderr.write(`${message}…\n`);
  try {
    const output = await run(argv, progress);
    process.stdout.write(
      `${wantsJson && output.json !== null ? JSON.stringify({ version: JSON_VERSION, ...(output.json as object) }, null, 2) : output.text}\n`,
    );
    return output.exitCode;
  } catch (error) {
    const { message, exitCode, code } = failure(error, chooseLanguage(argv, process.env).language);
    if (wantsJson) process.stdout.write(`${JSON.stringify({ version: JSON_VERSION, error: message, code, exitCode }, null, 2)}\n`);
    process.stderr.write(`${message}\n`);
    return exitCode;
  }
}

/**
 * What a failed run prints, never a stack trace: the message of a refusal (usage, a job, a file the .xlsx
 * adapter refuses, in the user's language), or for anything else a plain note that it is a bug.
 */
export function failure(error: unknown, language: Language): { message: string; exitCode: number; code: string } {
  if (error instanceof FileError) return { message: error.text(language), exitCode: error.exitCode, code: `file.${error.code}` };
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode, code: 'usage' };
  if (error instanceof JobError) return { message: error.text(language), exitCode: EXIT_USAGE, code: `job.${error.code}` };
  if (isXlsxError(error)) {
    const text = error.text(language);
    return { message: error.file ? `${error.file}: ${text}` : text, exitCode: EXIT_USAGE, code: error.code };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    message: cliStrings(language).t('internal', { detail }),
    exitCode: EXIT_USAGE,
    code: 'internal',
  };
}

let outputWatched = false;

/** A reader that stops reading (`sib ... --json | head`) ends the run quietly instead of with an EPIPE trace. */
function endQuietlyWhenOutputCloses(): void {
  if (outputWatched) return;
  outputWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT_OK) : EXIT_USAGE));
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
