import { deflateSync, Inflate } from 'fflate';
import { DEFAULT_READ_LIMITS, ReadLimits } from './readLimits';
import { byteSize, XlsxError } from './xlsxError';

/**
 * The zip container of an OOXML package. Reading only parses the central directory; a part is inflated
 * when asked for. Writing copies every unchanged entry's compressed bytes as they are, so parts this
 * adapter does not edit leave byte-for-byte identical, and only new or edited parts are deflated.
 */

interface StoredEntry {
  readonly name: string;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
  readonly localHeaderOffset: number;
}

const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;
/** New parts get Excel's own fixed timestamp, so the same input and changes always give the same bytes. */
const DOS_DATE_1980_01_01 = (1 << 5) | 1;

export class ZipPackage {
  private readonly entries: StoredEntry[];
  private readonly byName = new Map<string, StoredEntry>();
  /**
   * Local header offsets of the entries whose data has been inflated and checked, or that this module wrote:
   * their CRC and size are known to be right. Kept per byte array, so a package read and then written from the
   * same bytes (as `sib invoice` and the pane do), or written and then written again (the pane's second build),
   * is not inflated a second time to check what is already known.
   */
  private readonly verified: Set<number>;
  /** Parts `prepare` inflated and checked, by local header offset, until `read` takes them. */
  private readonly prepared = new Map<number, Uint8Array>();
  private readonly preparing = new Map<number, Promise<void>>();
  private inflatedBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
  ) {
    this.entries = readCentralDirectory(bytes, limits);
    this.verified = verifiedEntries.get(bytes) ?? new Set();
    verifiedEntries.set(bytes, this.verified);
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      if (this.byName.has(key)) throw new XlsxError('zip.duplicate', { part: entry.name });
      this.byName.set(key, entry);
    }
  }

  /** Part names in the order the package stores them. */
  names(): string[] {
    return this.entries.map((entry) => entry.name);
  }

  /** OPC part names compare case-insensitively. */
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The part's bytes, inflated within the read limits and checked against its size and CRC. */
  read(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const prepared = this.prepared.get(entry.localHeaderOffset);
    if (prepared === undefined) return this.inflated(entry);
    this.prepared.delete(entry.localHeaderOffset);
    return prepared;
  }

  /**
   * Inflates a large part ahead of `read`, where the platform has a native streaming inflater but no zlib (a
   * browser or Office's web view): there fflate's JavaScript inflater takes three times as long on a large
   * sheet. The same limits and checks apply, and the stream is cancelled once it passes the declared size.
   * The next `read` of the part takes the content; elsewhere this does nothing.
   */
  async prepare(name: string): Promise<void> {
    const entry = this.byName.get(name.toLowerCase());
    if (entry === undefined || entry.method !== DEFLATED || entry.size < NATIVE_INFLATE_FROM || !nativeInflateAvailable()) return;
    const offset = entry.localHeaderOffset;
    let preparing = this.preparing.get(offset);
    if (preparing === undefined) {
      // Two reads of one part at once (a check reading sheets side by side) share one inflation.
      this.checkLimits(entry);
      preparing = inflateNatively(this.compressedData(entry), entry.size + 1).then((content) => {
        this.prepared.set(offset, this.checked(entry, content));
      });
      this.preparing.set(offset, preparing);
      preparing.finally(() => this.preparing.delete(offset)).catch(() => undefined);
    }
    await preparing;
  }

  text(name: string): string | undefined {
    const data = this.read(name);
    return data && utf8Decoder.decode(data);
  }

  /**
   * A new package: this one's entries in their order, with `replace` swapping the content of existing parts
   * (matched case-insensitively) and `add` appended after them. Content is text, or bytes already encoded.
   * An entry copied as it is is first checked (inflated within the limits, its CRC compared), so a damaged
   * part never passes into a new file unnoticed.
   */
  rewrite(replace: ReadonlyMap<string, PartContent>, add: ReadonlyMap<string, PartContent>): Uint8Array {
    const replacements = new Map([...replace].map(([name, content]) => [name.toLowerCase(), content]));
    const writer = new ZipWriter();
    for (const entry of this.entries) {
      const content = replacements.get(entry.name.toLowerCase());
      if (content === undefined) {
        if (!this.verified.has(entry.localHeaderOffset)) this.inflated(entry);
        writer.copy(entry, this.compressedData(entry));
      } else {
        writer.add(entry.name, encoded(content));
      }
    }
    for (const [name, content] of add) {
      if (this.has(name)) throw new Error(`The package already has a part named ${name}`);
      writer.add(name, encoded(content));
    }
    return writer.finish();
  }

  private inflated(entry: StoredEntry): Uint8Array {
    this.checkLimits(entry);
    const data = this.compressedData(entry);
    return this.checked(entry, entry.method === STORED ? data : inflateRaw(data, entry.size));
  }

  /** Refuses a part whose declared size breaks the read limits, before anything is inflated. */
  private checkLimits({ name, size, compressedSize }: StoredEntry): void {
    const limits = this.limits;
    if (size > limits.partBytes)
      throw new XlsxError('zip.partTooLarge', { part: name, size: byteSize(size), limit: byteSize(limits.partBytes) });
    if (size > limits.ratioGraceBytes && size > compressedSize * limits.ratio)
      throw new XlsxError('zip.ratio', { part: name, ratio: Math.floor(size / Math.max(1, compressedSize)), limit: limits.ratio });
    if (this.inflatedBytes + size > limits.totalBytes) throw new XlsxError('zip.totalTooLarge', { limit: byteSize(limits.totalBytes) });
  }

  /** The part's content once it is shown to have the declared size and CRC (undefined: it could not be inflated). */
  private checked(entry: StoredEntry, content: Uint8Array | undefined): Uint8Array {
    const { name, size } = entry;
    if (content === undefined) throw new XlsxError('zip.partDamaged', { part: name });
    if (content.length !== size) throw new XlsxError('zip.sizeMismatch', { part: name, declared: size });
    if (crc32(content) !== entry.crc) throw new XlsxError('zip.checksum', { part: name });
    this.inflatedBytes += size;
    this.verified.add(entry.localHeaderOffset);
    return content;
  }

  /** The entry's stored bytes, after a local header that must agree with the directory. */
  private compressedData(entry: StoredEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    const bytes = this.bytes;
    if (at + 30 > bytes.length || readUint32(bytes, at) !== 0x04034b50) throw new XlsxError('zip.entryDamaged', { part: entry.name });
    const nameLength = readUint16(bytes, at + 26);
    const start = at + 30 + nameLength + readUint16(bytes, at + 28);
    const localName = utf8Decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    if (localName !== entry.name || start + entry.compressedSize > bytes.length)
      throw new XlsxError('zip.entryDamaged', { part: entry.name });
    return bytes.subarray(start, start + entry.compressedSize);
  }
}

