/**
 * Formulas as a user types them, which is how `Range.formulas` and `NamedItemCollection.add` take them.
 * The file format's `_xlfn.` and `_xlfn._xlws.` prefixes on newer functions are dropped: they belong to
 * saved files, and a typed formula names the function plainly. Text in quotes and brackets is left alone.
 */

const PREFIX = /(?<![\w.\\])_xlfn\.(?:_xlws\.)?/gi;

export function typedFormula(formula: string): string {
  let out = '';
  let plain = '';
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === '[') {
      const end = quotedEnd(formula, i);
      out += plain.replace(PREFIX, '') + formula.slice(i, end);
      plain = '';
      i = end;
    } else {
      plain += ch;
      i++;
    }
  }
  return out + plain.replace(PREFIX, '');
}

/** End of a string literal or quoted sheet name (a doubled quote escapes) or a bracketed structured reference. */
function quotedEnd(text: string, start: number): number {
  if (text[start] === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === "'") i++;
      else if (text[i] === '[') depth++;
      else if (text[i] === ']' && --depth === 0) return i + 1;
    }
    return text.length;
  }
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i + 1;
  }
  return text.length;
}
