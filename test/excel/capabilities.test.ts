/**
 * Requirement-set checks against office-addin-mock's Office object: the add-in asks Office which ExcelApi sets
 * exist and turns the answer into what it uses and what it tells the user it skipped.
 */
import { OfficeMockObject } from "office-addin-mock";

// The shared jest stub of office-addin-manifest is empty; office-addin-mock reads the OfficeApp enum from it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", Outlook: "outlook", Word: "word", PowerPoint: "powerpoint" },
}));
import { detectCapabilities, ExcelTooOldError, requireExcelApi, skippedReading } from "../../src/excel/capabilities";

function officeWith(highest: number): void {
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= highest,
      },
    },
  });
  Object.assign(globalThis, { Office: office });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("the floor: ExcelApi 1.9", () => {
  it("passes on the oldest Excel with a shared runtime (ExcelApi 1.10 or later) and on 1.9", () => {
    for (const highest of [9, 10, 11, 17]) {
      officeWith(highest);
      expect(() => requireExcelApi()).not.toThrow();
    }
  });

  it("refuses ExcelApi 1.8 in Russian, naming the missing set and what to do instead", () => {
    officeWith(8);
    expect(() => requireExcelApi()).toThrow(ExcelTooOldError);
    expect(() => requireExcelApi()).toThrow(/не поддерживает набор API ExcelApi 1\.9.*Excel в Интернете.*shnor report/);
  });
});

describe("detectCapabilities: what is used above the floor", () => {
  it("reads merged areas on ExcelApi 1.13 and skips nothing", () => {
    officeWith(17);
    const caps = detectCapabilities();
    expect(caps).toEqual({ mergedAreas: true });
    expect(skippedReading(caps)).toEqual([]);
  });

  it("below ExcelApi 1.13 skips merged areas and says so", () => {
    officeWith(12);
    const caps = detectCapabilities();
    expect(caps).toEqual({ mergedAreas: false });
    expect(skippedReading(caps)).toEqual([expect.stringMatching(/^Объединённые ячейки .* ExcelApi 1\.13/)]);
  });
});