const verifiedEntries = new WeakMap<Uint8Array, Set<number>>();

/** A part's new content: XML text, or its UTF-8 bytes. */
export type PartContent = string | Uint8Array;

function encoded(content: PartContent): Uint8Array {
  return typeof content === 'string' ? utf8Encoder.encode(content) : content;
}

/** A package made of the given text parts, in order. */
export function zipTextParts(parts: ReadonlyMap<string, string>): Uint8Array {
  const writer = new ZipWriter();
  for (const [name, text] of parts) writer.add(name, utf8Encoder.encode(text));
  return writer.finish();
}

/**
 * Node's own zlib where there is one: on a 40 MB sheet it inflates in about a quarter of fflate's time, and
 * deflates a new sheet in a tenth. It is looked up at run time, not imported, so browser bundles carry only fflate.
 */
const nodeZlib = typeof process === 'object' ? process.getBuiltinModule?.('zlib') : undefined;

/**
 * A part's content, inflated to at most `size` + 1 bytes (one more shows that the directory understated it);
 * undefined when the data cannot be inflated. It never inflates further than that, whatever the data holds.
 */
function inflateRaw(data: Uint8Array, size: number): Uint8Array | undefined {
  try {
    if (nodeZlib) return nodeZlib.inflateRawSync(data, { maxOutputLength: size + 1, chunkSize: Math.max(64, size + 1) });
    return inflateInChunks(data, size + 1);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error === TOO_LARGE) return new Uint8Array(size + 1);
    return undefined;
  }
}

const TOO_LARGE = new Error('inflated past the declared size');

/** Below this a part inflates in milliseconds either way, and `prepare` leaves it to `read`. */
const NATIVE_INFLATE_FROM = 1 << 20;

let nativeInflate: boolean | undefined;

/** Where there is no zlib, whether the platform's DecompressionStream knows raw deflate (Safari before 16.4 does not). */
function nativeInflateAvailable(): boolean {
  if (nativeInflate === undefined) {
    nativeInflate = false;
    try {
      if (!nodeZlib && typeof DecompressionStream === 'function') {
        new DecompressionStream('deflate-raw');
        nativeInflate = true;
      }
    } catch {
      // A format the platform does not know is a TypeError: fflate inflates instead.
    }
  }
  return nativeInflate;
}

/**
 * The platform's DecompressionStream, read until the output passes `limit` (then cancelled: what a bomb holds
 * beyond the declared size is never inflated) or the data ends; undefined when the data cannot be inflated.
 * Exported for its test.
 */
