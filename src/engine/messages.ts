/**
 * Every text the engine says to a person, in English and Danish. Placeholders are `{name}`.
 * Keys are stable: tests, the check's finding codes and the task pane refer to them.
 */
const en = {
  'status.unknown': "Unknown status '{value}' in a status cell — use S, D, a share 0–1, or leave blank",
  'status.outOfRange': 'Status {value} is outside 0–1 — use a share between 0 and 1, S, D, or leave blank',
  'status.nonBreakingSpace':
    "Status '{value}' contains a non-breaking space ({code}), which Excel's TRIM keeps — retype it as S, D, a share 0–1, or leave blank",
  'status.tab': "Status '{value}' contains a tab ({code}) — retype it as S, D, a share 0–1, or leave blank",
  'status.lineBreak': "Status '{value}' contains a line break ({code}) — retype it as S, D, a share 0–1, or leave blank",
  'status.zeroWidth':
    "Status '{value}' contains an invisible zero-width character ({code}) — retype it as S, D, a share 0–1, or leave blank",
  'status.otherSpace':
    "Status '{value}' contains a special space ({code}) that is not an ordinary space — retype it as S, D, a share 0–1, or leave blank",
  'status.fullWidth':
    "Status '{value}' is written in full-width letters or digits ({code}) — retype it with ordinary ones: S, D, a share 0–1, or leave blank",
  'status.control': "Status '{value}' contains a control character ({code}) — retype it as S, D, a share 0–1, or leave blank",
  'status.wordCase': "Status '{value}' mixes upper and lower case — write it as one of {spellings}",
  'status.sign': "Status '{value}' has a + or − sign — a share is written without one, between 0 and 1",
  'status.exponent': "Status '{value}' is written with an exponent — write the share as digits, e.g. 0,5 or 50%",
  'status.separators': "Status '{value}' has more than one comma or point — write the share with one decimal separator, e.g. 0,5",
  'status.percent': "Status '{value}' has a % sign that is not at its end — write it like 50%",
  'status.digits': "Status '{value}' has more than 15 digits, more than Excel keeps — shorten it",
  'status.excelError': 'A status cell holds the error {value} — fix the formula or value there',
  'status.numberAsText': "Status '{value}' is text that looks like a number; it is read as {number} — enter it as a number",
  'rate.partialMissing':
    "Status 'D' (partly self-supporting) needs a partial rate — give the partialRate argument or define SIB_PartialRate",
  'rate.missing': 'The weekly rate is blank — give it as an amount, e.g. 1250',
  'rate.invalid': "The rate '{value}' is not a number — give the weekly rate as an amount, e.g. 1250",
  'rate.negative': 'The rate {value} is negative — rates are positive amounts',
  'number.invalid': "'{value}' is not a number — give an amount, e.g. 4000000",
  'maxWeeks.invalid': "Max weeks '{value}' must be a whole number of 1 or more — or leave it out",
  'minWeeks.invalid': "Minimum weeks '{value}' must be a whole number of 1 or more — or leave it out",
  'multiple.nothingInvested': 'Nothing is invested, so there is no money multiple — give the invested amounts',
  'irr.noSignChange': 'The IRR needs at least one negative (invested) and one positive (repaid) amount',
  'irr.sizeMismatch': 'Amounts and dates must have the same number of cells ({amounts} amounts, {dates} dates)',
  'irr.dateBeforeFirst': 'Date {value} is before the first date — the first date must be the earliest',
  'irr.noRoot': 'No IRR was found for these cash flows — check the amounts and dates',
  'irr.guessInvalid': "Guess '{value}' must be a rate above -100 %, e.g. 0.1",
  'date.invalid': "'{value}' is not a date — give an Excel date or a date like 2021-03-08",
  'week.invalid': "'{value}' is not an ISO week — write it like 2021-W10",
  'week.outOfYear': '{value}: the year {year} has only {weeks} ISO weeks',
  'week.beforeFirstDate': "{value} begins on {monday}, before {first}, the workbook's first date",
  'input.excelError': 'The input holds the error {value} — fix the formula or value it comes from',
  'dateSystem.unreadable': "Excel did not tell the workbook's date system (1900 or 1904) — recalculate to try again",
  'range.shapeMismatch': 'The ranges must have the same number of rows ({left} and {right})',
  'successRate.noCandidates': 'No candidate ids were given — select the id column of the candidate sheet',
  'statement.noTable': 'No invoice table was found — it needs a header row with the columns Candidate ID, Status and Amount',
  'statement.noWeek': 'The invoice table at {address} does not say its week — give the week it is for, e.g. 2021-W10',
  'statement.ambiguous': 'There are several invoice tables: {tables} — give the week to check',
  'statement.ambiguousWeek': 'There are several invoice tables for week {week}: {tables} — keep one, or check a copy that has only one',
  'statement.weekMismatch': 'The invoice table at {address} is for week {found}, not {week}',
  'statement.weekNotFound': 'No invoice table is for week {week}; the tables found are: {tables}',
  'statement.weekConflict': "The sheet name '{sheet}' says week {named}, but {address} says {week} — correct one of them",
} as const;

