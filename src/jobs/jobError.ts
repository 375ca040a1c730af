import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';

const en = {
  noCandidateSheet: 'The workbook has no candidate sheet: add a sheet with a header row of candidate ids and week columns',
  noSuchSheet: "The workbook has no sheet named '{sheet}' (it has: {sheets})",
};

export type JobErrorCode = keyof typeof en;

const da: Record<JobErrorCode, string> = {
  noCandidateSheet: 'Projektmappen har intet kandidatark: tilføj et ark med en overskriftsrække med kandidat-id og ugekolonner',
  noSuchSheet: "Projektmappen har intet ark med navnet '{sheet}' (den har: {sheets})",
};

const jobTexts: Catalogue<JobErrorCode> = { en, da };

/** A job that cannot start on this workbook, worded in the reader's language when shown. */
export class JobError extends Error {
  constructor(
    readonly code: JobErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(fillTemplate(en[code], params));
    this.name = 'JobError';
  }

  text(language: Language): string {
    return fillTemplate(jobTexts[language][this.code], this.params);
  }
}
