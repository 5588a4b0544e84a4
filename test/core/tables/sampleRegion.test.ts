/** The sample region workbook (test/fixtures/sample-region, cells copied into fixtures/layouts): «РФ1…РФ10» headers, a «Всего» row, an Omsk-style plan. */
import type { SheetGrid } from "../../../src/core/cell";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import sample from "../../fixtures/layouts/sample-region.json";
import expected from "../../fixtures/sample-region/sample-region.expected.json";

const grids = sample as unknown as SheetGrid[];

describe("sample-region.xlsx", () => {
  const data = readWorkbook(grids, DEFAULT_SETTINGS, new Set());

  test("finds the schools table and the plan", () => {
    expect(data.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ["ООНОР 2021", "schools"],
      ["План-график", "plan"],
    ]);
    expect(data.problems).toEqual([]);
  });

  test("reads every school once, without the «Всего» row", () => {
    expect(data.schools).toHaveLength(expected.schools);
    const byMuni = new Map<string, number>();
    for (const s of data.schools) byMuni.set(s.municipality, (byMuni.get(s.municipality) ?? 0) + 1);
    for (const [muni, facts] of Object.entries(expected.byMuni)) expect(byMuni.get(muni)).toBe(facts.schools);
  });

  test("maps РФ1…РФ10 to factors 1…10 and keeps the other columns as extras", () => {
    const first = data.schools[0];
    expect(first.id).toBe("551001");
    expect(first.curator).toBe("Куратор 1");
    expect([...first.factors.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.factors.get(3)).toEqual({ value: "высокий", ref: { sheet: "ООНОР 2021", row: 2, col: 7 } });
    expect(data.extraHeaders).toEqual([
      "Разместили материалы в ИС МЭДК",
      "Неуспевающих, % (вход)",
      "Неуспевающих, % (итог)",
    ]);
    expect(first.extra.get("Разместили материалы в ИС МЭДК")?.value).toBe("да");
  });

  test("high-factor counts per municipality agree with the expected reports", () => {
    for (const [muni, facts] of Object.entries(expected.byMuni)) {
      const schools = data.schools.filter((s) => s.municipality === muni);
      const perFactor = Array.from(
        { length: 10 },
        (_, i) => schools.filter((s) => s.factors.get(i + 1)?.value === "высокий").length,
      );
      expect(perFactor).toEqual(facts.factor);
    }
  });

  test("reads the plan: sections, numbers as written, groups, done marks and the period from the title", () => {
    expect(data.planHasGroups).toBe(true);
    expect(data.plan[0]).toMatchObject({
      number: "1",
      measure: "Корректировка программ ООНОР на основе рискового профиля",
      executor: "МОУО",
      section: "1. Действия, направляемые на координацию и поддержку участников проекта",
    });
    expect(data.plan[0].deadline.value).toBe("До 15 марта 2021 года");
    expect(data.plan[0].groups?.value).toBe("все");
    expect(data.plan[0].doneMark?.value).toBe("выполнено");
    expect(data.plans[0].period).toMatchObject({ source: "title", start: 44197, end: 44561 });
  });
});
