import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';

/**
 * What each finding of the sheet check says (`code`) and advises (`code.advice`), in English and Danish.
 * Placeholders are `{name}`.
 */
const en = {
  'header.notFound': 'No header row with a candidate id column was found in the first 20 rows',
  'header.notFound.advice': "Add a header row with a 'Candidate ID' column and one column per week, or choose the header row yourself",
  'header.noIdColumn': 'The header row has week columns but no candidate id column',
  'header.noIdColumn.advice': "Name the id column 'Candidate ID' (or Kandidat, ID)",
  'header.noWeeks': 'The header row has no week columns',
  'header.noWeeks.advice': 'Head each week column with an ISO week such as 2021-W10, or a date in that week',
  'week.unreadable': "The week header '{value}' cannot be read",
  'week.unreadable.advice': 'Write it as an ISO week such as 2021-W10, or a date in that week',
  'week.duplicate': 'Week {week} has a column already (at {other})',
  'week.duplicate.advice': 'Keep one column per week: merge the two columns and delete one',
  'week.outOfOrder': 'Week {week} comes after the later week {previous}',
  'week.outOfOrder.advice': 'Put the week columns in date order',
  'week.gap': '{count} week(s) are missing between {previous} and {week}',
  'week.gap.advice': 'Add the missing week columns, or confirm no candidate was self-supporting then',
  'id.blank': 'A row with statuses has no candidate id',
  'id.blank.advice': 'Give the candidate a pseudonymous id, or clear the row',
  'id.duplicate': "Candidate id '{id}' is used before (at {other})",
  'id.duplicate.advice': 'Give every candidate one row and a unique id',
  'id.looksLikeCpr': 'This candidate id looks like a Danish CPR number (personal data)',
  'id.looksLikeCpr.advice': 'Use pseudonymous ids such as K-001 and keep the key elsewhere',
  'date.invalid': "'{value}' in the column {column} is not a date",
  'date.invalid.advice': 'Enter a date (for example 2021-03-08) or leave the cell blank',
  'date.endBeforeStart': 'The end date is before the start date',
  'date.endBeforeStart.advice': 'Correct the start or end date',
  'cell.excelError': 'The cell holds the error {value}',
  'cell.excelError.advice': 'Fix the formula or value in this cell',
  'status.invalid': '{detail}',
  'status.invalid.advice': 'Use S, D, a share between 0 and 1, or leave the cell blank',
  'status.numberAsText': "'{value}' is text that looks like a number; it is read as {number}",
  'status.numberAsText.advice': 'Enter it as a number so Excel and the invoice formulas agree',
  'status.spaces': "'{value}' has spaces before or after it; it is read as {word}",
  'status.spaces.advice': 'Delete the spaces, so the cell holds the status alone',
  'status.logical': 'The status cell holds {value}; it is read as the number {number}',
  'status.logical.advice': 'Enter S (or 1) for a self-supporting week, or leave the cell blank',
  'status.partialWithoutRate': "Status 'D' (partly self-supporting) but the contract has no partial rate",
  'status.partialWithoutRate.advice': 'Define SIB_PartialRate on the Contract sheet, or use a share such as 0.5',
  'status.outsideEnrolment': 'A status in week {week}, outside the candidate’s enrolment',
  'status.outsideEnrolment.advice': 'Clear the status, or correct the start or end date',
  'status.outsideContract': 'A status in week {week}, outside the contract period',
  'status.outsideContract.advice': 'Clear the status, or correct SIB_ContractStart / SIB_ContractEnd',
  'candidate.pastMaxWeeks':
    'The candidate has {count} payable weeks; only the first {max} are paid (from week {week} on: max weeks reached)',
  'candidate.pastMaxWeeks.advice': 'No action needed unless the statuses are wrong',
  'terms.missing': 'The contract term {name} is not defined',
  'terms.missing.advice': 'Define {name} as a name pointing at a cell on the Contract sheet',
  'terms.invalid': "The contract term {name} holds '{value}', which is not {expected}",
  'terms.invalid.advice': 'Correct the cell {name} points at',
} as const;

