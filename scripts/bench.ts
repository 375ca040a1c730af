import { benchFunctions } from './bench/functionsBench';

/** `npm run bench`: figures for the issue notes, not assertions. */
async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}, ${require('node:os').cpus().length} cores\n`);
  benchFunctions();
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
