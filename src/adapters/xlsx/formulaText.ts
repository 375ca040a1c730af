/**
 * Formulas as the file stores them. Functions added to Excel after 2007 are saved with an `_xlfn.` prefix
 * (dynamic-array ones with `_xlfn._xlws.`); written without it, Excel and LibreOffice read an unknown name
 * and show #NAME?. Callers write formulas as a user types them; this adds the prefixes.
 */

const FUTURE_FUNCTIONS = new Set(
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

const WORKSHEET_FUNCTIONS = new Set(['FILTER', 'SORT']);

const FUNCTION_NAME = /[A-Za-z_][A-Za-z0-9_.]*(?=\()/y;

/** The formula without a leading `=`, with file-format prefixes on post-2007 functions. */
export function fileFormula(formula: string): string {
  const text = formula.replace(/^=/, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '[') {
      const end = skipQuoted(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    FUNCTION_NAME.lastIndex = i;
    const name = /[A-Za-z_]/.test(ch) && !/[A-Za-z0-9_.]/.test(text[i - 1] ?? '') ? FUNCTION_NAME.exec(text) : null;
    if (name) {
      const upper = name[0].toUpperCase();
      const prefix = FUTURE_FUNCTIONS.has(upper) ? '_xlfn.' : WORKSHEET_FUNCTIONS.has(upper) ? '_xlfn._xlws.' : '';
      out += prefix ? prefix + upper : name[0];
      i += name[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** End of a string literal, quoted sheet name (doubled quotes escape) or bracketed structured reference. */
function skipQuoted(text: string, start: number): number {
  const open = text[start];
  if (open === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === "'") i++;
      else if (text[i] === '[') depth++;
      else if (text[i] === ']' && --depth === 0) return i + 1;
    }
    return text.length;
  }
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== open) continue;
    if (text[i + 1] === open) i++;
    else return i + 1;
  }
  return text.length;
}