export async function inflateNatively(data: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
  const out = new Uint8Array(limit);
  let length = 0;
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out.subarray(0, length);
      if (length + value.length > limit) {
        await reader.cancel();
        return out;
      }
      out.set(value, length);
      length += value.length;
    }
  } catch {
    return undefined;
  }
}

/**
 * fflate's streaming inflater (the browser's, where there is no zlib) fed 64 KiB at a time, so inflating stops
 * as soon as the output passes `limit`. Exported for its test.
 */
export function inflateInChunks(data: Uint8Array, limit: number): Uint8Array {
  const out = new Uint8Array(limit);
  let length = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > limit) throw TOO_LARGE;
    out.set(chunk, length);
    length += chunk.length;
    ended ||= final;
  });
  const step = 1 << 16;
  for (let at = 0; at < data.length; at += step) inflater.push(data.subarray(at, at + step), at + step >= data.length);
  if (!ended) throw new Error('The deflate data ends early');
  return out.subarray(0, length);
}

/**
 * New parts are deflated at a fast level: a large sheet of formulas comes out about a fifth larger than at
 * zlib's default level, in a quarter of the time. The same content still always gives the same bytes.
 */
const NEW_PART_LEVEL = 2;

const deflateRaw: (data: Uint8Array) => Uint8Array = nodeZlib
  ? (data) => nodeZlib.deflateRawSync(data, { level: NEW_PART_LEVEL })
  : (data) => deflateSync(data, { level: NEW_PART_LEVEL });

const crc32: (data: Uint8Array) => number = nodeZlib?.crc32 ? (data) => nodeZlib.crc32(data) >>> 0 : tableCrc32;

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