const da: Record<MessageKey, string> = {
  'status.unknown': "Ukendt status '{value}' i en statuscelle — brug S, D, en andel 0–1, eller lad den stå tom",
  'status.outOfRange': 'Status {value} ligger uden for 0–1 — brug en andel mellem 0 og 1, S, D, eller lad den stå tom',
  'status.nonBreakingSpace':
    "Status '{value}' indeholder et hårdt mellemrum ({code}), som Excels TRIM ikke fjerner — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
  'status.tab': "Status '{value}' indeholder en tabulator ({code}) — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
  'status.lineBreak': "Status '{value}' indeholder et linjeskift ({code}) — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
  'status.zeroWidth':
    "Status '{value}' indeholder et usynligt tegn uden bredde ({code}) — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
  'status.otherSpace':
    "Status '{value}' indeholder et særligt mellemrum ({code}), som ikke er et almindeligt mellemrum — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
  'status.fullWidth':
    "Status '{value}' er skrevet med bogstaver eller cifre i fuld bredde ({code}) — skriv den igen med almindelige: S, D, en andel 0–1, eller lad den stå tom",
  'status.control': "Status '{value}' indeholder et kontroltegn ({code}) — skriv den igen som S, D, en andel 0–1, eller lad den stå tom",
  'status.wordCase': "Status '{value}' blander store og små bogstaver — skriv den som en af {spellings}",
  'status.sign': "Status '{value}' har et fortegn (+ eller −) — en andel skrives uden fortegn, mellem 0 og 1",
  'status.exponent': "Status '{value}' er skrevet med eksponent — skriv andelen med cifre, fx 0,5 eller 50%",
  'status.separators': "Status '{value}' har mere end ét komma eller punktum — skriv andelen med ét decimaltegn, fx 0,5",
  'status.percent': "Status '{value}' har et %-tegn, der ikke står til sidst — skriv den som 50%",
  'status.digits': "Status '{value}' har flere end 15 cifre, flere end Excel gemmer — gør den kortere",
  'status.excelError': 'En statuscelle indeholder fejlen {value} — ret formlen eller værdien dér',
  'status.numberAsText': "Status '{value}' er tekst, der ligner et tal; den læses som {number} — indtast den som et tal",
  'rate.partialMissing':
    "Status 'D' (delvis selvforsørgende) kræver en delvis takst — angiv argumentet partialRate eller definér SIB_PartialRate",
  'rate.missing': 'Ugetaksten er tom — angiv den som et beløb, fx 1250',
  'rate.invalid': "Taksten '{value}' er ikke et tal — angiv ugetaksten som et beløb, fx 1250",
  'rate.negative': 'Taksten {value} er negativ — takster er positive beløb',
  'number.invalid': "'{value}' er ikke et tal — angiv et beløb, fx 4000000",
  'maxWeeks.invalid': "Maks. uger '{value}' skal være et helt tal på 1 eller mere — eller udelades",
  'minWeeks.invalid': "Mindste antal uger '{value}' skal være et helt tal på 1 eller mere — eller udelades",
  'multiple.nothingInvested': 'Der er intet investeret, så der er ingen pengemultipel — angiv de investerede beløb',
  'irr.noSignChange': 'Den interne rente kræver mindst ét negativt (investeret) og ét positivt (tilbagebetalt) beløb',
  'irr.sizeMismatch': 'Beløb og datoer skal have lige mange celler ({amounts} beløb, {dates} datoer)',
  'irr.dateBeforeFirst': 'Datoen {value} ligger før den første dato — den første dato skal være den tidligste',
  'irr.noRoot': 'Der blev ikke fundet nogen intern rente for disse betalinger — kontrollér beløb og datoer',
  'irr.guessInvalid': "Gættet '{value}' skal være en rente over -100 %, fx 0,1",
  'date.invalid': "'{value}' er ikke en dato — angiv en Excel-dato eller en dato som 2021-03-08",
  'week.invalid': "'{value}' er ikke en ISO-uge — skriv den som 2021-W10",
  'week.outOfYear': '{value}: året {year} har kun {weeks} ISO-uger',
  'week.beforeFirstDate': '{value} begynder {monday}, før {first}, projektmappens første dato',
  'input.excelError': 'Inddata indeholder fejlen {value} — ret formlen eller værdien, de kommer fra',
  'dateSystem.unreadable': 'Excel oplyste ikke projektmappens datosystem (1900 eller 1904) — genberegn for at prøve igen',
  'range.shapeMismatch': 'Områderne skal have lige mange rækker ({left} og {right})',
  'successRate.noCandidates': 'Der er ikke angivet nogen kandidat-id — markér id-kolonnen i kandidatarket',
  'statement.noTable':
    'Der blev ikke fundet nogen fakturatabel — den skal have en overskriftsrække med kolonnerne Candidate ID, Status og Amount',
  'statement.noWeek': 'Fakturatabellen i {address} angiver ikke sin uge — angiv den uge, den gælder, fx 2021-W10',
  'statement.ambiguous': 'Der er flere fakturatabeller: {tables} — angiv den uge, der skal kontrolleres',
  'statement.ambiguousWeek': 'Der er flere fakturatabeller for uge {week}: {tables} — behold én, eller kontrollér en kopi med kun én',
  'statement.weekMismatch': 'Fakturatabellen i {address} gælder uge {found}, ikke {week}',
  'statement.weekNotFound': 'Ingen fakturatabel gælder uge {week}; de fundne tabeller er: {tables}',
  'statement.weekConflict': "Arknavnet '{sheet}' siger uge {named}, men {address} siger {week} — ret en af dem",
};

export type Language = 'en' | 'da';
export type MessageKey = keyof typeof en;

/** The one shape of every catalogue of texts (the engine's, the check's, the pane's): a flat record per language. */
export type Catalogue<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

export const messages: Catalogue<MessageKey> = { en, da };
export type MessageParams = Readonly<Record<string, string | number>>;

export function formatMessage(key: MessageKey, params: MessageParams = {}, language: Language = 'en'): string {
  return fillTemplate(messages[language][key], params);
}

export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Office reports languages as `da-DK`, browsers as `da` or `da-DK`; anything not Danish falls back to English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('da') ? 'da' : 'en';
}
