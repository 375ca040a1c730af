import { fillTemplate, Language, MessageParams } from '../engine/messages';

/** What each finding of the sheet check says and advises, in English and Danish. Placeholders are `{name}`. */
export const findingTexts = {
  'header.notFound': {
    en: [
      'No header row with a candidate id column was found in the first 20 rows',
      "Add a header row with a 'Candidate ID' column and one column per week, or choose the header row yourself",
    ],
    da: [
      'Der blev ikke fundet en overskriftsrække med en kandidat-id-kolonne i de første 20 rækker',
      "Tilføj en overskriftsrække med kolonnen 'Kandidat-ID' og én kolonne pr. uge, eller vælg selv overskriftsrækken",
    ],
  },
  'header.noIdColumn': {
    en: ['The header row has week columns but no candidate id column', "Name the id column 'Candidate ID' (or Kandidat, ID)"],
    da: ['Overskriftsrækken har ugekolonner, men ingen kandidat-id-kolonne', "Kald id-kolonnen 'Kandidat-ID' (eller Candidate, ID)"],
  },
  'header.noWeeks': {
    en: ['The header row has no week columns', 'Head each week column with an ISO week such as 2021-W10, or a date in that week'],
    da: ['Overskriftsrækken har ingen ugekolonner', 'Giv hver ugekolonne en ISO-uge som overskrift, fx 2021-W10, eller en dato i ugen'],
  },
  'week.unreadable': {
    en: ["The week header '{value}' cannot be read", 'Write it as an ISO week such as 2021-W10, or a date in that week'],
    da: ["Ugeoverskriften '{value}' kan ikke læses", 'Skriv den som en ISO-uge, fx 2021-W10, eller en dato i ugen'],
  },
  'week.duplicate': {
    en: ['Week {week} has a column already (at {other})', 'Keep one column per week: merge the two columns and delete one'],
    da: ['Uge {week} har allerede en kolonne (i {other})', 'Hav én kolonne pr. uge: flet de to kolonner og slet den ene'],
  },
  'week.outOfOrder': {
    en: ['Week {week} comes after the later week {previous}', 'Put the week columns in date order'],
    da: ['Uge {week} står efter den senere uge {previous}', 'Sæt ugekolonnerne i datoorden'],
  },
  'week.gap': {
    en: [
      '{count} week(s) are missing between {previous} and {week}',
      'Add the missing week columns, or confirm no candidate was self-supporting then',
    ],
    da: [
      '{count} uge(r) mangler mellem {previous} og {week}',
      'Tilføj de manglende ugekolonner, eller bekræft at ingen kandidat var selvforsørgende i dem',
    ],
  },
  'id.blank': {
    en: ['A row with statuses has no candidate id', 'Give the candidate a pseudonymous id, or clear the row'],
    da: ['En række med status har intet kandidat-id', 'Giv kandidaten et pseudonymt id, eller ryd rækken'],
  },
  'id.duplicate': {
    en: ["Candidate id '{id}' is used before (at {other})", 'Give every candidate one row and a unique id'],
    da: ["Kandidat-id '{id}' er brugt før (i {other})", 'Giv hver kandidat én række og et entydigt id'],
  },
  'id.looksLikeCpr': {
    en: [
      'This candidate id looks like a Danish CPR number (personal data)',
      'Use pseudonymous ids such as K-001 and keep the key elsewhere',
    ],
    da: ['Dette kandidat-id ligner et CPR-nummer (personoplysning)', 'Brug pseudonyme id’er som K-001, og opbevar nøglen et andet sted'],
  },
  'date.invalid': {
    en: ["'{value}' in the column {column} is not a date", 'Enter a date (for example 2021-03-08) or leave the cell blank'],
    da: ["'{value}' i kolonnen {column} er ikke en dato", 'Indtast en dato (fx 2021-03-08), eller lad cellen stå tom'],
  },
  'date.endBeforeStart': {
    en: ['The end date is before the start date', 'Correct the start or end date'],
    da: ['Slutdatoen ligger før startdatoen', 'Ret start- eller slutdatoen'],
  },
  'cell.excelError': {
    en: ['The cell holds the error {value}', 'Fix the formula or value in this cell'],
    da: ['Cellen indeholder fejlen {value}', 'Ret formlen eller værdien i cellen'],
  },
  'status.invalid': {
    en: ['{detail}', 'Use S, D, a share between 0 and 1, or leave the cell blank'],
    da: ['{detail}', 'Brug S, D, en andel mellem 0 og 1, eller lad cellen stå tom'],
  },
  'status.numberAsText': {
    en: [
      "'{value}' is text that looks like a number; it is read as {number}",
      'Enter it as a number so Excel and the invoice formulas agree',
    ],
    da: ["'{value}' er tekst, der ligner et tal; den læses som {number}", 'Indtast den som et tal, så Excel og fakturaformlerne er enige'],
  },
  'status.partialWithoutRate': {
    en: [
      "Status 'D' (partly self-supporting) but the contract has no partial rate",
      'Define SIB_PartialRate on the Contract sheet, or use a share such as 0.5',
    ],
    da: [
      "Status 'D' (delvis selvforsørgende), men kontrakten har ingen delvis takst",
      'Definér SIB_PartialRate på arket Contract, eller brug en andel som 0,5',
    ],
  },
  'status.outsideEnrolment': {
    en: ['A status in week {week}, outside the candidate’s enrolment', 'Clear the status, or correct the start or end date'],
    da: ['En status i uge {week}, uden for kandidatens forløb', 'Ryd status, eller ret start- eller slutdatoen'],
  },
  'status.outsideContract': {
    en: ['A status in week {week}, outside the contract period', 'Clear the status, or correct SIB_ContractStart / SIB_ContractEnd'],
    da: ['En status i uge {week}, uden for kontraktperioden', 'Ryd status, eller ret SIB_ContractStart / SIB_ContractEnd'],
  },
  'candidate.pastMaxWeeks': {
    en: [
      'The candidate has {count} payable weeks; only the first {max} are paid (from week {week} on: max weeks reached)',
      'No action needed unless the statuses are wrong',
    ],
    da: [
      'Kandidaten har {count} betalingsberettigede uger; kun de første {max} betales (fra uge {week}: maks. uger nået)',
      'Intet at gøre, medmindre status er forkert',
    ],
  },
  'terms.missing': {
    en: ['The contract term {name} is not defined', 'Define {name} as a name pointing at a cell on the Contract sheet'],
    da: ['Kontraktvilkåret {name} er ikke defineret', 'Definér {name} som et navn, der peger på en celle på arket Contract'],
  },
  'terms.invalid': {
    en: ["The contract term {name} holds '{value}', which is not {expected}", 'Correct the cell {name} points at'],
    da: ["Kontraktvilkåret {name} indeholder '{value}', som ikke er {expected}", 'Ret cellen, som {name} peger på'],
  },
} as const satisfies Record<string, Record<Language, readonly [string, string]>>;

export type FindingCode = keyof typeof findingTexts;

export function findingText(code: FindingCode, params: MessageParams, language: Language = 'en'): { message: string; action: string } {
  const [message, action] = findingTexts[code][language];
  return { message: fillTemplate(message, params), action: fillTemplate(action, params) };
}