const da: Record<keyof typeof en, string> = {
  'header.notFound': 'Der blev ikke fundet en overskriftsrække med en kandidat-id-kolonne i de første 20 rækker',
  'header.notFound.advice':
    "Tilføj en overskriftsrække med kolonnen 'Kandidat-ID' og én kolonne pr. uge, eller vælg selv overskriftsrækken",
  'header.noIdColumn': 'Overskriftsrækken har ugekolonner, men ingen kandidat-id-kolonne',
  'header.noIdColumn.advice': "Kald id-kolonnen 'Kandidat-ID' (eller Candidate, ID)",
  'header.noWeeks': 'Overskriftsrækken har ingen ugekolonner',
  'header.noWeeks.advice': 'Giv hver ugekolonne en ISO-uge som overskrift, fx 2021-W10, eller en dato i ugen',
  'week.unreadable': "Ugeoverskriften '{value}' kan ikke læses",
  'week.unreadable.advice': 'Skriv den som en ISO-uge, fx 2021-W10, eller en dato i ugen',
  'week.duplicate': 'Uge {week} har allerede en kolonne (i {other})',
  'week.duplicate.advice': 'Hav én kolonne pr. uge: flet de to kolonner og slet den ene',
  'week.outOfOrder': 'Uge {week} står efter den senere uge {previous}',
  'week.outOfOrder.advice': 'Sæt ugekolonnerne i datoorden',
  'week.gap': '{count} uge(r) mangler mellem {previous} og {week}',
  'week.gap.advice': 'Tilføj de manglende ugekolonner, eller bekræft at ingen kandidat var selvforsørgende i dem',
  'id.blank': 'En række med status har intet kandidat-id',
  'id.blank.advice': 'Giv kandidaten et pseudonymt id, eller ryd rækken',
  'id.duplicate': "Kandidat-id '{id}' er brugt før (i {other})",
  'id.duplicate.advice': 'Giv hver kandidat én række og et entydigt id',
  'id.looksLikeCpr': 'Dette kandidat-id ligner et CPR-nummer (personoplysning)',
  'id.looksLikeCpr.advice': 'Brug pseudonyme id’er som K-001, og opbevar nøglen et andet sted',
  'date.invalid': "'{value}' i kolonnen {column} er ikke en dato",
  'date.invalid.advice': 'Indtast en dato (fx 2021-03-08), eller lad cellen stå tom',
  'date.endBeforeStart': 'Slutdatoen ligger før startdatoen',
  'date.endBeforeStart.advice': 'Ret start- eller slutdatoen',
  'cell.excelError': 'Cellen indeholder fejlen {value}',
  'cell.excelError.advice': 'Ret formlen eller værdien i cellen',
  'status.invalid': '{detail}',
  'status.invalid.advice': 'Brug S, D, en andel mellem 0 og 1, eller lad cellen stå tom',
  'status.numberAsText': "'{value}' er tekst, der ligner et tal; den læses som {number}",
  'status.numberAsText.advice': 'Indtast den som et tal, så Excel og fakturaformlerne er enige',
  'status.spaces': "'{value}' har mellemrum før eller efter sig; den læses som {word}",
  'status.spaces.advice': 'Slet mellemrummene, så cellen kun indeholder status',
  'status.logical': 'Statuscellen indeholder {value}; den læses som tallet {number}',
  'status.logical.advice': 'Indtast S (eller 1) for en selvforsørgende uge, eller lad cellen stå tom',
  'status.partialWithoutRate': "Status 'D' (delvis selvforsørgende), men kontrakten har ingen delvis takst",
  'status.partialWithoutRate.advice': 'Definér SIB_PartialRate på arket Contract, eller brug en andel som 0,5',
  'status.outsideEnrolment': 'En status i uge {week}, uden for kandidatens forløb',
  'status.outsideEnrolment.advice': 'Ryd status, eller ret start- eller slutdatoen',
  'status.outsideContract': 'En status i uge {week}, uden for kontraktperioden',
  'status.outsideContract.advice': 'Ryd status, eller ret SIB_ContractStart / SIB_ContractEnd',
  'candidate.pastMaxWeeks':
    'Kandidaten har {count} betalingsberettigede uger; kun de første {max} betales (fra uge {week}: maks. uger nået)',
  'candidate.pastMaxWeeks.advice': 'Intet at gøre, medmindre status er forkert',
  'terms.missing': 'Kontraktvilkåret {name} er ikke defineret',
  'terms.missing.advice': 'Definér {name} som et navn, der peger på en celle på arket Contract',
  'terms.invalid': "Kontraktvilkåret {name} indeholder '{value}', som ikke er {expected}",
  'terms.invalid.advice': 'Ret cellen, som {name} peger på',
};

export const findingTexts: Catalogue<keyof typeof en> = { en, da };

export type FindingCode = Exclude<keyof typeof en, `${string}.advice`>;

export function findingText(code: FindingCode, params: MessageParams, language: Language = 'en'): { message: string; action: string } {
  const texts = findingTexts[language];
  return { message: fillTemplate(texts[code], params), action: fillTemplate(texts[`${code}.advice`], params) };
}
