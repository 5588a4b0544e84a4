/** The shared-answer form used by «Группы риска» on national workbooks gives exactly mandatoryMeasures' answers. */
import fc from "fast-check";
import {
  mandatoryMeasures,
  mandatoryMeasuresBySchool,
  parseMeasureGroups,
  type PlanMeasureGroups,
} from "../../../src/core/risk/mandatory";

const TEN = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const GROUP_CELLS = ["все", "1, 3", "2-4, 9", "6", "", "7 и 8", "5"];

function measure(number: string, cell: string): PlanMeasureGroups {
  const groups = parseMeasureGroups(cell, TEN);
  if ("error" in groups) throw new Error(groups.error);
  return { number, groups };
}

test("schools of the same groups get the same answer; different groups are never mixed up", () => {
  const plan = [measure("1", "все"), measure("2", "1, 3"), measure("3", "2-4, 9"), measure("4", "6"), measure("5", "")];
  const of = mandatoryMeasuresBySchool(plan);
  expect(of([1, 6])).toBe("1, 2, 4");
  expect(of([9])).toBe("1, 3");
  expect(of([1, 6])).toBe("1, 2, 4");
  expect(of([])).toBe("1");
  // «1,2» and «12» must not share a key
  expect(mandatoryMeasuresBySchool([measure("1", "1, 3")])([1, 2])).toBe("1");
});

test("equals mandatoryMeasures for any plan and any sequence of schools", () => {
  const plan = fc
    .array(fc.constantFrom(...GROUP_CELLS), { maxLength: 40 })
    .map((cells) => cells.map((c, i) => measure(String(i + 1), c)));
  const schoolGroups = fc
    .uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 10 })
    .map((g) => g.sort((a, b) => a - b));
  fc.assert(
    fc.property(plan, fc.array(schoolGroups, { maxLength: 30 }), (measures, schools) => {
      const of = mandatoryMeasuresBySchool(measures);
      for (const groups of schools) expect(of(groups)).toBe(mandatoryMeasures(measures, groups));
    }),
  );
});
