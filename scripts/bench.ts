import os from 'node:os';
import { benchFunctions } from './bench/functionsBench';
import { benchHostile } from './bench/hostileBench';
import { benchIrr } from './bench/irrBench';
import { benchSheet } from './bench/sheetBench';

/** `npm run bench`: figures for the issue notes, not assertions. */
async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}, ${os.cpus().length} cores\n`);
  benchFunctions();
  benchIrr();
  await benchSheet();
  benchHostile();
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
