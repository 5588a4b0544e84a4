/**
 * Writes a small but valid OLE compound file ([MS-CFB], version 3, 512-byte sectors) holding the named streams —
 * what Excel writes for a password-protected .xlsx («EncryptionInfo» and «EncryptedPackage», [MS-OFFCRYPTO] 2.3.4.4)
 * or an Excel 97–2003 workbook («Workbook», [MS-XLS] 2.1.2). Each stream gets 4096 bytes (the mini-stream cutoff),
 * so every stream lives in regular sectors and no mini stream is needed.
 */
const SECTOR = 512;
const STREAM_BYTES = 4096;
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

function directoryEntry(
  name: string,
  type: 1 | 2 | 5,
  start: number,
  size: number,
  child: number,
  right: number,
): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, "utf16le");
  entry.writeUInt16LE((name.length + 1) * 2, 0x40);
  entry[0x42] = type;
  entry[0x43] = 1; // black
  entry.writeUInt32LE(NOSTREAM, 0x44); // left sibling
  entry.writeUInt32LE(right, 0x48);
  entry.writeUInt32LE(child, 0x4c);
  entry.writeUInt32LE(start, 0x74);
  entry.writeUInt32LE(size, 0x78);
  return entry;
}

export function compoundFile(streams: string[]): Buffer {
  const sectorsPerStream = STREAM_BYTES / SECTOR;
  const directorySectors = Math.ceil((streams.length + 1) / 4);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts in sector 1
  header.writeUInt32LE(STREAM_BYTES, 0x38);
  header.writeUInt32LE(ENDOFCHAIN, 0x3c);
  header.writeUInt32LE(ENDOFCHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 0x4c + 4 * i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  for (let d = 0; d < directorySectors; d++)
    fat.writeUInt32LE(d === directorySectors - 1 ? ENDOFCHAIN : 2 + d, 4 * (1 + d));
  const firstData = 1 + directorySectors;
  streams.forEach((_, s) => {
    for (let k = 0; k < sectorsPerStream; k++) {
      const n = firstData + s * sectorsPerStream + k;
      fat.writeUInt32LE(k === sectorsPerStream - 1 ? ENDOFCHAIN : n + 1, 4 * n);
    }
  });

  const entries = [
    directoryEntry("Root Entry", 5, ENDOFCHAIN, 0, streams.length > 0 ? 1 : NOSTREAM, NOSTREAM),
    ...streams.map((name, s) =>
      directoryEntry(
        name,
        2,
        firstData + s * sectorsPerStream,
        STREAM_BYTES,
        NOSTREAM,
        s + 1 < streams.length ? s + 2 : NOSTREAM,
      ),
    ),
  ];
  const directory = Buffer.alloc(directorySectors * SECTOR);
  entries.forEach((e, i) => e.copy(directory, i * 128));
  const data = Buffer.alloc(streams.length * STREAM_BYTES, 0x5a);
  return Buffer.concat([header, fat, directory, data]);
}
