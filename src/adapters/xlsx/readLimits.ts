/**
 * How much an .xlsx file may make this adapter inflate and hold, enforced while reading, so that a zip bomb
 * or a damaged directory is refused instead of exhausting memory. The defaults are generous for real
 * workbooks (a 10,000 × 156 candidate sheet is 40 MB of XML; sheets, even of a million identical rows, store
 * at about 1:10, because every row and cell carries its own number) and are stated in README; tests pass
 * smaller ones.
 */
export interface ReadLimits {
  /** The most one part may inflate to: its bytes, its text and what is read from it must fit in 1 GB together. */
  readonly partBytes: number;
  /** The most all parts read from one package may inflate to together. */
  readonly totalBytes: number;
  /** The most a part may inflate to, as a multiple of its stored size, once past `ratioGraceBytes`. */
  readonly ratio: number;
  /** Parts up to this size are not held to `ratio`: a small part that compresses well harms nobody. */
  readonly ratioGraceBytes: number;
  /** The most zip entries a package may hold (what a zip without zip64 can hold). */
  readonly entries: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  partBytes: 256 * MIB,
  totalBytes: 1024 * MIB,
  ratio: 200,
  ratioGraceBytes: MIB,
  entries: 65_535,
};
