/**
 * The names in the directory of an OLE compound file ([MS-CFB]), the container of Excel 97–2003 workbooks and of
 * password-protected .xlsx files alike. What it holds tells them apart: an .xls keeps its sheets in a «Workbook»
 * (Excel 97+) or «Book» (Excel 5) stream ([MS-XLS] 2.1.2); an encrypted .xlsx keeps the zip in an «EncryptedPackage»
 * stream beside «EncryptionInfo» ([MS-OFFCRYPTO] 2.3.4.4, 2.3.5). Only the header, the FAT and the directory are read.
 */
const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** [MS-CFB] 2.1: sector numbers above this are markers (ENDOFCHAIN, FREESECT, …). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY_BYTES = 128;
/** The header holds the first 109 FAT sector numbers; more are in DIFAT sectors ([MS-CFB] 2.2). */
const HEADER_DIFAT_ENTRIES = 109;

/** Names of the storages and streams of a compound file, or null when it is not one or is cut short. */
export function compoundEntryNames(file: Buffer): string[] | null {
  if (file.length < 512 || !file.subarray(0, 8).equals(SIGNATURE)) return null;
  const shift = file.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sector = (n: number): Buffer | null => {
    const start = (n + 1) * size;
    return n <= MAX_REGULAR_SECTOR && start + size <= file.length ? file.subarray(start, start + size) : null;
  };

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(file.readUInt32LE(0x4c + 4 * i));
  let difat = file.readUInt32LE(0x44);
  for (let seen = 0; difat <= MAX_REGULAR_SECTOR && seen < file.length / size; seen++) {
    const data = sector(difat);
    if (!data) return null;
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(data.readUInt32LE(4 * i));
    difat = data.readUInt32LE(size - 4);
  }
  const fatCount = file.readUInt32LE(0x2c);
  const fat: number[] = [];
  for (const n of fatSectors.filter((s) => s <= MAX_REGULAR_SECTOR).slice(0, fatCount)) {
    const data = sector(n);
    if (!data) return null;
    for (let i = 0; i < size / 4; i++) fat.push(data.readUInt32LE(4 * i));
  }

  const names: string[] = [];
  const visited = new Set<number>();
  for (let n = file.readUInt32LE(0x30); n <= MAX_REGULAR_SECTOR; n = fat[n] ?? Number.MAX_SAFE_INTEGER) {
    if (visited.has(n)) return null;
    visited.add(n);
    const data = sector(n);
    if (!data) return null;
    for (let at = 0; at + DIRECTORY_ENTRY_BYTES <= size; at += DIRECTORY_ENTRY_BYTES) {
      const type = data[at + 0x42];
      const length = data.readUInt16LE(at + 0x40);
      if (type === 0 || length < 2 || length > 64) continue;
      names.push(data.toString("utf16le", at, at + length - 2));
    }
  }
  return names.length > 0 ? names : null;
}
