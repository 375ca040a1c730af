import { XML_ESCAPES } from './xmlText';

/**
 * A growing buffer of UTF-8 bytes, for a part too large to build as a string first (a worksheet of tens of
 * thousands of cells): text goes straight into the bytes the zip stores, XML-escaped on the way where asked.
 * The bytes are exactly TextEncoder's for the same text, a lone surrogate included (it becomes U+FFFD).
 */
export class Utf8Writer {
  private buffer: Uint8Array;
  /** Where the written bytes start: room may be left before them for a beginning known only at the end. */
  private readonly start: number;
  private end: number;

  /**
   * `capacity` is a first guess at the size (the buffer grows past it); memory that is allocated but never
   * written costs next to nothing, so a generous guess saves copying as the buffer grows.
   */
  constructor(capacity = 1 << 16, roomBefore = 0) {
    this.buffer = new Uint8Array(roomBefore + capacity);
    this.start = roomBefore;
    this.end = roomBefore;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.end - this.start;
  }

  /** Drops everything written after the first `length` bytes. */
  truncate(length: number): void {
    this.end = Math.min(this.end, this.start + length);
  }

  /** Appends text as it is. */
  text(text: string): void {
    this.write(text, false);
  }

  /** Appends text escaped for element content or a double-quoted attribute, as escapeXml does. */
  escaped(text: string): void {
    this.write(text, true);
  }

  /**
   * The bytes written, after `before`, which is put in the room left before them (so nothing is copied but
   * `before`): a view of the buffer, valid until the next write.
   */
  result(before: Uint8Array = EMPTY): Uint8Array {
    if (before.length > this.start) throw new Error(`No room for ${before.length} bytes before the written ones`);
    const from = this.start - before.length;
    this.buffer.set(before, from);
    return this.buffer.subarray(from, this.end);
  }

  private write(text: string, escape: boolean): void {
    const length = text.length;
    // At most 6 bytes per UTF-16 unit (`&quot;`); a surrogate pair takes 4 for its two units.
    if (this.end + length * 6 > this.buffer.length) this.grow(length * 6);
    const bytes = this.buffer;
    let at = this.end;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        const entity = escape && code < ENTITY_BYTES.length ? ENTITY_BYTES[code] : undefined;
        if (entity === undefined) {
          bytes[at++] = code;
        } else {
          for (let k = 0; k < entity.length; k++) bytes[at++] = entity[k];
        }
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code <= 0xdfff) {
          const low = text.charCodeAt(i + 1);
          if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            i++;
            bytes[at++] = 0xf0 | (code >> 18);
            bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
            bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
            bytes[at++] = 0x80 | (code & 0x3f);
            continue;
          }
          code = 0xfffd;
        }
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.end = at;
  }

  /** Makes room for `count` more bytes. */
  private grow(count: number): void {
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.end + count));
    grown.set(this.buffer.subarray(0, this.end));
    this.buffer = grown;
  }
}

const EMPTY = new Uint8Array(0);

/** What escapeXml writes for each character it escapes, by char code. */
const ENTITY_BYTES: readonly (Uint8Array | undefined)[] = (() => {
  const byCode: (Uint8Array | undefined)[] = [];
  for (const [ch, entity] of Object.entries(XML_ESCAPES)) byCode[ch.charCodeAt(0)] = Uint8Array.from(entity, (c) => c.charCodeAt(0));
  return Array.from(byCode);
})();
