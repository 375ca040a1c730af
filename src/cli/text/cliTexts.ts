import { Catalogue } from '../../engine/messages';
import { reportTexts } from '../../jobs/reportTexts';

/**
 * Every text the `sib` command prints of its own, in English and Danish. Placeholders are `{name}`.
 * Findings, engine errors and the reasons a line is not paid come from their own catalogues; `--json`
 * prints codes and decimal strings, never these texts.
 */
const en = {
  ...reportTexts.en,
  'help.sib': `sib — settle payment-by-results contracts on .xlsx workbooks

Usage:
  sib check BOOK.xlsx [--sheet NAME] [--header-row N] [--json]
  sib invoice BOOK.xlsx --week YYYY-Www --out OUT.xlsx [--sheet NAME] [--json]
  sib statement --invoice RECEIVED.xlsx BOOK.xlsx [--week YYYY-Www] [--sheet NAME] [--json]
  sib ledger BOOK.xlsx [--json]
  sib investor BOOK.xlsx [--until YYYY-Www] [--sheet NAME] [--json]
  sib einvoice BOOK.xlsx --week YYYY-Www [--correction N] [--format peppol|oioubl] --out FILE.xml [--json]
  sib demo [--out FILE.xlsx]

Every command takes --lang en|da, the language it prints in (default: from LC_ALL, LC_MESSAGES or LANG,
Danish for da*, else English); --json prints the same document in either.
Run 'sib COMMAND --help' for one command. Exit status: 0 ok, 1 findings or differences, 2 usage or I/O error.`,
  'help.check': `sib check BOOK.xlsx [--sheet NAME] [--header-row N] [--json] [--lang en|da]

Checks the candidate sheet and the contract terms (defined names SIB_*) of BOOK.xlsx.
  --sheet NAME      the candidate sheet (default: the first sheet with a candidate header row)
  --header-row N    the header row, 1-based (default: found within the first 20 rows)
  --json            one JSON document on stdout, with every finding
  --lang en|da      the language it prints in (default: from LC_ALL, LC_MESSAGES or LANG)
A finding repeated more than 3 times (the same severity, code and advice) is printed as one line with
its count and first cells; --json lists each. Exit status 1 when the check finds errors.`,
  'help.invoice': `sib invoice BOOK.xlsx --week YYYY-Www --out OUT.xlsx [--sheet NAME] [--json] [--overwrite] [--lang en|da]

Builds the invoice for an ISO week into a NEW workbook OUT.xlsx: a copy of BOOK.xlsx with one more
sheet, 'Invoice YYYY-Www', whose amounts are live Excel formulas, and a row in the 'Settlement ledger'
sheet (created with the first invoice). A week invoiced before is never rebuilt: with unchanged data
nothing is written; with changed data OUT.xlsx gets a sheet 'Correction YYYY-Www' with only the lines
whose amounts changed. BOOK.xlsx is never modified. In a workbook whose SIB_Language is da the sheets
are 'Faktura YYYY-Www', 'Afregningslog' and 'Korrektion YYYY-Www'.
  --week YYYY-Www   the week (default: the last complete ISO week)
  --out OUT.xlsx    the new workbook to write (must not be BOOK.xlsx)
  --overwrite       replace OUT.xlsx if it exists
  --sheet, --header-row, --json, --lang as for 'sib check'
Exit status 1 when errors in the sheet stop the invoice.`,
  'help.statement': `sib statement --invoice RECEIVED.xlsx BOOK.xlsx [--week YYYY-Www] [--sheet NAME] [--json] [--lang en|da]

Checks a received invoice (statement) against the fund's own candidate sheet and contract terms in
BOOK.xlsx: every missing line, extra line, different status and different amount, with the cells on
both sides, and the totals both ways. Neither workbook is modified.
  --invoice FILE    the received workbook with the invoice table (a sheet 'Invoice YYYY-Www', or the
                    table copied anywhere, as formulas or as values)
  --week YYYY-Www   the week (default: the week the invoice table says; needed when it holds several)
  --sheet, --header-row, --json, --lang as for 'sib check' (for BOOK.xlsx)
Exit status 0 when the statement agrees, 1 when it differs or errors in BOOK.xlsx stop the check,
2 when the received invoice cannot be read.`,
  'help.ledger': `sib ledger BOOK.xlsx [--json] [--lang en|da]

Prints the workbook's settlement ledger: every invoice and correction in the order they were built,
with its total and the running total.`,
  'help.investor': `sib investor BOOK.xlsx [--until YYYY-Www] [--sheet NAME] [--json] [--lang en|da]

The investor's figures, as the task pane shows them: invested, repaid, net return, money multiple, IRR
(as Excel's XIRR), the success rate against SIB_SuccessTarget, and the repayments week by week. They
come from the Settlement ledger, and before any invoice from the weeks the candidate sheet gives; weeks
before the ledger's opening keep their own dates. BOOK.xlsx is not modified.
  --until YYYY-Www  the last week to take in (default: the last complete week, or the ledger's latest)
  --sheet, --header-row, --json, --lang as for 'sib check'
Exit status 1 when errors in the sheet make the figures uncertain.`,
  'help.einvoice': `sib einvoice BOOK.xlsx --week YYYY-Www [--correction N] [--format peppol|oioubl] --out FILE.xml [--json] [--overwrite] [--lang en|da]

Writes the week's issued invoice, or its Nth correction, as a Peppol BIS Billing 3.0 or OIOUBL 2.1 e-invoice
(UBL XML) to send through a NemHandel or Peppol access point. It reads what was issued (the Settlement ledger row,
the sheet's Issued or Difference column, its fingerprint), never recomputes amounts, and needs the
e-invoice contract terms (SIB_InvestorCVR, SIB_CommissionerCVR, SIB_CommissionerEAN, SIB_InvestorIBAN, …).
A correction that credits more than it charges becomes a CreditNote. BOOK.xlsx is never modified.
  --week YYYY-Www     the week
  --correction N      the week's Nth correction instead of its invoice
  --format peppol     Peppol BIS Billing 3.0 (the default)
  --format oioubl     OIOUBL 2.1, for a buyer whose system takes OIOUBL only
  --out FILE.xml      the file to write; --overwrite replaces an existing one
  --json, --lang as for 'sib check'
Exit status 1 when the e-invoice is refused (a term missing or malformed, the issued sheet changed).`,
  'help.demo': `sib demo [--out FILE.xlsx] [--overwrite] [--lang en|da]

Writes the demo workbook: a synthetic IMPACT60-like contract with 120 candidates, 2018–2020.
  --out FILE.xlsx   where to write it (default: demo-output/demo.xlsx in the current folder)
  --overwrite       replace the file if it exists`,

  'usage.unknownCommand': "Unknown command '{command}'",
  'usage.commandFirst': "Put the command first: sib COMMAND [options], e.g. sib check BOOK.xlsx --lang da; 'sib --help' lists them",
  'usage.oneWorkbook': 'Give one workbook: {usage}',
  'usage.required': '{option} is required: {usage}',
  'usage.noWorkbook': 'sib demo takes no workbook: {usage}',
  'usage.headerRow': '--header-row must be a row number, 1 or more',
  'usage.lang': "--lang must be en or da, not '{value}'",
  internal:
    'Internal error ({detail}) — this is a bug in sib; please report it with the command you ran, but not the workbook (it may hold personal data)',
  'usage.week': '{option}: {message}',
  'usage.unknownOption': 'Unknown option {option}',
  'usage.needsValue': '{option} needs a value',
  'usage.takesNoValue': '{option} takes no value',

  'progress.reading': 'Reading {file}',
  'progress.settling': 'Settling {week}',
  'progress.settlingAll': 'Settling the weeks',
  'progress.writing': 'Writing {file}',
  'progress.comparing': 'Comparing',

  'severity.error': 'error',
  'severity.warning': 'warning',
  'findings.group': '{code} × {count}: {cells}',
  'findings.moreCells': '{cells} and {count} more',
  'findings.first': 'the first: {message}',
  'findings.grouped': 'A finding repeated more than {listed} times is shown once, with its count; --json lists each.',
  total: 'Total: {total}',

  'check.head': '{sheet}: {candidates} candidates × {weeks} weeks — {errors} error(s), {warnings} warning(s)',

  'invoice.head': 'Invoice {week} from {sheet}: {lines} line(s), {paid} paid',
  'invoice.correctionHead': 'Correction of {week} from {sheet}: {lines} changed line(s); the total is the difference charged',
  'invoice.unchanged': '{week} is settled by {sheets} and its data is unchanged since: nothing written (fingerprint {fingerprint})',
  'invoice.noLines': 'No candidate has a self-supporting status in {week}; the sheet says so.',
  'invoice.issued': 'Issued',
  'invoice.correctionTotal': 'Total charged: {total}',
  'invoice.invoicedBefore': 'Invoiced before this week: {amount}',
  'invoice.invoicedBeforeAndCap': 'Invoiced before this week: {amount}; cap remaining before it: {cap}',
  'invoice.fingerprint': 'Fingerprint {fingerprint}',
  'invoice.findings': '{count} finding(s) did not stop the invoice:',
  'invoice.written': "Written to {file}, sheet '{sheet}'",
  'invoice.noWeekColumn': 'The sheet {sheet} has no column for week {week}',
  'invoice.sheetWithoutLedger':
    "{book} has a sheet '{sheet}' that the Settlement ledger does not record; an issued sheet is never replaced — restore the ledger row, or rename the sheet if it was not issued",
  'invoice.beforeOpening':
    "{week} is not after the Settlement ledger's opening week {opening}: weeks up to it were settled before the ledger began",
  'invoice.ledgerUnreadable': 'The Settlement ledger has rows that cannot be read ({cells}); restore them before building another invoice',
  'invoice.tooManyLines':
    "{week} would have {lines} invoice lines, more than the {limit} an Excel sheet holds under the invoice's header, so nothing was built; split the candidates between workbooks of at most {limit} candidates each",
  'invoice.blocked': 'No invoice was built: the check found {count} error(s) that make amounts uncertain:',

  'statement.agrees': 'Statement for {week} agrees: {lines} line(s), total {total}',
  'statement.agreesCorrected': 'Statement for {week} with {count} correction(s) ({tables}) agrees: {lines} line(s), total {total}',
  'statement.differs': 'Statement for {week} ({table}) differs from {sheet}: {count} difference(s), amounts in {currency}',
  'statement.differsCorrected':
    'Statement for {week} ({table}, with {corrections} correction(s): {tables}) differs from {sheet}: {count} difference(s), amounts in {currency}',
  'statement.missing': 'Missing line',
  'statement.extra': 'Extra line',
  'statement.status': 'Different status',
  'statement.amount': 'Different amount',
  'statement.unreadable': 'Unreadable',
  'statement.received': 'received {side}',
  'statement.expected': 'expected {side}',
  'statement.at': 'at {address}',
  'statement.blank': 'blank',
  'statement.change': 'difference {amount}',
  'statement.cannotRead': 'that cell cannot be read',
  'statement.receivedTotal': 'Received total {total} ({from}); its {lines} line(s) sum to {linesTotal}',
  'statement.fromLines': 'the sum of its lines',
  'statement.fromTotalsRow': 'totals row {cell}',
  'statement.fromTotalsRowCorrected': 'totals row {cell} plus the corrections’ differences',
  'statement.doesNotFoot': 'The received totals row does not foot with its own lines',
  'statement.expectedTotal': 'Expected total {total} ({lines} line(s)); received − expected: {difference}',
  'statement.findings': '{count} finding(s) on {sheet} did not stop the comparison:',
  'statement.noWeekColumn': 'The sheet {sheet} of {book} has no column for week {week}',
  'statement.ledgerUnreadable': 'The settlement ledger of {book} has rows that cannot be read: {cells}',
  'statement.blocked': 'The statement was not checked: {book} has {count} error(s) that make its own amounts uncertain:',

  'ledger.none': 'No Settlement ledger yet: it is created with the first invoice.',
  'ledger.head': '{sheet}: {rows} row(s)',
  'ledger.row': 'Row',
  'ledger.kind': 'Kind',
  'ledger.lines': 'Lines',
  'ledger.cumulative': 'Cumulative',
  'ledger.opening': 'opening',
  'ledger.invoice': 'invoice',
  'ledger.correction': 'correction',
  'ledger.unreadable': 'The Settlement ledger of {book} has rows that cannot be read: {cells}',

  'investor.head': 'Investor figures for {sheet} up to {week}, {source}',
  'investor.fromLedger': 'from the settlement ledger',
  'investor.fromSheet': 'from the weekly invoices the sheet gives; no ledger yet',
  'investor.successValue': '{rate} ({succeeded} of {candidates}), {target}',
  'investor.breakEven': 'Break-even',
  'investor.notYet': 'not reached yet',
  'investor.repayments': '{count} repayment(s), {first} to {last}; --json lists each',
  'investor.noInvested': 'SIB_Invested is not defined, so there is no return, multiple or IRR',
  'investor.ledgerUnreadable': 'The Settlement ledger has rows that cannot be read: {cells}',
  'investor.blocked': 'No figures: the check found {count} error(s) that make amounts uncertain:',

  'einvoice.head': "{format} {type} no. {number} of {date}: {what} ('{sheet}')",
  'einvoice.Invoice': 'Invoice',
  'einvoice.CreditNote': 'CreditNote',
  'einvoice.invoice': 'the invoice for {week}',
  'einvoice.correction': 'correction {number} of {week}',
  'einvoice.payable': '{lines} line(s), payable {amount}; fingerprint {fingerprint}',
  'einvoice.credited': '{lines} line(s), credited {amount}; fingerprint {fingerprint}',
  'einvoice.written': 'Written to {file}: send it through your NemHandel or Peppol access point',
  'einvoice.refused': 'No e-invoice was written:',
  'einvoice.format': "--format must be peppol or oioubl, not '{value}'",
  'einvoice.correctionNumber': "--correction must be the correction's number, 1 or more, not '{value}'",

  'demo.written': 'Demo workbook written to {file} (sheets: {sheets})',
} as const;

