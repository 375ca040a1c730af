import { EngineError, engineError } from './errors';
import { MessageKey } from './messages';
import { excelTrim, NUMBER_TEXT, STATUS_WORDS, spellingsOf } from './statusGrammar';

/**
 * Why status text is not in the grammar (statusGrammar.ts), naming what is wrong: the first character a
 * person cannot see or tell apart (a non-breaking space, a tab, a zero-width space, full-width letters),
 * a word in mixed case, or number-like text with a sign, an exponent, separators or a percent sign the
 * grammar does not read. Only for text the grammar has already refused.
 */
export function statusTextError(text: string): EngineError {
  const value = visibleText(text);
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const key = characterFlaw(code);
    if (key) return engineError('#VALUE!', key, { value, code: codePointLabel(code) });
  }
  const word = STATUS_WORDS.full.concat(STATUS_WORDS.partial, STATUS_WORDS.none).find((each) => each === excelTrim(text).toUpperCase());
  if (word) return engineError('#VALUE!', 'status.wordCase', { value, spellings: spellingsOf(word).join(', ') });
  const numberFlaw = numberTextFlaw(text.split(NUMBER_TEXT.space).join(''));
  return engineError('#VALUE!', numberFlaw ?? 'status.unknown', { value });
}

const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const OTHER_SPACES = new Set([0x000b, 0x000c, 0x1680, 0x202f, 0x205f, 0x3000]);
const LINE_BREAKS = new Set([0x000a, 0x000d, 0x0085, 0x2028, 0x2029]);

function characterFlaw(code: number): MessageKey | undefined {
  if (code === 0x00a0) return 'status.nonBreakingSpace';
  if (code === 0x0009) return 'status.tab';
  if (LINE_BREAKS.has(code)) return 'status.lineBreak';
  if (ZERO_WIDTH.has(code)) return 'status.zeroWidth';
  if (OTHER_SPACES.has(code) || (code >= 0x2000 && code <= 0x200a)) return 'status.otherSpace';
  if (code >= 0xff01 && code <= 0xff5e) return 'status.fullWidth';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'status.control';
  return undefined;
}

/** For number-like text: what the grammar does not read in it; undefined when it is not number-like at all. */
function numberTextFlaw(compact: string): MessageKey | undefined {
  if (!/^[0-9.,%+\-eE]*$/.test(compact) || !/[0-9]/.test(compact)) return undefined;
  if (/[eE]/.test(compact)) return 'status.exponent';
  if (/[+-]/.test(compact)) return 'status.sign';
  if ((compact.match(/[.,]/g)?.length ?? 0) > 1) return 'status.separators';
  if (compact.indexOf(NUMBER_TEXT.percent) >= 0 && compact.indexOf(NUMBER_TEXT.percent) !== compact.length - 1) return 'status.percent';
  return (compact.match(/[0-9]/g)?.length ?? 0) > NUMBER_TEXT.maxDigits ? 'status.digits' : undefined;
}

/** `U+00A0`. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every character one cannot see or tell from a space written as `⟨U+00A0⟩`. */
export function visibleText(text: string): string {
  let shown = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const flaw = characterFlaw(code);
    shown += flaw && flaw !== 'status.fullWidth' ? `⟨${codePointLabel(code)}⟩` : character;
  }
  return shown;
}
