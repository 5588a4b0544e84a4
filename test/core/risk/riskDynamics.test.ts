/** The joins «Динамика рисков» rests on: factors of two catalogues and schools of two years, never by a guess. */
import type { SchoolRecord } from "../../../src/core/tables/records";
import { joinYears, matchFactors, type YearProfiles } from "../../../src/core/risk/riskDynamics";

const ref = { sheet: "Профили", row: 1, col: 3 };

function school(name: string, municipality: string, id?: string): SchoolRecord {
  return {
    key: id ? `id:${id}` : `name:${name}|${municipality}`,
    ...(id ? { id } : {}),
    name,
    municipality,
    curator: "",
    ref,
    factors: new Map(),
    extra: new Map(),
  };
}

function year(label: string, names: string[]): YearProfiles {
  return {
    label,
    schools: [],
    factors: names.map((name, i) => ({ number: i + 1, name })),
    columns: names.map((name, i) => ({ number: i + 1, header: name, ref: { ...ref, col: 3 + i } })),
  };
}

describe("matchFactors", () => {
  it("pairs renumbered factors by name, endings aside, and leaves a name that fits two factors unpaired", () => {
    const before = year("2020", [
      "Низкий уровень оснащения школы",
      "Дефицит педагогических кадров",
      "Низкий уровень дисциплины в классе",
    ]);
    const after = year("2021", ["Дефицита педагогических кадров", "Низкий уровень", "Низкий уровень оснащения школы"]);
    const match = matchFactors(before, after);
    expect(match.byName).toBe(true);
    expect(match.pairs.map((p) => [p.before, p.after])).toEqual([
      [2, 1],
      [1, 3],
    ]);
    expect(match.onlyAfter.map((c) => c.header)).toEqual(["Низкий уровень"]);
    expect(match.onlyBefore.map((c) => c.header)).toEqual(["Низкий уровень дисциплины в классе"]);
  });

  it("pairs by number within one catalogue, only the columns both tables have", () => {
    const names = [
      "Низкий уровень оснащения школы",
      "Дефицит педагогических кадров",
      "Низкий уровень дисциплины в классе",
    ];
    const before = year("2020", names);
    const after = { ...year("2021", names), columns: year("2021", names).columns.slice(0, 2) };
    const match = matchFactors(before, after);
    expect(match.byName).toBe(false);
    expect(match.pairs.map((p) => p.after)).toEqual([1, 2]);
    expect(match.onlyBefore.map((c) => c.number)).toEqual([3]);
  });
});

describe("joinYears", () => {
  it("joins by id when both years have ids, whatever the names say", () => {
    const join = joinYears(
      [school("СОШ № 1", "Тарский МР", "sch1")],
      [school("МБОУ «Средняя школа № 1»", "Тарский МР", "sch1"), school("СОШ № 1", "Тарский МР", "sch9")],
    );
    expect(join.by).toBe("id");
    expect(join.pairs.map((p) => p.after.id)).toEqual(["sch1"]);
    expect(join.onlyAfter.map((s) => s.id)).toEqual(["sch9"]);
  });

  it("joins by normalised name and municipality; a name written twice in either year is not guessed", () => {
    const before = [
      school("МБОУ «СОШ №14»", "Тарский МР"),
      school("ООШ № 2", "Тарский МР"),
      school("ООШ № 2", "Тарский МР"),
      school("СОШ № 3", "Тарский МР"),
      school("СОШ № 5", "Тарский МР"),
    ];
    const after = [
      school('МБОУ "СОШ № 14"', "Тарский  МР"),
      school("ООШ № 2", "Тарский МР"),
      school("СОШ № 3", "Калачинский МР"),
      school("СОШ № 5", "Тарский МР"),
      school("СОШ № 5", "Тарский МР"),
    ];
    const join = joinYears(before, after);
    expect(join.by).toBe("name");
    expect(join.pairs.map((p) => [p.before.name, p.after.name])).toEqual([["МБОУ «СОШ №14»", 'МБОУ "СОШ № 14"']]);
    expect(join.onlyAfter.map((s) => `${s.name} ${s.municipality}`)).toEqual([
      "ООШ № 2 Тарский МР",
      "СОШ № 3 Калачинский МР",
      "СОШ № 5 Тарский МР",
      "СОШ № 5 Тарский МР",
    ]);
    expect(join.onlyBefore.map((s) => s.name)).toEqual(["ООШ № 2", "ООШ № 2", "СОШ № 3", "СОШ № 5"]);
  });
});
