import fc from "fast-check";
import {
  markerReference,
  reportIdOfMarkerName,
  reportMarkerName,
  reportMarkerNames,
  reportSheetName,
  safeSheetName,
  sheetOfMarkerReference,
} from "../../src/reports/sheetNames";

describe("report marker names", () => {
  it("names each report and reads the report back, case-insensitively as Excel compares names", () => {
    expect(reportMarkerName("riskSummary")).toBe("SHNOR_REPORT_riskSummary");
    expect(reportIdOfMarkerName("SHNOR_REPORT_riskSummary")).toBe("riskSummary");
    expect(reportIdOfMarkerName("shnor_report_RISKSUMMARY")).toBe("riskSummary");
    expect(reportIdOfMarkerName("SHNOR_REPORT_somethingElse")).toBeNull();
    expect(reportIdOfMarkerName("Итого_МО")).toBeNull();
    expect(reportIdOfMarkerName("_xlnm.Print_Titles")).toBeNull();
  });

  it("a report written once per plan marks its further sheets «_2», «_3», read back as the same report", () => {
    expect(reportMarkerNames(["planStatus", "quarterReport", "quarterReport", "quarterReport", "remarks"])).toEqual([
      "SHNOR_REPORT_planStatus",
      "SHNOR_REPORT_quarterReport",
      "SHNOR_REPORT_quarterReport_2",
      "SHNOR_REPORT_quarterReport_3",
      "SHNOR_REPORT_remarks",
    ]);
    expect(reportIdOfMarkerName("SHNOR_REPORT_quarterReport_2")).toBe("quarterReport");
    expect(reportIdOfMarkerName("SHNOR_REPORT_quarterReport_x")).toBeNull();
  });

  it("refers to A1 of the sheet and reads the sheet back from what Excel and ExcelJS return", () => {
    expect(markerReference("Сводка рисков")).toBe("'Сводка рисков'!$A$1");
    expect(markerReference("План д'Арк")).toBe("'План д''Арк'!$A$1");
    expect(sheetOfMarkerReference("='Сводка рисков (2)'!$A$1")).toBe("Сводка рисков (2)");
    expect(sheetOfMarkerReference("'План д''Арк'!$A$1")).toBe("План д'Арк");
    expect(sheetOfMarkerReference("Кураторы!$A$1")).toBe("Кураторы");
    expect(sheetOfMarkerReference("=#REF!$A$1")).toBeNull();
    expect(sheetOfMarkerReference("=#REF!")).toBeNull();
    // A Russian desktop Excel gives a name's formula localized (office-js #2834).
    expect(sheetOfMarkerReference("=#ССЫЛКА!$A$1")).toBeNull();
    expect(sheetOfMarkerReference("='#Итоги'!$A$1")).toBe("#Итоги");
    expect(sheetOfMarkerReference("42")).toBeNull();
  });

  it("round-trips any sheet name through the reference", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (raw) => {
        const name = safeSheetName(raw);
        expect(sheetOfMarkerReference("=" + markerReference(name))).toBe(name);
      }),
    );
  });
});

describe("reportSheetName", () => {
  it("keeps the SPEC name when the workbook has no sheet of that name", () => {
    expect(reportSheetName("Сводка рисков", ["ООНОР 2021", "План-график"])).toBe("Сводка рисков");
  });

  it("never takes a user's sheet: «Имя (2)», then «Имя (3)», compared without case", () => {
    expect(reportSheetName("Сводка рисков", ["Сводка рисков"])).toBe("Сводка рисков (2)");
    expect(reportSheetName("Сводка рисков", ["сводка РИСКОВ", "Сводка рисков (2)"])).toBe("Сводка рисков (3)");
  });

  it("shortens the name before the suffix so the whole stays within 31 characters", () => {
    const wanted = "Исполнение плана мероприятий по ШНОР";
    const first = reportSheetName(wanted, []);
    expect(first).toBe("Исполнение плана мероприятий по");
    const second = reportSheetName(wanted, [first]);
    expect(second).toBe("Исполнение плана мероприяти (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });

  it("removes characters Excel forbids and quotes at the ends", () => {
    expect(safeSheetName("Итоги [2021]: 1/2 * ?")).toBe("Итоги 2021 1 2");
    expect(safeSheetName("'Кураторы'")).toBe("Кураторы");
    expect(safeSheetName("  ")).toBe("Отчёт");
    expect(safeSheetName(" 'План' ")).toBe("План");
    expect(safeSheetName("' 'x")).toBe("x");
  });

  it("always gives a legal name not yet taken (any wanted name, any workbook)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 45 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 12 }),
        (wanted, taken) => {
          const all = [...taken, safeSheetName(wanted), `${safeSheetName(wanted).slice(0, 27)} (2)`];
          const name = reportSheetName(wanted, all);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[[\]:*?/\\]/);
          expect(name.startsWith("'") || name.endsWith("'")).toBe(false);
          expect(all.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
        },
      ),
    );
  });
});
