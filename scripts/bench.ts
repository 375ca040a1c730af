import os from 'node:os';
import { benchFunctions } from './bench/functionsBench';
import { benchHostile } from './bench/hostileBench';
import { benchIrr } from './bench/irrBench';
import { benchPane } from './bench/paneBench';
import { benchSheet } from './bench/sheetBench';

/** `npm run bench`: figures for the issue notes, not assertions. `npm run bench -- pane` measures only the task pane. */
async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}, ${os.cpus().length} cores\n`);
  const only = process.argv[2];
  if (only !== 'pane') {
    benchFunctions();
    benchIrr();
    await benchSheet();
    benchHostile();
  }
  await benchPane();
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
