import fc from "fast-check";
import { parseProcedureHeader, procedureKey, readYear } from "../../../src/core/identification/procedureHeader";

describe("parseProcedureHeader", () => {
  test.each([
    ["ВПР-2021 рус 5 доля 2", "ВПР рус 5", 2021, "share"],
    ["ВПР-2022 рус 5 доля 2", "ВПР рус 5", 2022, "share"],
    ["ВПР-2021 рус 5", "ВПР рус 5", 2021, "share"],
    ["ОГЭ 2022 математика, доля «2», %", "ОГЭ математика", 2022, "share"],
    ["ВПР 2021 мат 5 получили «2»", "ВПР мат 5", 2021, "failed"],
    ["ВПР 2021 мат 5 участников", "ВПР мат 5", 2021, "participants"],
    ["ВПР 5 класс, русский язык (2023)", "ВПР 5 класс, русский язык", 2023, "share"],
  ])("«%s» → %s, %d, %s", (header, procedure, year, measure) => {
    const parsed = parseProcedureHeader(header)!;
    expect(parsed).not.toBeNull();
    expect(parsed.year).toBe(year);
    expect(parsed.measure).toBe(measure);
    expect(parsed.procedure).toBe(procedure);
  });

  test("one procedure in different years has one key", () => {
    expect(parseProcedureHeader("ВПР-2021 рус 5 доля 2")!.procedureKey).toBe(
      parseProcedureHeader("впр 2022 рус 5")!.procedureKey,
    );
    expect(parseProcedureHeader("ВПР-2021 рус 5")!.procedureKey).not.toBe(
      parseProcedureHeader("ВПР-2021 рус 6")!.procedureKey,
    );
  });

  test.each(["ВПР рус 5", "2021", "ВПР 2021-2022 рус 5", "", "Доля «2», %"])(
    "«%s» names no single year and procedure",
    (header) => {
      expect(parseProcedureHeader(header)).toBeNull();
    },
  );

  test("any text: no exception", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseProcedureHeader(s);
        if (p) expect(p.procedureKey).toBe(procedureKey(p.procedure));
      }),
    );
  });
});

test("readYear", () => {
  expect(readYear(2021)).toBe(2021);
  expect(readYear("2022 год")).toBe(2022);
  expect(readYear("2022 г.")).toBe(2022);
  expect(readYear("2021-2022")).toBeNull();
  expect(readYear(44562)).toBeNull();
});
