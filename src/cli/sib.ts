import { isXlsxError } from '../adapters/xlsx';
import { Language, languageFromLocale } from '../engine/messages';
import { JobError } from '../jobs/checkJob';
import { parseArguments } from './arguments';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './cliError';
import { check } from './commands/check';
import { einvoice } from './commands/einvoice';
import { demo } from './commands/demo';
import { invoice } from './commands/invoice';
import { statement } from './commands/statement';
import { ledger } from './commands/ledger';
import { investor } from './commands/investor';
import { checkText, demoText, einvoiceText, investorText, invoiceText, ledgerText, statementText } from './humanOutput';

const JSON_VERSION = 1;

const HELP: Record<string, string> = {
  sib: `sib — settle payment-by-results contracts on .xlsx workbooks

Usage:
  sib check BOOK.xlsx [--sheet NAME] [--header-row N] [--json]
  sib invoice BOOK.xlsx --week YYYY-Www --out OUT.xlsx [--sheet NAME] [--json]
  sib statement --invoice RECEIVED.xlsx BOOK.xlsx [--week YYYY-Www] [--sheet NAME] [--json]
  sib ledger BOOK.xlsx [--json]
  sib investor BOOK.xlsx [--until YYYY-Www] [--sheet NAME] [--json]
  sib einvoice BOOK.xlsx --week YYYY-Www [--correction N] --out FILE.xml [--json]
  sib demo [--out FILE.xlsx]

Run 'sib COMMAND --help' for one command. Exit status: 0 ok, 1 findings or differences, 2 usage or I/O error.`,
  check: `sib check BOOK.xlsx [--sheet NAME] [--header-row N] [--json] [--lang en|da]

Checks the candidate sheet and the contract terms (defined names SIB_*) of BOOK.xlsx.
  --sheet NAME      the candidate sheet (default: the first sheet with a candidate header row)
  --header-row N    the header row, 1-based (default: found within the first 20 rows)
  --json            one JSON document on stdout
  --lang en|da      language of messages (default: from LANG)
Exit status 1 when the check finds errors.`,
  invoice: `sib invoice BOOK.xlsx --week YYYY-Www --out OUT.xlsx [--sheet NAME] [--json] [--overwrite]

Builds the invoice for an ISO week into a NEW workbook OUT.xlsx: a copy of BOOK.xlsx with one more
sheet, 'Invoice YYYY-Www', whose amounts are live Excel formulas, and a row in the 'Settlement ledger'
sheet (created with the first invoice). A week invoiced before is never rebuilt: with unchanged data
nothing is written; with changed data OUT.xlsx gets a sheet 'Correction YYYY-Www' with only the lines
whose amounts changed. BOOK.xlsx is never modified.
  --week YYYY-Www   the week (default: the last complete ISO week)
  --out OUT.xlsx    the new workbook to write (must not be BOOK.xlsx)
  --overwrite       replace OUT.xlsx if it exists
  --sheet, --header-row, --json, --lang as for 'sib check'
Exit status 1 when errors in the sheet stop the invoice.`,
  statement: `sib statement --invoice RECEIVED.xlsx BOOK.xlsx [--week YYYY-Www] [--sheet NAME] [--json] [--lang en|da]

Checks a received invoice (statement) against the fund's own candidate sheet and contract terms in
BOOK.xlsx: every missing line, extra line, different status and different amount, with the cells on
both sides, and the totals both ways. Neither workbook is modified.
  --invoice FILE    the received workbook with the invoice table (a sheet 'Invoice YYYY-Www', or the
                    table copied anywhere, as formulas or as values)
  --week YYYY-Www   the week (default: the week the invoice table says; needed when it holds several)
  --sheet, --header-row, --json, --lang as for 'sib check' (for BOOK.xlsx)
Exit status 0 when the statement agrees, 1 when it differs or errors in BOOK.xlsx stop the check,
2 when the received invoice cannot be read.`,
  ledger: `sib ledger BOOK.xlsx [--json]

Prints the workbook's settlement ledger: every invoice and correction in the order they were built,
with its total and the running total.`,
  investor: `sib investor BOOK.xlsx [--until YYYY-Www] [--sheet NAME] [--json] [--lang en|da]

The investor's figures, as the task pane shows them: invested, repaid, net return, money multiple, IRR
(as Excel's XIRR), the success rate against SIB_SuccessTarget, and the repayments week by week. They
come from the Settlement ledger, and before any invoice from the weeks the candidate sheet gives; weeks
before the ledger's opening keep their own dates. BOOK.xlsx is not modified.
  --until YYYY-Www  the last week to take in (default: the last complete week, or the ledger's latest)
  --sheet, --header-row, --json, --lang as for 'sib check'
Exit status 1 when errors in the sheet make the figures uncertain.`,
  einvoice: `sib einvoice BOOK.xlsx --week YYYY-Www [--correction N] [--format peppol] --out FILE.xml [--json] [--overwrite]

Writes the week's issued invoice, or its Nth correction, as a Peppol BIS Billing 3.0 e-invoice (UBL XML)
to send through a NemHandel or Peppol access point. It reads what was issued (the Settlement ledger row,
the sheet's Issued or Difference column, its fingerprint), never recomputes amounts, and needs the
e-invoice contract terms (SIB_InvestorCVR, SIB_CommissionerCVR, SIB_CommissionerEAN, SIB_InvestorIBAN, …).
A correction that credits more than it charges becomes a CreditNote. BOOK.xlsx is never modified.
  --week YYYY-Www     the week
  --correction N      the week's Nth correction instead of its invoice
  --format peppol     Peppol BIS Billing 3.0 (the only format written)
  --out FILE.xml      the file to write; --overwrite replaces an existing one
  --json, --lang as for 'sib check'
Exit status 1 when the e-invoice is refused (a term missing or malformed, the issued sheet changed).`,
  demo: `sib demo [--out FILE.xlsx] [--overwrite]

Writes the demo workbook: a synthetic IMPACT60-like contract with 120 candidates, 2018–2020.
  --out FILE.xlsx   where to write it (default: demo-output/demo.xlsx in the current folder)
  --overwrite       replace the file if it exists`,
};