export type CliTextKey = keyof typeof en;

const da: Record<CliTextKey, string> = {
  ...reportTexts.da,
  'help.sib': `sib — afregn resultatbaserede kontrakter i .xlsx-projektmapper

Brug:
  sib check MAPPE.xlsx [--sheet NAVN] [--header-row N] [--json]
  sib invoice MAPPE.xlsx --week YYYY-Www --out NY.xlsx [--sheet NAVN] [--json]
  sib statement --invoice MODTAGET.xlsx MAPPE.xlsx [--week YYYY-Www] [--sheet NAVN] [--json]
  sib ledger MAPPE.xlsx [--json]
  sib investor MAPPE.xlsx [--until YYYY-Www] [--sheet NAVN] [--json]
  sib einvoice MAPPE.xlsx --week YYYY-Www [--correction N] [--format peppol|oioubl] --out FIL.xml [--json]
  sib demo [--out FILE.xlsx]

Alle kommandoer tager --lang en|da, sproget de skriver på (standard: fra LC_ALL, LC_MESSAGES eller LANG,
dansk for da*, ellers engelsk); --json skriver det samme dokument på begge sprog.
Kør 'sib KOMMANDO --help' for én kommando. Slutstatus: 0 ok, 1 fund eller afvigelser, 2 brugs- eller I/O-fejl.`,
  'help.check': `sib check MAPPE.xlsx [--sheet NAVN] [--header-row N] [--json] [--lang en|da]

Kontrollerer kandidatarket og kontraktvilkårene (de definerede navne SIB_*) i MAPPE.xlsx.
  --sheet NAVN      kandidatarket (standard: det første ark med en overskriftsrække for kandidater)
  --header-row N    overskriftsrækken, talt fra 1 (standard: findes i de første 20 rækker)
  --json            ét JSON-dokument på stdout, med hvert fund
  --lang en|da      sproget, der skrives på (standard: fra LC_ALL, LC_MESSAGES eller LANG)
Et fund, der gentages mere end 3 gange (samme alvor, kode og råd), skrives som én linje med antallet og
de første celler; --json viser hvert enkelt. Slutstatus 1, når kontrollen finder fejl.`,
  'help.invoice': `sib invoice MAPPE.xlsx --week YYYY-Www --out NY.xlsx [--sheet NAVN] [--json] [--overwrite] [--lang en|da]

Danner fakturaen for en ISO-uge i en NY projektmappe NY.xlsx: en kopi af MAPPE.xlsx med ét ark mere,
'Invoice YYYY-Www', hvis beløb er levende Excel-formler, og en række i arket 'Settlement ledger'
(oprettes med den første faktura). En uge, der er faktureret før, dannes aldrig igen: med uændrede data
skrives intet; med ændrede data får NY.xlsx et ark 'Correction YYYY-Www' med kun de linjer, hvis beløb
er ændret. MAPPE.xlsx ændres aldrig. I en projektmappe, hvis SIB_Language er da, hedder arkene
'Faktura YYYY-Www', 'Afregningslog' og 'Korrektion YYYY-Www'.
  --week YYYY-Www   ugen (standard: den seneste hele ISO-uge)
  --out NY.xlsx     den nye projektmappe, der skrives (må ikke være MAPPE.xlsx)
  --overwrite       erstat NY.xlsx, hvis den findes
  --sheet, --header-row, --json, --lang som for 'sib check'
Slutstatus 1, når fejl i arket stopper fakturaen.`,
  'help.statement': `sib statement --invoice MODTAGET.xlsx MAPPE.xlsx [--week YYYY-Www] [--sheet NAVN] [--json] [--lang en|da]

Kontrollerer en modtaget faktura (opgørelse) mod fondens eget kandidatark og kontraktvilkår i
MAPPE.xlsx: hver manglende linje, ekstra linje, anden status og andet beløb, med cellerne på begge
sider, og totalerne begge veje. Ingen af projektmapperne ændres.
  --invoice FIL     den modtagne projektmappe med fakturatabellen (et ark 'Invoice YYYY-Www', eller
                    tabellen kopieret hvor som helst hen, som formler eller som værdier)
  --week YYYY-Www   ugen (standard: den uge, fakturatabellen angiver; nødvendig, når den har flere)
  --sheet, --header-row, --json, --lang som for 'sib check' (for MAPPE.xlsx)
Slutstatus 0, når opgørelsen stemmer, 1, når den afviger, eller fejl i MAPPE.xlsx stopper kontrollen,
2, når den modtagne faktura ikke kan læses.`,
  'help.ledger': `sib ledger MAPPE.xlsx [--json] [--lang en|da]

Viser projektmappens afregningslog: hver faktura og korrektion i den rækkefølge, de blev dannet,
med dens total og den løbende total.`,
  'help.investor': `sib investor MAPPE.xlsx [--until YYYY-Www] [--sheet NAVN] [--json] [--lang en|da]

Investorens tal, som opgaveruden viser dem: investeret, tilbagebetalt, nettoafkast, pengemultipel,
intern rente (som Excels XIRR), succesraten mod SIB_SuccessTarget og tilbagebetalingerne uge for uge.
De kommer fra afregningsloggen og, før den første faktura, fra de uger, kandidatarket giver; uger før
loggens åbning beholder deres egne datoer. MAPPE.xlsx ændres ikke.
  --until YYYY-Www  den sidste uge, der tages med (standard: den seneste hele uge eller loggens seneste)
  --sheet, --header-row, --json, --lang som for 'sib check'
Slutstatus 1, når fejl i arket gør tallene usikre.`,
  'help.einvoice': `sib einvoice MAPPE.xlsx --week YYYY-Www [--correction N] [--format peppol|oioubl] --out FIL.xml [--json] [--overwrite] [--lang en|da]

Skriver ugens udstedte faktura, eller dens N-te korrektion, som en Peppol BIS Billing 3.0- eller OIOUBL 2.1-e-faktura
(UBL XML) til afsendelse via et NemHandel- eller Peppol-adgangspunkt. Den læser, hvad der blev udstedt (rækken i
afregningsloggen, arkets kolonne Issued eller Difference, dets fingeraftryk), genberegner aldrig beløb og
kræver e-fakturaens kontraktvilkår (SIB_InvestorCVR, SIB_CommissionerCVR, SIB_CommissionerEAN, SIB_InvestorIBAN, …).
En korrektion, der krediterer mere, end den opkræver, bliver en kreditnota (CreditNote). MAPPE.xlsx ændres aldrig.
  --week YYYY-Www     ugen
  --correction N      ugens N-te korrektion i stedet for dens faktura
  --format peppol     Peppol BIS Billing 3.0 (standard)
  --format oioubl     OIOUBL 2.1, til en køber, hvis system kun modtager OIOUBL
  --out FIL.xml       filen, der skrives; --overwrite erstatter en eksisterende
  --json, --lang som for 'sib check'
Slutstatus 1, når e-fakturaen afvises (et vilkår mangler eller er forkert, det udstedte ark er ændret).`,
  'help.demo': `sib demo [--out FIL.xlsx] [--overwrite] [--lang en|da]

Skriver demoprojektmappen: en opdigtet IMPACT60-lignende kontrakt med 120 kandidater, 2018–2020.
  --out FIL.xlsx    hvor den skrives (standard: demo-output/demo.xlsx i den aktuelle mappe)
  --overwrite       erstat filen, hvis den findes`,

  'usage.unknownCommand': "Ukendt kommando '{command}'",
  'usage.commandFirst':
    "Skriv kommandoen først: sib KOMMANDO [tilvalg], fx sib check MAPPE.xlsx --lang da; 'sib --help' viser kommandoerne",
  'usage.oneWorkbook': 'Angiv én projektmappe: {usage}',
  'usage.required': '{option} skal angives: {usage}',
  'usage.noWorkbook': 'sib demo tager ingen projektmappe: {usage}',
  'usage.headerRow': '--header-row skal være et rækkenummer, 1 eller mere',
  'usage.lang': "--lang skal være en eller da, ikke '{value}'",
  internal:
    'Intern fejl ({detail}) — det er en fejl i sib; meld den gerne med den kommando, du kørte, men ikke projektmappen (den kan rumme personoplysninger)',
  'usage.week': '{option}: {message}',
  'usage.unknownOption': 'Ukendt tilvalg {option}',
  'usage.needsValue': '{option} skal have en værdi',
  'usage.takesNoValue': '{option} tager ingen værdi',

  'progress.reading': 'Læser {file}',
  'progress.settling': 'Afregner {week}',
  'progress.settlingAll': 'Afregner ugerne',
  'progress.writing': 'Skriver {file}',
  'progress.comparing': 'Sammenligner',

  'severity.error': 'fejl',
  'severity.warning': 'advarsel',
  'findings.group': '{code} × {count}: {cells}',
  'findings.moreCells': '{cells} og {count} til',
  'findings.first': 'den første: {message}',
  'findings.grouped': 'Et fund, der gentages mere end {listed} gange, vises én gang med antallet; --json viser hvert enkelt.',
  total: 'I alt: {total}',

  'check.head': '{sheet}: {candidates} kandidater × {weeks} uger — {errors} fejl, {warnings} advarsel(er)',

  'invoice.head': 'Faktura {week} fra {sheet}: {lines} linje(r), {paid} betalt',
  'invoice.correctionHead': 'Korrektion af {week} fra {sheet}: {lines} ændrede linje(r); totalen er den forskel, der opkræves',
  'invoice.unchanged': '{week} er afregnet af {sheets}, og data er uændret siden: intet skrevet (fingeraftryk {fingerprint})',
  'invoice.noLines': 'Ingen kandidat er selvforsørgende i {week}; arket siger det.',
  'invoice.issued': 'Faktureret',
  'invoice.correctionTotal': 'Opkræves i alt: {total}',
  'invoice.invoicedBefore': 'Faktureret før denne uge: {amount}',
  'invoice.invoicedBeforeAndCap': 'Faktureret før denne uge: {amount}; tilbage af loftet før den: {cap}',
  'invoice.fingerprint': 'Fingeraftryk {fingerprint}',
  'invoice.findings': '{count} fund stoppede ikke fakturaen:',
  'invoice.written': "Skrevet til {file}, ark '{sheet}'",
  'invoice.noWeekColumn': 'Arket {sheet} har ingen kolonne for uge {week}',
  'invoice.sheetWithoutLedger':
    "{book} har et ark '{sheet}', som afregningsloggen (Settlement ledger) ikke nævner; et udstedt ark erstattes aldrig — genskab rækken i loggen, eller omdøb arket, hvis det ikke blev udstedt",
  'invoice.beforeOpening':
    '{week} ligger ikke efter afregningsloggens åbningsuge {opening}: uger til og med den blev afregnet, før loggen begyndte',
  'invoice.ledgerUnreadable': 'Afregningsloggen har rækker, der ikke kan læses ({cells}); genskab dem, før der dannes en ny faktura',
  'invoice.tooManyLines':
    '{week} ville få {lines} fakturalinjer, flere end de {limit}, et Excel-ark kan rumme under fakturaens hoved, så intet blev dannet; fordel kandidaterne på projektmapper med højst {limit} kandidater hver',
  'invoice.blocked': 'Ingen faktura blev dannet: kontrollen fandt {count} fejl, der gør beløbene usikre:',

  'statement.agrees': 'Opgørelsen for {week} stemmer: {lines} linje(r), i alt {total}',
  'statement.agreesCorrected': 'Opgørelsen for {week} med {count} korrektion(er) ({tables}) stemmer: {lines} linje(r), i alt {total}',
  'statement.differs': 'Opgørelsen for {week} ({table}) afviger fra {sheet}: {count} afvigelse(r), beløb i {currency}',
  'statement.differsCorrected':
    'Opgørelsen for {week} ({table}, med {corrections} korrektion(er): {tables}) afviger fra {sheet}: {count} afvigelse(r), beløb i {currency}',
  'statement.missing': 'Manglende linje',
  'statement.extra': 'Ekstra linje',
  'statement.status': 'Anden status',
  'statement.amount': 'Andet beløb',
  'statement.unreadable': 'Kan ikke læses',
  'statement.received': 'modtaget {side}',
  'statement.expected': 'forventet {side}',
  'statement.at': 'i {address}',
  'statement.blank': 'tom',
  'statement.change': 'forskel {amount}',
  'statement.cannotRead': 'den celle kan ikke læses',
  'statement.receivedTotal': 'Modtaget i alt {total} ({from}); dens {lines} linje(r) giver {linesTotal}',
  'statement.fromLines': 'summen af dens linjer',
  'statement.fromTotalsRow': 'totalrækken {cell}',
  'statement.fromTotalsRowCorrected': 'totalrækken {cell} plus korrektionernes forskelle',
  'statement.doesNotFoot': 'Den modtagne totalrække stemmer ikke med dens egne linjer',
  'statement.expectedTotal': 'Forventet i alt {total} ({lines} linje(r)); modtaget − forventet: {difference}',
  'statement.findings': '{count} fund i {sheet} stoppede ikke sammenligningen:',
  'statement.noWeekColumn': 'Arket {sheet} i {book} har ingen kolonne for uge {week}',
  'statement.ledgerUnreadable': 'Afregningsloggen i {book} har rækker, der ikke kan læses: {cells}',
  'statement.blocked': 'Opgørelsen blev ikke kontrolleret: {book} har {count} fejl, der gør dens egne beløb usikre:',

  'ledger.none': 'Endnu ingen afregningslog (Settlement ledger): den oprettes med den første faktura.',
  'ledger.head': '{sheet}: {rows} række(r)',
  'ledger.row': 'Række',
  'ledger.kind': 'Art',
  'ledger.lines': 'Linjer',
  'ledger.cumulative': 'Akkumuleret',
  'ledger.opening': 'åbning',
  'ledger.invoice': 'faktura',
  'ledger.correction': 'korrektion',
  'ledger.unreadable': 'Afregningsloggen i {book} har rækker, der ikke kan læses: {cells}',

  'investor.head': 'Investortal for {sheet} til og med {week}, {source}',
  'investor.fromLedger': 'fra afregningsloggen',
  'investor.fromSheet': 'fra de ugefakturaer, arket giver; endnu ingen log',
  'investor.successValue': '{rate} ({succeeded} af {candidates}), {target}',
  'investor.breakEven': 'Break-even',
  'investor.notYet': 'ikke nået endnu',
  'investor.repayments': '{count} tilbagebetaling(er), {first} til {last}; --json viser hver enkelt',
  'investor.noInvested': 'SIB_Invested er ikke defineret, så der er intet afkast, ingen multipel og ingen intern rente',
  'investor.ledgerUnreadable': 'Afregningsloggen har rækker, der ikke kan læses: {cells}',
  'investor.blocked': 'Ingen tal: kontrollen fandt {count} fejl, der gør beløbene usikre:',

  'einvoice.head': "{format}-{type} nr. {number} af {date}: {what} ('{sheet}')",
  'einvoice.Invoice': 'faktura',
  'einvoice.CreditNote': 'kreditnota',
  'einvoice.invoice': 'fakturaen for {week}',
  'einvoice.correction': 'korrektion {number} af {week}',
  'einvoice.payable': '{lines} linje(r), til betaling {amount}; fingeraftryk {fingerprint}',
  'einvoice.credited': '{lines} linje(r), krediteret {amount}; fingeraftryk {fingerprint}',
  'einvoice.written': 'Skrevet til {file}: send den via jeres NemHandel- eller Peppol-adgangspunkt',
  'einvoice.refused': 'Ingen e-faktura blev skrevet:',
  'einvoice.format': "--format skal være peppol eller oioubl, ikke '{value}'",
  'einvoice.correctionNumber': "--correction skal være korrektionens nummer, 1 eller mere, ikke '{value}'",

  'demo.written': 'Demoprojektmappen er skrevet til {file} (ark: {sheets})',
};

export const cliTexts: Catalogue<CliTextKey> = { en, da };
