import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';

/**
 * Why a workbook adapter refuses a workbook, a cell or a write, or a job the workbook: a stable code, the
 * details that go into its text, and the text in either language. Each adapter has its flavour (XlsxError,
 * OfficeError) with its own codes besides the ones both share, and the jobs have theirs (JobError); the CLI and the task pane show any of them with `text(language)`.
 * Any other exception out of an adapter is a bug.
 *
 * The details are the workbook's own places (parts, sheets, cells, names) and at most the value the user
 * typed: a message never carries candidate data.
 */
export abstract class WorkbookError<Code extends string = string> extends Error {
  /** The file it was read from, where the caller knows one (the CLI does; the pane has one workbook). */
  file?: string;

  constructor(
    readonly code: Code,
    readonly params: MessageParams = {},
    options?: ErrorOptions,
  ) {
    super(undefined, options);
    this.name = new.target.name;
    this.message = this.text('en');
  }

  text(language: Language): string {
    return fillTemplate(this.catalogue()[language][this.code], this.textParams(language));
  }

  /** The texts of this flavour's codes. */
  protected abstract catalogue(): Catalogue<Code>;

  /** What fills the placeholders; a flavour may add parts that are themselves worded per language. */
  protected textParams(_language: Language): MessageParams {
    return this.params;
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
