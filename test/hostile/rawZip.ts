import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip writer for the hostile corpus: it writes whatever it is told, including what a zip must not hold
 * (two entries of one name, names with `../`, a CRC or a size that lies, data that is not deflate), so the
 * tests can hand the adapter the damaged files it must refuse.
 */
export interface RawEntry {
  readonly name: string;
  /** The content before compression. */
  readonly data: Uint8Array | string;
  /** 8 (deflate, the default), 0 (stored) or anything else a file might claim. */
  readonly method?: number;
  /** What the directory claims instead of the truth. */
  readonly declaredSize?: number;
  readonly crc?: number;
  /** The stored bytes instead of the deflated content (damaged data). */
  readonly stored?: Uint8Array;
  readonly flags?: number;
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const method = entry.method ?? 8;
    const stored = entry.stored ? Buffer.from(entry.stored) : method === 0 ? content : deflateRawSync(content, { level: 9 });
    const name = Buffer.from(entry.name, 'utf8');
    const crc = entry.crc ?? crc32(content) >>> 0;
    const size = entry.declaredSize ?? content.length;
    const flags = entry.flags ?? 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, stored);
    central.push(header, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}
