import { columnIndex, columnLetters } from '../../engine/cells';
import { skipQuoted } from './formulaText';
import { MAX_COLUMNS, MAX_ROWS } from './sheetScanner';

/**
 * A cell that shares another cell's formula (`<f t="shared" si="0"/>`, ECMA-376 §18.3.1.40) holds no text:
 * its formula is the group's first formula with every relative reference moved by the rows and columns
 * between the two cells, as Excel and LibreOffice read it. `$` parts stay; string literals, quoted sheet
 * names, structured references, names and numbers are copied as they are. A reference moved off the grid
 * becomes `#REF!`, as Excel shows it.
 */
export function movedFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < formula.length) {
    const code = formula.charCodeAt(i);
    if (code === QUOTE || code === APOSTROPHE || code === OPEN_BRACKET) {
      i = skipQuoted(formula, i);
      continue;
    }
    if (!isNameChar(code) && code !== DOLLAR) {
      i++;
      continue;
    }
    // A reference, a name, a function or a number starts here: only a reference is changed.
    const match = matchAt(formula, i);
    if (match) {
      out += formula.slice(copied, i) + match.moved(rows, columns);
      i += match.length;
      copied = i;
    } else {
      i = afterToken(formula, i);
    }
  }
  return out + formula.slice(copied);
}

interface Reference {
  readonly length: number;
  moved(rows: number, columns: number): string;
}

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?:(:)(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7}))?(?![A-Za-z0-9_.(!])/y;
const WHOLE_ROWS = /(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!])/y;
const WHOLE_COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/y;
const NUMBER = /[0-9]+(?:\.[0-9]*)?(?:[Ee][+-]?[0-9]+)?/y;

function matchAt(formula: string, at: number): Reference | undefined {
  CELL.lastIndex = at;
  const cell = CELL.exec(formula);
  if (cell) {
    const [text, ...parts] = cell;
    if (!isColumn(parts[1]) || !isRow(parts[3]) || (parts[4] && (!isColumn(parts[6]) || !isRow(parts[8])))) return undefined;
    return {
      length: text.length,
      moved: (rows, columns) => {
        const first = movedColumn(parts[0], parts[1], columns) + movedRow(parts[2], parts[3], rows);
        if (!parts[4]) return first.includes(REF) ? REF : first;
        const range = `${first}:${movedColumn(parts[5], parts[6], columns)}${movedRow(parts[7], parts[8], rows)}`;
        return range.includes(REF) ? REF : range;
      },
    };
  }
  WHOLE_ROWS.lastIndex = at;
  const wholeRows = WHOLE_ROWS.exec(formula);
  if (wholeRows && isRow(wholeRows[2]) && isRow(wholeRows[4])) {
    return {
      length: wholeRows[0].length,
      moved: (rows) => {
        const range = `${movedRow(wholeRows[1], wholeRows[2], rows)}:${movedRow(wholeRows[3], wholeRows[4], rows)}`;
        return range.includes(REF) ? REF : range;
      },
    };
  }
  WHOLE_COLUMNS.lastIndex = at;
  const wholeColumns = WHOLE_COLUMNS.exec(formula);
  if (wholeColumns && isColumn(wholeColumns[2]) && isColumn(wholeColumns[4])) {
    return {
      length: wholeColumns[0].length,
      moved: (_rows, columns) => {
        const range = `${movedColumn(wholeColumns[1], wholeColumns[2], columns)}:${movedColumn(wholeColumns[3], wholeColumns[4], columns)}`;
        return range.includes(REF) ? REF : range;
      },
    };
  }
  return undefined;
}

const REF = '#REF!';

function movedRow(dollar: string, row: string, rows: number): string {
  if (dollar) return `$${row}`;
  const moved = Number(row) + rows;
  return moved >= 1 && moved <= MAX_ROWS ? String(moved) : REF;
}

function movedColumn(dollar: string, letters: string, columns: number): string {
  if (dollar) return `$${letters}`;
  const moved = columnIndex(letters) + columns;
  return moved >= 0 && moved < MAX_COLUMNS ? columnLetters(moved) : REF;
}

function isRow(digits: string): boolean {
  const row = Number(digits);
  return row >= 1 && row <= MAX_ROWS;
}

function isColumn(letters: string): boolean {
  return columnIndex(letters) < MAX_COLUMNS;
}

/** After a name, function name, number or `$`-led text that is no reference. */
function afterToken(formula: string, at: number): number {
  NUMBER.lastIndex = at;
  if (NUMBER.exec(formula)) return NUMBER.lastIndex;
  let i = at + 1;
  while (i < formula.length && isNameChar(formula.charCodeAt(i))) i++;
  return i;
}

const QUOTE = 34;
const DOLLAR = 36;
const APOSTROPHE = 39;
const OPEN_BRACKET = 91;

/** `[A-Za-z0-9_.\\]` and any character past ASCII (names may hold letters of any script). */
function isNameChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 92 ||
    code > 127
  );
}
