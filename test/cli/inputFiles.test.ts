/**
 * What the command line says about a file before reading it: an OLE compound file is an old .xls or a
 * password-protected .xlsx, told apart by the streams in its directory ([MS-CFB], [MS-OFFCRYPTO]).
 */
import { readFileSync, writeFileSync } from "fs";
import fc from "fast-check";
import { join } from "path";
import { compoundEntryNames } from "../../src/files/compoundFile";
import { checkFiles } from "../../src/cli/inputFiles";
import { compoundFile } from "../helpers/compoundFile";
import { tempFolder } from "../helpers/workbooks";

const folder = tempFolder("shnor-input-");
/** Saved by LibreOffice Calc 7.4 as «Excel 97–2003» from a one-cell workbook. */
const REAL_XLS = join(__dirname, "fixtures", "libreoffice-97-2003.xls");

describe("compound file directory", () => {
  it("lists the streams of a real .xls saved by LibreOffice (a «Workbook» stream)", () => {
    expect(compoundEntryNames(readFileSync(REAL_XLS))).toEqual(expect.arrayContaining(["Root Entry", "Workbook"]));
  });

  it("lists the streams of an encrypted workbook as Excel writes it", () => {
    const names = compoundEntryNames(compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
    expect(names).toEqual(["Root Entry", "\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
  });

  it("is null for a file cut short or not a compound file at all, never an exception", () => {
    expect(compoundEntryNames(compoundFile(["EncryptedPackage"]).subarray(0, 700))).toBeNull();
    expect(compoundEntryNames(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
    expect(compoundEntryNames(Buffer.from("PK\u0003\u0004"))).toBeNull();
  });

  it("reads any bytes after the signature without an exception", () => {
    const valid = compoundFile(["EncryptedPackage"]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(valid.length), (noise, at) => {
        const bytes = Buffer.concat([valid.subarray(0, at), Buffer.from(noise)]);
        const names = compoundEntryNames(bytes);
        expect(names === null || Array.isArray(names)).toBe(true);
      }),
    );
  });
});

describe("checkFiles", () => {
  const out = join(folder, "отчёты.xlsx");

  it("calls a password-protected .xlsx protected and says how to remove the password in Excel", () => {
    const path = join(folder, "План 2021 (пароль).xlsx");
    writeFileSync(path, compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
    const [message] = checkFiles([path], out);
    expect(message).toMatch(/защищён паролем/);
    expect(message).toContain("Файл → Сведения → Защита книги → Зашифровать с использованием пароля");
    expect(message).not.toMatch(/сохраните как \.xlsx/);
  });

  it("keeps «сохраните как .xlsx» for a real old .xls, whatever its extension", () => {
    const renamed = join(folder, "ООНОР.xlsx");
    writeFileSync(renamed, compoundFile(["Workbook", "\u0005SummaryInformation"]));
    expect(checkFiles([REAL_XLS], out)).toEqual([
      expect.stringMatching(/старом формате Excel 97–2003.*сохраните как \.xlsx/),
    ]);
    expect(checkFiles([renamed], out)).toEqual([expect.stringMatching(/старом формате Excel 97–2003/)]);
  });

  it("says a compound file without a workbook (a Word document) is no workbook", () => {
    const path = join(folder, "письмо.xlsx");
    writeFileSync(path, compoundFile(["WordDocument", "1Table"]));
    expect(checkFiles([path], out)).toEqual([expect.stringMatching(/не книга Excel/)]);
  });
});