type Output = { json: unknown; text: string; exitCode: number };

async function run(argv: readonly string[], progress: (message: string) => void): Promise<Output> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { json: null, text: HELP.sib, exitCode: EXIT_OK };
  if (!(command in HELP) || command === 'sib') throw new CliError(`Unknown command '${command}'\n\n${HELP.sib}`);
  const { positionals, options } = parseArguments(
    rest,
    new Set(['sheet', 'header-row', 'week', 'out', 'lang', 'invoice', 'until', 'correction', 'format']),
    new Set(['json', 'help', 'overwrite']),
  );
  if (options.help) return { json: null, text: HELP[command], exitCode: EXIT_OK };
  const language = languageFromLocale(typeof options.lang === 'string' ? options.lang : process.env.LANG);
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const headerRow = text('header-row') === undefined ? undefined : Number(text('header-row'));
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1))
    throw new CliError('--header-row must be a row number, 1 or more');
  const book = () => {
    if (positionals.length !== 1) throw new CliError(`Give one workbook: ${HELP[command].split('\n')[0]}`);
    return positionals[0];
  };
  const out = () => {
    const path = text('out');
    if (path === undefined) throw new CliError(`--out is required: ${HELP[command].split('\n')[0]}`);
    return path;
  };
  switch (command) {
    case 'check': {
      const report = await check({ book: book(), sheet: text('sheet'), headerRow: headerRow && headerRow - 1, language });
      return { json: report, text: checkText(report), exitCode: report.errors > 0 ? EXIT_FINDINGS : EXIT_OK };
    }
    case 'invoice': {
      const report = await invoice({
        book: book(),
        week: text('week'),
        out: out(),
        sheet: text('sheet'),
        headerRow: headerRow && headerRow - 1,
        overwrite: options.overwrite === true,
        language,
        progress,
      });
      return { json: report, text: invoiceText(report), exitCode: EXIT_OK };
    }
    case 'statement': {
      const received = text('invoice');
      if (received === undefined) throw new CliError(`--invoice is required: ${HELP.statement.split('\n')[0]}`);
      const report = await statement({
        invoice: received,
        book: book(),
        week: text('week'),
        sheet: text('sheet'),
        headerRow: headerRow && headerRow - 1,
        language,
        progress,
      });
      return { json: report, text: statementText(report), exitCode: report.agrees ? EXIT_OK : EXIT_FINDINGS };
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
      return { json: report, text: investorText(report, language), exitCode: EXIT_OK };
    }
    case 'ledger': {
      const report = await ledger({ book: book() });
      return { json: report, text: ledgerText(report), exitCode: EXIT_OK };
    }
    case 'einvoice': {
      const week = text('week');
      if (week === undefined) throw new CliError(`--week is required: ${HELP.einvoice.split('\n')[0]}`);
      const report = await einvoice({
        book: book(),
        week,
        correction: text('correction'),
        format: text('format'),
        out: out(),
        overwrite: options.overwrite === true,
        language,
        progress,
      });
      return { json: report, text: einvoiceText(report), exitCode: EXIT_OK };
    }
    default: {
      if (positionals.length) throw new CliError(`sib demo takes no workbook: ${HELP.demo.split('\n')[0]}`);
      const report = demo({ out: text('out'), overwrite: options.overwrite === true });
      return { json: report, text: demoText(report), exitCode: EXIT_OK };
    }
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
    const { message, exitCode, code } = failure(error, languageOf(argv));
    if (wantsJson) process.stdout.write(`${JSON.stringify({ version: JSON_VERSION, error: message, code, exitCode }, null, 2)}\n`);
    process.stderr.write(`${message}\n`);
    return exitCode;
  }
}

/**
 * What a failed run prints, never a stack trace: the message of a refusal (usage, a job, a file the .xlsx
 * adapter refuses, in the user's language), or for anything else a plain note that it is a bug.
 */
function failure(error: unknown, language: Language): { message: string; exitCode: number; code: string } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode, code: 'usage' };
  if (error instanceof JobError) return { message: error.message, exitCode: EXIT_USAGE, code: 'job' };
  if (isXlsxError(error)) {
    const text = error.text(language);
    return { message: error.file ? `${error.file}: ${text}` : text, exitCode: EXIT_USAGE, code: error.code };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    message: `Internal error (${detail}) — this is a bug in sib; please report it with the command you ran, but not the workbook (it may hold personal data)`,
    exitCode: EXIT_USAGE,
    code: 'internal',
  };
}

function languageOf(argv: readonly string[]): Language {
  const at = argv.indexOf('--lang');
  const option = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length) ?? (at >= 0 ? argv[at + 1] : undefined);
  return languageFromLocale(option ?? process.env.LANG);
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
