/**
 * Formulas as the file stores them. Functions added to Excel after 2007 are saved with an `_xlfn.` prefix
 * (dynamic-array ones with `_xlfn._xlws.`); written without it, Excel and LibreOffice read an unknown name
 * and show #NAME?. Callers write formulas as a user types them; this adds the prefixes.
 */

export const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    'ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT ' +
    'BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT ' +
    'CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC ' +
    'CSCH DAYS DECIMAL DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML ' +
    'FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR ' +
    'FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS IMAGE IMCOSH IMCOT IMCSC ' +
    'IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP ' +
    'MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV ' +
    'NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST ' +
    'QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SINGLE SKEW.P ' +
    'SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE TEXTJOIN ' +
    'TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P VAR.S VSTACK WEBSERVICE WEIBULL.DIST WORKDAY.INTL ' +
    'WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST'
  ).split(' '),
);

export const WORKSHEET_FUNCTIONS: ReadonlySet<string> = new Set(['FILTER', 'SORT']);

const QUOTE = 34;
const APOSTROPHE = 39;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PARENTHESIS = 40;

/**
 * A quick first test: one of those names, in any case, at the start of a name and followed by `(`. It may
 * also match inside a string literal or sheet name; only the walk below tells. A formula it does not match
 * (nearly every formula) is stored as typed, without being walked.
 */
const MAYBE_PREFIXED = new RegExp(
  `(?<![A-Za-z0-9_.])(?:${[...FUTURE_FUNCTIONS, ...WORKSHEET_FUNCTIONS].map((name) => name.replace(/\./g, '\\.')).join('|')})\\(`,
  'i',
);

/** The formula without a leading `=`, with file-format prefixes on post-2007 functions. */
export function fileFormula(formula: string): string {
  const text = formula.charCodeAt(0) === 61 /* = */ ? formula.slice(1) : formula;
  if (!MAYBE_PREFIXED.test(text)) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE || code === APOSTROPHE || code === OPEN_BRACKET) {
      i = skipQuoted(text, i);
      continue;
    }
    if (!isNameChar(code)) {
      i++;
      continue;
    }
    // A whole run of name characters: a function name when it starts like one and `(` follows.
    const start = i;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== OPEN_PARENTHESIS || !isNameStart(code)) continue;
    const upper = text.slice(start, i).toUpperCase();
    const prefix = FUTURE_FUNCTIONS.has(upper) ? '_xlfn.' : WORKSHEET_FUNCTIONS.has(upper) ? '_xlfn._xlws.' : '';
    if (!prefix) continue;
    out += text.slice(copied, start) + prefix + upper;
    copied = i;
  }
  return out + text.slice(copied);
}

/** `[A-Za-z_]`. */
function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** `[A-Za-z0-9_.]`. */
function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 46;
}

/** End of a string literal, quoted sheet name (doubled quotes escape) or bracketed structured reference. */
export function skipQuoted(text: string, start: number): number {
  const open = text.charCodeAt(start);
  if (open === OPEN_BRACKET) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === APOSTROPHE) i++;
      else if (code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACKET && --depth === 0) return i + 1;
    }
    return text.length;
  }
  for (let i = start + 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== open) continue;
    if (text.charCodeAt(i + 1) === open) i++;
    else return i + 1;
  }
  return text.length;
}
