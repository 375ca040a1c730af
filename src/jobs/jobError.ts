import { Catalogue } from '../engine/messages';
import { WorkbookError } from '../workbook/workbookError';

const en = {
  noCandidateSheet: 'The workbook has no candidate sheet: add a sheet with a header row of candidate ids and week columns',
  noSuchSheet: "The workbook has no sheet named '{sheet}' (it has: {sheets})",
};

export type JobErrorCode = keyof typeof en;

const da: Record<JobErrorCode, string> = {
  noCandidateSheet: 'Projektmappen har intet kandidatark: tilføj et ark med en overskriftsrække med kandidat-id og ugekolonner',
  noSuchSheet: "Projektmappen har intet ark med navnet '{sheet}' (den har: {sheets})",
};

export const jobTexts: Catalogue<JobErrorCode> = { en, da };

/** A job that cannot start on this workbook: the jobs' flavour of WorkbookError, worded in the reader's language when shown. */
export class JobError extends WorkbookError<JobErrorCode> {
  protected catalogue(): Catalogue<JobErrorCode> {
    return jobTexts;
  }
}
