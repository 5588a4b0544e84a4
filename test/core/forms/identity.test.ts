import fc from "fast-check";
import { mustDayOf } from "../../../src/core/calendar";
import type { Cell, SheetGrid } from "../../../src/core/cell";
import {
  fingerprint,
  type FormIdentity,
  IDENTITY_SHEET_NAME,
  identityRows,
  isIdentitySheet,
  readIdentity,
} from "../../../src/core/forms/identity";

const IDENTITY: FormIdentity = {
  plan: "Дорожная карта по поддержке ШНОР на 2021 год",
  period: { start: mustDayOf(2021, 1, 1), end: mustDayOf(2021, 12, 31) },
  municipality: "Калачинский муниципальный район",
  quarter: { year: 2021, quarter: 3 },
  due: mustDayOf(2021, 10, 5),
  made: mustDayOf(2021, 9, 20),
  items: [
    { number: "1.1", fingerprint: fingerprint("Назначение муниципальных координаторов") },
    { number: "2", fingerprint: fingerprint("Мониторинг результатов реализации электронных дорожных карт") },
  ],
};

function grid(cells: Cell[][], name = IDENTITY_SHEET_NAME): SheetGrid {
  return { name, cells, origin: { row: 0, col: 0 }, merges: [] };
}

describe("fingerprint", () => {
  it("ignores case, «ё», punctuation and spaces, but not a changed word", () => {
    const base = fingerprint("Проведение совещания с руководителями ОО");
    expect(fingerprint("  проведение  совещания с руководителями ОО.")).toBe(base);
    expect(fingerprint("Проведение совещания с директорами ОО")).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("identity: written and read back", () => {
  it("reads back what it wrote", () => {
    const rows = identityRows(IDENTITY);
    expect(isIdentitySheet(grid(rows))).toBe(true);
    expect(readIdentity(grid(rows))).toEqual({ kind: "identity", identity: IDENTITY });
  });

  it("keeps every value as text, so no office suite turns it into a number or a date", () => {
    expect(
      identityRows(IDENTITY)
        .flat()
        .every((c) => typeof c === "string"),
    ).toBe(true);
  });

  it("is recognised under the name a run gives a second file's sheet", () => {
    expect(
      isIdentitySheet({
        ...grid(identityRows(IDENTITY)),
        name: `${IDENTITY_SHEET_NAME} [Форма 2.xlsx]`,
        ownName: IDENTITY_SHEET_NAME,
      }),
    ).toBe(true);
    expect(isIdentitySheet(grid(identityRows(IDENTITY), "Лист1"))).toBe(false);
    expect(isIdentitySheet(grid([["Параметр", "Значение"]]))).toBe(false);
  });

  it("tells a changed period with its cell", () => {
    const rows = identityRows(IDENTITY).map((r) => (r[0] === "Период плана" ? ["Период плана", "2021 год"] : r));
    const read = readIdentity(grid(rows));
    expect(read.kind).toBe("damaged");
    if (read.kind === "damaged") {
      expect(read.problem).toMatchObject({ sheet: IDENTITY_SHEET_NAME, row: 4, col: 1 });
      expect(read.problem.message).toContain("период плана «2021 год» не прочитан");
    }
  });

  it("never throws, whatever the cells (fast-check)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("Вид", "Пункт", "Квартал", "Форма МОУО, версия 1"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), (cells) => {
        const read = readIdentity(grid(cells));
        expect(["identity", "damaged"]).toContain(read.kind);
      }),
    );
  });
});
