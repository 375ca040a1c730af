/** Exit statuses (docs/rules.md §9): 0 ok, 1 findings or differences, 2 usage, I/O or internal error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The one error type commands throw; only the entry file turns it into an exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