function readCentralDirectory(bytes: Uint8Array, limits: ReadLimits): StoredEntry[] {
  if (bytes.length >= 8 && readUint32(bytes, 0) === 0xe011cfd0 && readUint32(bytes, 4) === 0xe11ab1a1)
    throw new XlsxError('file.oldOrEncrypted');
  const eocd = findEndOfCentralDirectory(bytes);
  let count = readUint16(bytes, eocd + 10);
  let offset = readUint32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || readUint32(bytes, locator) !== 0x07064b50) throw new XlsxError('zip.damaged');
    const record = readUint64(bytes, locator + 8);
    if (record + 56 > bytes.length || readUint32(bytes, record) !== 0x06064b50) throw new XlsxError('zip.damaged');
    count = readUint64(bytes, record + 32);
    offset = readUint64(bytes, record + 48);
  }
  if (count > limits.entries) throw new XlsxError('zip.tooManyEntries', { count, limit: limits.entries });
  const entries: StoredEntry[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || readUint32(bytes, at) !== 0x02014b50) throw new XlsxError('zip.damaged');
    const flags = readUint16(bytes, at + 8);
    const method = readUint16(bytes, at + 10);
    const nameLength = readUint16(bytes, at + 28);
    const extraLength = readUint16(bytes, at + 30);
    const commentLength = readUint16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw new XlsxError('zip.damaged');
    const name = utf8Decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (!isSafeEntryName(name)) throw new XlsxError('zip.unsafeName', { part: name });
    if (flags & FLAG_ENCRYPTED) throw new XlsxError('zip.encrypted', { part: name });
    if (method !== STORED && method !== DEFLATED) throw new XlsxError('zip.method', { part: name, method });
    const sizes = {
      size: readUint32(bytes, at + 24),
      compressedSize: readUint32(bytes, at + 20),
      localHeaderOffset: readUint32(bytes, at + 42),
    };
    readZip64Sizes(bytes, at + 46 + nameLength, extraLength, sizes);
    entries.push({
      name,
      versionMadeBy: readUint16(bytes, at + 4),
      versionNeeded: readUint16(bytes, at + 6),
      flags,
      method,
      time: readUint16(bytes, at + 12),
      date: readUint16(bytes, at + 14),
      crc: readUint32(bytes, at + 16),
      internalAttrs: readUint16(bytes, at + 36),
      externalAttrs: readUint32(bytes, at + 38),
      ...sizes,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An OPC part name as a zip entry: relative, `/`-separated, with no `.` or `..` segment, no backslash, drive
 * or control character. Anything else could name a path outside the package when a program unpacks it.
 */
function isSafeEntryName(name: string): boolean {
  if (name === '' || name.startsWith('/') || /[\\\u0000-\u001f]|^[A-Za-z]:/.test(name)) return false;
  const segments = name.endsWith('/') ? name.slice(0, -1).split('/') : name.split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (readUint32(bytes, at) === 0x06054b50) return at;
  }
  // A file that starts as a zip but has no directory at its end is a zip cut short (an interrupted copy).
  throw new XlsxError(bytes.length >= 4 && readUint32(bytes, 0) === 0x04034b50 ? 'zip.damaged' : 'file.notZip');
}

/** Sizes saturated at 0xFFFFFFFF are in the zip64 extra field, in this order. */
function readZip64Sizes(
  bytes: Uint8Array,
  extraStart: number,
  extraLength: number,
  sizes: { size: number; compressedSize: number; localHeaderOffset: number },
): void {
  const keys = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter((key) => sizes[key] === 0xffffffff);
  if (keys.length === 0) return;
  for (let at = extraStart; at + 4 <= extraStart + extraLength; at += 4 + readUint16(bytes, at + 2)) {
    if (readUint16(bytes, at) !== 0x0001) continue;
    keys.forEach((key, i) => (sizes[key] = readUint64(bytes, at + 4 + 8 * i)));
    return;
  }
  throw new XlsxError('zip.damaged');
}

class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  /** Every entry written is right by construction: added from its content, or copied once checked. */
  private readonly localHeaderOffsets = new Set<number>();
  private offset = 0;
  private count = 0;

  copy(entry: StoredEntry, data: Uint8Array): void {
    this.push(entry.name, { ...entry, flags: entry.flags & ~FLAG_DATA_DESCRIPTOR, compressedSize: data.length }, data);
  }

  add(name: string, content: Uint8Array): void {
    const data = deflateRaw(content);
    this.push(
      name,
      {
        versionMadeBy: 20,
        versionNeeded: 20,
        flags: FLAG_UTF8,
        method: DEFLATED,
        time: 0,
        date: DOS_DATE_1980_01_01,
        crc: crc32(content),
        compressedSize: data.length,
        size: content.length,
        internalAttrs: 0,
        externalAttrs: 0,
      },
      data,
    );
  }

  finish(): Uint8Array {
    const directorySize = this.central.reduce((sum, chunk) => sum + chunk.length, 0);
    if (this.count > 0xfffe || this.offset + directorySize > 0xfffffffe) throw new XlsxError('zip.outputTooLarge');
    const end = new Uint8Array(22);
    writeUint32(end, 0, 0x06054b50);
    writeUint16(end, 8, this.count);
    writeUint16(end, 10, this.count);
    writeUint32(end, 12, directorySize);
    writeUint32(end, 16, this.offset);
    const bytes = concat([...this.chunks, ...this.central, end]);
    verifiedEntries.set(bytes, this.localHeaderOffsets);
    return bytes;
  }

  private push(name: string, header: Omit<StoredEntry, 'name' | 'localHeaderOffset'>, data: Uint8Array): void {
    this.localHeaderOffsets.add(this.offset);
    const nameBytes = utf8Encoder.encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    writeUint32(local, 0, 0x04034b50);
    writeUint16(local, 4, header.versionNeeded);
    writeUint16(local, 6, header.flags);
    writeUint16(local, 8, header.method);
    writeUint16(local, 10, header.time);
    writeUint16(local, 12, header.date);
    writeUint32(local, 14, header.crc);
    writeUint32(local, 18, header.compressedSize);
    writeUint32(local, 22, header.size);
    writeUint16(local, 26, nameBytes.length);
    local.set(nameBytes, 30);

    const central = new Uint8Array(46 + nameBytes.length);
    writeUint32(central, 0, 0x02014b50);
    writeUint16(central, 4, header.versionMadeBy);
    writeUint16(central, 6, header.versionNeeded);
    writeUint16(central, 8, header.flags);
    writeUint16(central, 10, header.method);
    writeUint16(central, 12, header.time);
    writeUint16(central, 14, header.date);
    writeUint32(central, 16, header.crc);
    writeUint32(central, 20, header.compressedSize);
    writeUint32(central, 24, header.size);
    writeUint16(central, 28, nameBytes.length);
    writeUint16(central, 36, header.internalAttrs);
    writeUint32(central, 38, header.externalAttrs);
    writeUint32(central, 42, this.offset);
    central.set(nameBytes, 46);

    this.chunks.push(local, data);
    this.central.push(central);
    this.offset += local.length + data.length;
    this.count++;
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function tableCrc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function readUint64(bytes: Uint8Array, at: number): number {
  return readUint32(bytes, at) + readUint32(bytes, at + 4) * 0x100000000;
}

function writeUint16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  writeUint16(bytes, at, value & 0xffff);
  writeUint16(bytes, at + 2, (value >>> 16) & 0xffff);
}
