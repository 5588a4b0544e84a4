/**
 * Requirement-set checks against office-addin-mock's Office object: the add-in asks Office which ExcelApi sets
 * exist and turns the answer into what it uses and what it tells the user it skipped.
 */
import { OfficeMockObject } from "office-addin-mock";

// The shared jest stub of office-addin-manifest is empty; office-addin-mock reads the OfficeApp enum from it.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook", Word: "word", PowerPoint: "powerpoint" } }));
import { detectCapabilities, ExcelTooOldError, skippedFeatures } from "../../src/excel/capabilities";

function officeWith(highest: number): void {
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= highest,
      },
    },
  });
  Object.assign(globalThis, { Office: office });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("detectCapabilities", () => {
  it("uses everything on a current Excel and skips nothing", () => {
    officeWith(17);
    const caps = detectCapabilities();
    expect(caps).toEqual({ screenUpdating: true, pageLayout: true, rangeAreas: true, mergedAreas: true });
    expect(skippedFeatures(caps)).toEqual([]);
  });

  it("on ExcelApi 1.8 drops print setup, screen-updating suspension and merged areas, and says so", () => {
    officeWith(8);
    const caps = detectCapabilities();
    expect(caps).toEqual({ screenUpdating: false, pageLayout: false, rangeAreas: false, mergedAreas: false });
    expect(skippedFeatures(caps)).toEqual([
      expect.stringMatching(/^Параметры печати .* ExcelApi 1\.9/),
      expect.stringMatching(/^Объединённые ячейки .* ExcelApi 1\.13/),
    ]);
  });

  it("on ExcelApi 1.12 only merged areas are missing", () => {
    officeWith(12);
    expect(detectCapabilities()).toEqual({ screenUpdating: true, pageLayout: true, rangeAreas: true, mergedAreas: false });
  });

  it("refuses an Excel below ExcelApi 1.7 with a Russian message", () => {
    officeWith(6);
    expect(() => detectCapabilities()).toThrow(ExcelTooOldError);
    expect(() => detectCapabilities()).toThrow(/требуется ExcelApi 1\.7/);
  });
});
